import Foundation
import TestSupport
import Testing

@testable import NoteBook

#if canImport(Glibc)
    import Glibc
#endif

/// The real `mmbook` binary, run in a sandboxed project folder: the command line refuses
/// dangerous `--out` values (issue 8, item 1), and `build` and `bless` killed with SIGKILL at
/// many points leave every note old or new and the site complete, old or new; the next run
/// removes what killed runs left (item 5). A handful of kill points by default, many under
/// `MMBOOK_LONG_TESTS=1`.
@Suite(.serialized) struct KillTests {
    static let long = ProcessInfo.processInfo.environment["MMBOOK_LONG_TESTS"] == "1"
    static let chapters = long ? 300 : 30
    static let killPoints = long ? 40 : 3

    /// A note whose text says `version` and whose recorded output is `output`. Each allocates
    /// a different order from a fresh 16 MiB zone (mm/page_alloc.c: __rmqueue_smallest()).
    static func note(_ index: Int, version: String, output: String) -> String {
        "# Note \(index)\n\nText \(version).\n\n```scenario\nboot zones=\"Normal:16M\"\n"
            + "p = alloc_pages(GFP_KERNEL, \(index % 10))\nshow buddyinfo\n```\n\n```output\n\(output)```\n"
    }

    static func project(version: String, output: String = "stale\n") throws -> Sandbox {
        let sandbox = try Sandbox()
        var summary = "# Big book\n\n"
        for index in 0..<chapters { summary += "- [Note \(index)](n\(index).md)\n" }
        try sandbox.write("project/notes/SUMMARY.md", summary)
        try writeNotes(sandbox, version: version, output: output)
        return sandbox
    }

    static func writeNotes(_ sandbox: Sandbox, version: String, output: String) throws {
        for index in 0..<chapters {
            try sandbox.write("project/notes/n\(index).md", note(index, version: version, output: output))
        }
    }

    /// Every file of a folder, relative path → contents.
    static func manifest(_ sandbox: Sandbox, _ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in sandbox.listing(folder) {
            let full = sandbox.path(folder + "/" + path)
            if !FileSystem.isDirectory(full) { files[path] = FileManager.default.contents(atPath: full) }
        }
        return files
    }

