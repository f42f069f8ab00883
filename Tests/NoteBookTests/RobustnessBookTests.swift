import Foundation
import Scenario
import TestSupport
import Testing

@testable import NoteBook

/// Issue 13 at the book level: deep Markdown nesting and huge notes are refused with a
/// located error before cmark sees them, and a page keeps a bounded number of machines.
@Suite struct RobustnessBookTests {
    /// Item 6 and 10: 10,000 nested block quotes overflowed the stack (2.7 GB first); 10,000
    /// nested list markers on one line took minutes; a 300-deep indented list as well.
    @Test(arguments: [
        ("quotes", String(repeating: "> ", count: 10_000) + "x\n", 3),
        ("markers", String(repeating: "- ", count: 10_000) + "x\n", 3),
        ("indented", (0..<300).map { String(repeating: "  ", count: $0) + "- x\n" }.joined(), 203),
    ])
    func deepNestingIsALocatedError(kind: String, body: String, line: Int) {
        let document = MarkdownDocument.parse("# A\n\n" + body)
        #expect(document.refusal?.line == line, "\(kind)")
        #expect(document.refusal?.message.hasPrefix("nesting too deep") == true)
        #expect(document.blocks.isEmpty)
    }

    /// Ordinary nesting is untouched: 30 levels of quotes, lists and indentation.
    @Test func ordinaryNestingParses() {
        let text =
            String(repeating: "> ", count: 30) + "- - - x\n"
            + (0..<30).map {
                String(repeating: "  ", count: $0) + "- y\n"
            }.joined()
        #expect(MarkdownDocument.parse(text).refusal == nil)
    }

    /// Item 12: a note over the size limit is refused at its first line.
    @Test func hugeNotesAreRefused() {
        let text = String(repeating: "words words words words words words words\n", count: 110_000)
        let document = MarkdownDocument.parse(text)
        #expect(document.refusal?.line == 1)
        #expect(document.refusal?.message.contains("at most 4194304 bytes") == true)
    }

