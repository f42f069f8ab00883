import Foundation
import TestSupport
import Testing

@testable import NoteBook

/// `build --out` replaces only an absent or empty folder or a site mmbook wrote, and refuses
/// everything else before touching anything (issue 8, item 1). Every case runs in a sandbox:
/// `<tmp>/mmbook-tests-<uuid>/sandbox/project/{notes,site}`, so even a broken guard can only
/// reach the test's own folders.
@Suite struct OutputGuardTests {
    static let summary = "# Test book\n\n- [Buddy](buddy.md)\n"
    static let note = "# Buddy\n\nText.\n"

    /// A project folder with notes, a user file beside them, and an unrelated sibling folder.
    static func project() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.write("project/notes/SUMMARY.md", summary)
        try sandbox.write("project/notes/buddy.md", note)
        try sandbox.write("project/README.md", "mine\n")
        try sandbox.write("project/work/draft.txt", "draft\n")
        try sandbox.write("project/site/" + OutputFolder.marker, "")
        try sandbox.write("sibling/keep.txt", "keep\n")
        return sandbox
    }

    static func check(_ out: String, in sandbox: Sandbox) throws(OutputFolder.Refusal) -> OutputFolder {
        try OutputFolder.check(out, notes: "notes", currentDirectory: sandbox.path("project"))
    }

    @Test(arguments: [
        ("", "the output folder is empty"),
        ("   ", "the output folder is empty"),
        (".", "it is the current folder"),
        ("./", "it is the current folder"),
        ("..", "it contains the current folder"),
        ("../..", "it contains the current folder"),
        ("site/..", "it is the current folder"),
        ("notes", "it is the notes folder"),
        ("notes/.", "it is the notes folder"),
        ("/", "it is the root folder"),
        ("/etc", "it holds files that mmbook did not write"),
        ("README.md", "it is not a folder"),
        ("work", "it holds files that mmbook did not write"),
        ("../sibling", "it holds files that mmbook did not write"),
        ("missing/../..", "its path goes up"),
    ])
    func refuses(out: String, reason: String) throws {
        let sandbox = try Self.project()
        let before = sandbox.listing()
        #expect {
            try Self.check(out, in: sandbox)
        } throws: { error in
            (error as? OutputFolder.Refusal)?.reason.hasPrefix(reason) == true
        }
        #expect(sandbox.listing() == before)
    }

    @Test func refusesAFolderThatContainsTheNotesFromElsewhere() throws {
        let sandbox = try Self.project()
        #expect(throws: OutputFolder.Refusal.self) {
            try OutputFolder.check(
                sandbox.path("project"), notes: sandbox.path("project/notes"), currentDirectory: sandbox.path("sibling")
            )
        }
    }

    @Test func refusesASymlinkToTheProject() throws {
        let sandbox = try Self.project()
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("project/up"), withDestinationPath: "..")
        #expect(throws: OutputFolder.Refusal.self) { try Self.check("up", in: sandbox) }
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("project/here"), withDestinationPath: ".")
        #expect(throws: OutputFolder.Refusal.self) { try Self.check("here", in: sandbox) }
    }

    @Test func acceptsAnAbsentAnEmptyOrAMarkedFolder() throws {
        let sandbox = try Self.project()
        let project = sandbox.path("project")
        #expect(try Self.check("new-site", in: sandbox).path == project + "/new-site")
        #expect(try Self.check("site", in: sandbox).path == project + "/site")
        #expect(try Self.check("deep/er/site", in: sandbox).path == project + "/deep/er/site")
        try FileManager.default.createDirectory(atPath: project + "/empty", withIntermediateDirectories: false)
        #expect(try Self.check("empty", in: sandbox).path == project + "/empty")
        try sandbox.write("project/old-site/index.html", "old\n")
        try sandbox.write("project/old-site/" + OutputFolder.marker, "")
        #expect(try Self.check("./old-site/", in: sandbox).path == project + "/old-site")
    }

    /// In-process builds with absolute paths: what the old build deleted, the new one refuses.
    @Test func buildRefusesAndTouchesNothing() throws {
        let sandbox = try Self.project()
        let before = sandbox.listing()
        let notes = sandbox.path("project/notes")
        for out in [
            sandbox.path("project"), sandbox.path("project/site/.."), notes, sandbox.path("project/work"),
            sandbox.path("project/README.md"), sandbox.path("sibling"), sandbox.root.path,
        ] {
            let report = Actions.build(notes: notes, out: out)
            #expect(report.exitCode == 1, "\(out)")
            #expect(report.errors.hasPrefix("error: refusing to write the site to '\(out)'"), "\(out)")
            #expect(sandbox.listing() == before, "\(out)")
        }
        #expect(sandbox.read("project/README.md") == "mine\n")
    }

    @Test func buildWritesTheMarkerAndReplacesItsOwnSite() throws {
        let sandbox = try Self.project()
        let notes = sandbox.path("project/notes")
        let site = sandbox.path("project/site")
        #expect(Actions.build(notes: notes, out: site).exitCode == 0)
        #expect(sandbox.read("project/site/" + OutputFolder.marker) == OutputFolder.markerText)
        try sandbox.write("project/notes/buddy.md", "# Buddy\n\nNew text.\n")
        #expect(Actions.build(notes: notes, out: site).exitCode == 0)
        #expect(sandbox.read("project/site/buddy.html")?.contains("New text.") == true)
        let leftovers = sandbox.listing("project").filter { $0.contains(".mmbook-tmp-") || $0.contains(".mmbook-old-") }
        #expect(leftovers.isEmpty)
    }

    /// A symlinked site stays a symlink; its target folder gets the new site.
    @Test func buildUpdatesTheTargetOfASymlinkedSite() throws {
        let sandbox = try Self.project()
        let notes = sandbox.path("project/notes")
        #expect(Actions.build(notes: notes, out: sandbox.path("project/published")).exitCode == 0)
        try FileManager.default.removeItem(atPath: sandbox.path("project/site"))
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.path("project/site"), withDestinationPath: "published")
        try sandbox.write("project/notes/buddy.md", "# Buddy\n\nLinked.\n")
        #expect(Actions.build(notes: notes, out: sandbox.path("project/site")).exitCode == 0)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.path("project/site"))
        #expect(link == "published")
        #expect(sandbox.read("project/published/buddy.html")?.contains("Linked.") == true)
    }

    /// The swap is one `renameat2(RENAME_EXCHANGE)` on this machine's temporary file system,
    /// and the leftovers of killed runs (dead process ids) are removed, live ones kept.
    @Test func replacesInOneExchangeAndRemovesLeftoversOfDeadRuns() throws {
        let sandbox = try Self.project()
        let site = sandbox.path("project/site")
        try FileManager.default.removeItem(atPath: site)
        let folder = try Self.check("site", in: sandbox)
        #expect(try AtomicDirectoryWriter.write(["a.html": Array("a".utf8)], to: folder) == .created)
        let dead = Self.deadProcessID()
        try sandbox.write("project/.site.mmbook-tmp-\(dead)/half.html", "half")
        try sandbox.write("project/.site.mmbook-old-\(dead)/old.html", "old")
        try sandbox.write("project/.site.mmbook-tmp-\(getpid())x/other.html", "not ours")
        try sandbox.write("project/.site.mmbook-tmp-1/init.html", "pid 1 is alive")
        #expect(try AtomicDirectoryWriter.write(["b.html": Array("b".utf8)], to: folder) == .exchanged)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).sorted() == [".mmbook-site", "b.html"])
        let left = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("project")).filter {
            $0.hasPrefix(".site.")
        }
        #expect(left.sorted() == [".site.mmbook-tmp-1", ".site.mmbook-tmp-\(getpid())x"])
    }

    /// A two-rename swap killed between its renames left no site but a retired one: the next
    /// run puts it back before anything else.
    @Test func restoresASiteLeftRetiredByAKilledRun() throws {
        let sandbox = try Self.project()
        try FileManager.default.removeItem(atPath: sandbox.path("project/site"))
        let dead = Self.deadProcessID()
        try sandbox.write("project/.site.mmbook-old-\(dead)/index.html", "old")
        AtomicDirectoryWriter.recoverFromKilledRun(parent: sandbox.path("project"), name: "site")
        #expect(sandbox.read("project/site/index.html") == "old")
        #expect(sandbox.listing("project").filter { $0.contains("mmbook-old") }.isEmpty)
    }

    @Test func refusesPagePathsThatLeaveTheSite() throws {
        let sandbox = try Self.project()
        let folder = try Self.check("site", in: sandbox)
        for path in ["../escape.html", "/abs.html", "a/../../b.html", "", OutputFolder.marker] {
            #expect(throws: AtomicDirectoryWriter.UnsafePath.self) {
                try AtomicDirectoryWriter.write([path: [1]], to: folder)
            }
        }
        #expect(sandbox.read("project/escape.html") == nil)
        #expect(sandbox.read("project/site/index.html") == nil)
    }

    /// The id of a process that has exited.
    static func deadProcessID() -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try? process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