    /// The temporaries of killed runs in a folder.
    static func leftovers(_ sandbox: Sandbox, _ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: sandbox.path(folder))) ?? []).filter {
            $0.contains(".mmbook-tmp-") || $0.contains(".mmbook-old-") || $0.contains(".mmbook-bless-")
        }
    }

    /// Delays spread over a run that takes `duration`, denser towards its end, where the
    /// files are written.
    static func delays(_ duration: TimeInterval) -> [TimeInterval] {
        (1...killPoints).map { point in
            let fraction = Double(point) / Double(killPoints + 1)
            return duration * (0.3 + 0.8 * fraction) + Double.random(in: 0...0.01)
        }
    }

    /// Starts `arguments`, kills it with SIGKILL after `delay` seconds, and waits for it.
    static func kill(_ binary: MMBookBinary, _ arguments: [String], in directory: String, after delay: TimeInterval)
        throws
    {
        let process = try binary.start(arguments, in: directory)
        Thread.sleep(forTimeInterval: delay)
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test(arguments: [".", "", "./", "..", "../..", "notes", "site/..", "README.md", "work"])
    func commandLineRefusesDangerousOutputFolders(out: String) throws {
        let binary = try #require(MMBookBinary.find(), "build mmbook first (swift build)")
        let sandbox = try Sandbox()
        try sandbox.write("project/notes/SUMMARY.md", "# B\n\n- [A](a.md)\n")
        try sandbox.write("project/notes/a.md", "# A\n")
        try sandbox.write("project/README.md", "mine\n")
        try sandbox.write("project/work/draft.txt", "draft\n")
        try sandbox.write("project/site/" + OutputFolder.marker, "")
        let before = sandbox.listing()
        let result = try binary.run(["build", "--notes", "notes", "--out", out], in: sandbox.path("project"))
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("error: refusing to write the site to '\(out)'"))
        #expect(sandbox.listing() == before)
    }

    @Test func killedBuildsLeaveAWholeSiteAndTheNextRunCleansUp() throws {
        let binary = try #require(MMBookBinary.find(), "build mmbook first (swift build)")
        let sandbox = try Self.project(version: "A")
        let project = sandbox.path("project")
        let build = ["build", "--notes", "notes", "--out", "site"]
        // Blessing first makes every note check, so that build writes a site.
        #expect(try binary.run(["bless", "--notes", "notes"], in: project).status == 0)
        #expect(try binary.run(build, in: project).status == 0)
        let siteA = Self.manifest(sandbox, "project/site")
        let notesA = Self.manifest(sandbox, "project/notes")
        // A page per note; index, contents, print and 404 pages; symbols; css, script, sidebar, icon, marker; search.
        #expect(siteA.keys.filter { $0.hasPrefix("n") && $0.hasSuffix(".html") }.count == Self.chapters)
        #expect(siteA.keys.filter { !$0.hasPrefix("search/") }.count == Self.chapters + 10)
        for (path, data) in notesA where path != "SUMMARY.md" {
            try sandbox.write(
                "project/notes/" + path,
                String(decoding: data, as: UTF8.self).replacingOccurrences(of: "Text A.", with: "Text B."))
        }
        let notesB = Self.manifest(sandbox, "project/notes")
        let started = Date()
        #expect(try binary.run(["build", "--notes", "notes", "--out", "site-b"], in: project).status == 0)
        let duration = Date().timeIntervalSince(started)
        let siteB = Self.manifest(sandbox, "project/site-b")
        #expect(siteA != siteB)
        for delay in Self.delays(duration) {
            // Aim each killed build at the version the site does not hold yet.
            let wantB = Self.manifest(sandbox, "project/site") == siteA
            for (path, data) in (wantB ? notesB : notesA) {
                try data.write(to: URL(fileURLWithPath: project + "/notes/" + path))
            }
            try Self.kill(binary, build, in: project, after: delay)
            let site = Self.manifest(sandbox, "project/site")
            #expect(site == siteA || site == siteB, "after \(delay) s the site is neither old nor new")
        }
        #expect(try binary.run(build, in: project).status == 0)
        #expect(Self.leftovers(sandbox, "project").isEmpty)
        let site = Self.manifest(sandbox, "project/site")
        #expect(site == siteA || site == siteB)
    }

    @Test func killedBlessesLeaveEveryNoteOldOrNewAndTheNextRunCleansUp() throws {
        let binary = try #require(MMBookBinary.find(), "build mmbook first (swift build)")
        let sandbox = try Self.project(version: "A")
        let project = sandbox.path("project")
        let old = Self.manifest(sandbox, "project/notes")
        let started = Date()
        #expect(try binary.run(["bless", "--notes", "notes"], in: project).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = Self.manifest(sandbox, "project/notes")
        for (path, data) in old where path != "SUMMARY.md" { #expect(new[path] != data) }
        for delay in Self.delays(duration) {
            try Self.writeNotes(sandbox, version: "A", output: "stale\n")
            try Self.kill(binary, ["bless", "--notes", "notes"], in: project, after: delay)
            let notes = Self.manifest(sandbox, "project/notes").filter { !$0.key.contains(".mmbook-bless-") }
            #expect(notes.keys.sorted() == old.keys.sorted())
            for (path, data) in notes {
                #expect(data == old[path] || data == new[path], "\(path) after \(delay) s is neither old nor new")
            }
        }
        #expect(try binary.run(["bless", "--notes", "notes"], in: project).status == 0)
        #expect(Self.leftovers(sandbox, "project/notes").isEmpty)
        #expect(Self.manifest(sandbox, "project/notes") == new)
    }
}