    /// Item 10: the refusal reaches `check` as a located diagnostic.
    @Test func checkReportsTheRefusal() throws {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": "# B\n\n- [A](a.md)\n", "a.md": "# A\n\n" + String(repeating: "> ", count: 500) + "x\n",
        ])
        let report = Actions.check(notes: book.notes, format: .json)
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.map(\.id) == [.noteTooLarge])
        #expect(report.diagnostics.first?.line == 3)
    }

    /// Item 14: 300 named machines in one note needed more than 11 GB; a page keeps at most
    /// `Limits.machinesPerPage`.
    @Test func machinesPerPageAreBounded() throws {
        let blocks = (0...Limits.machinesPerPage).map {
            "```scenario machine=m\($0)\nboot mem=4M\n```\n\n```output\n```\n"
        }.joined(separator: "\n")
        let book = try TemporaryBook(files: ["SUMMARY.md": "# B\n\n- [A](a.md)\n", "a.md": "# A\n\n" + blocks])
        let report = Actions.check(notes: book.notes, format: .json)
        #expect(report.diagnostics.map(\.id) == [.tooManyMachines])
        #expect(report.diagnostics.first?.line == 3 + 7 * Limits.machinesPerPage)
    }

    /// Item 16: a chapter in a subfolder linked the stylesheet, the index and every chapter
    /// relative to the site root; every link from it was broken. Each link must resolve to a
    /// file of the site from the page's own folder.
    @Test func chaptersInSubfoldersLinkFromTheirOwnFolder() throws {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": "# B\n\n- [Sub](sub/a.md)\n- [Top](b.md)\n- [Deep](sub/deeper/c.md)\n",
            "sub/a.md": "# Sub\n\nText.\n", "b.md": "# Top\n\nText.\n", "sub/deeper/c.md": "# Deep\n\nText.\n",
        ])
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let files = book.siteFiles()
        for page in ["sub/a.html", "b.html", "sub/deeper/c.html", "index.html"] {
            let html = String(decoding: try #require(files[page], "\(page)"), as: UTF8.self)
            let folder = (page as NSString).deletingLastPathComponent
            var links = 0
            for part in html.components(separatedBy: "href=\"").dropFirst() {
                let target = String(part.prefix { $0 != "\"" })
                guard !target.hasPrefix("#") else { continue }
                let resolved = URL(fileURLWithPath: "/" + folder).appendingPathComponent(target).standardizedFileURL
                    .path
                #expect(files[String(resolved.dropFirst())] != nil, "\(page) links \(target)")
                links += 1
            }
            #expect(links >= 1, "\(page)")
        }
    }

    /// Item 15: the cache identity is the hash of the running executable's content
    /// (/proc/self/exe), whatever path or `$PATH` started it.
    @Test func cacheIdentityHashesTheRunningExecutable() throws {
        let binary = try #require(FileManager.default.contents(atPath: "/proc/self/exe"))
        #expect(ResultCache.runningBuildIdentity.hasSuffix(" binary " + SHA256.hex(binary)))
    }

    /// Item 19: `bless FILE:LINE` on a line with no block said "nothing to bless" and exited 0.
    @Test func blessOnALineWithoutABlockIsAnError() throws {
        let note = "# A\n\nText.\n\n```scenario\nboot mem=4M\n```\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": "# B\n\n- [A](a.md)\n", "a.md": note])
        let report = Actions.bless(
            notes: book.notes, targets: [book.notes + "/a.md:3"], dryRun: false, force: false, ci: false)
        #expect(report.exitCode == 1)
        #expect(report.errors.contains("a.md:3: no scenario block or output block is on this line"))
        #expect(book.read("a.md") == note)
        let onBlock = Actions.bless(
            notes: book.notes, targets: [book.notes + "/a.md:6"], dryRun: false, force: false, ci: false)
        #expect(onBlock.exitCode == 0)
    }

    /// Item 19: a full disk was "NSCocoaErrorDomain error 512"; it is the C library's words
    /// and the file.
    @Test func aFullDiskSaysSo() {
        do {
            try Data("x".utf8).write(to: URL(fileURLWithPath: "/dev/full"))
            Issue.record("writing /dev/full succeeded")
        } catch {
            #expect(FileSystemMessage.describe(error) == "No space left on device: '/dev/full'")
        }
    }

    /// Item 7: a failed write to stdout left the exit status 0; a failed write to stderr
    /// trapped (`try!`).
    @Test func failedWritesOfTheCommandLineAreReported() throws {
        let binary = try #require(MMBookBinary.find())
        let sandbox = try Sandbox()
        let script = sandbox.root.appendingPathComponent("s.txt")
        try Data("boot mem=4M\nshow buddyinfo\n".utf8).write(to: script)
        let bad = sandbox.root.appendingPathComponent("bad.txt")
        try Data("boot mem=4M\nexpect 1 == 2\n".utf8).write(to: bad)
        func run(_ file: URL, stdout: FileHandle, stderr: FileHandle) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary.path)
            process.arguments = ["run", file.path]
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        #expect(try run(script, stdout: full, stderr: FileHandle.nullDevice) == 1)
        #expect(try run(bad, stdout: FileHandle.nullDevice, stderr: full) == 1)
        #expect(try run(script, stdout: FileHandle.nullDevice, stderr: FileHandle.nullDevice) == 0)
    }

    /// Item 19: a CRLF script given to `mmbook run` was one line. (Found on the way: a script
    /// with a one-character name, `mmbook run t`, trapped in NSString's
    /// deletingLastPathComponent.)
    @Test func runTakesCRLFScripts() {
        let report = Actions.run(
            script: "boot mem=4M\r\nexpect 1 == 2\r\n", name: "t", trace: false)
        #expect(report.diagnostics.first?.line == 2)
    }
}
