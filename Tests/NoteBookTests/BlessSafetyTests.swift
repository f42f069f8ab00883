import Foundation
import Testing

@testable import NoteBook

/// `bless` writes a note as the same file the user made, keeps its containers and line
/// endings, and refuses what it cannot do safely with a located error (issue 8, items 3-4);
/// SUMMARY.md cannot reach outside the notes folder (item 2). Expected outputs follow the
/// buddy rules of mm/page_alloc.c by hand: a 16 MiB Normal zone is four order-10 blocks.
@Suite struct BlessSafetyTests {
    static let summary = "# Test book\n\n- [Buddy](buddy.md)\n"
    static let scenario = "boot zones=\"Normal:16M\"\nshow buddyinfo\n"
    static let output =
        "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0      4 \n"
    static let stale = "# Buddy\n\n```scenario\n" + scenario + "```\n\n```output\nstale\n```\n"
    static let fresh = "# Buddy\n\n```scenario\n" + scenario + "```\n\n```output\n" + output + "```\n"

    static func bless(_ book: TemporaryBook) -> ActionReport {
        Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false)
    }

    @Test func writesThroughASymlinkAndKeepsIt() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary])
        try book.sandbox.write("notes/real/buddy.md", Self.stale)
        try FileManager.default.createSymbolicLink(
            atPath: book.notes + "/buddy.md", withDestinationPath: "real/buddy.md")
        #expect(Self.bless(book).exitCode == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: book.notes + "/buddy.md") == "real/buddy.md")
        #expect(book.read("real/buddy.md") == Self.fresh)
    }

    @Test(arguments: [0o600, 0o640, 0o755])
    func keepsTheMode(mode: Int) throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": Self.stale])
        chmod(book.notes + "/buddy.md", mode_t(mode))
        #expect(Self.bless(book).exitCode == 0)
        let info = FileSystem.linkStatus(book.notes + "/buddy.md")
        #expect(info.map { Int($0.st_mode & 0o7777) } == mode)
        #expect(info?.st_uid == geteuid())
        #expect(book.read("buddy.md") == Self.fresh)
    }

    @Test func refusesAReadOnlyNote() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": Self.stale])
        chmod(book.notes + "/buddy.md", 0o444)
        let report = Self.bless(book)
        #expect(report.exitCode == 1)
        #expect(
            report.errors.hasPrefix(
                "\(book.notes)/buddy.md:1:1: error: cannot write the blessed note: the note is read-only"))
        #expect(book.read("buddy.md") == Self.stale)
    }

    @Test func refusesAHardLinkedNoteRatherThanSplitIt() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": Self.stale])
        #expect(link(book.notes + "/buddy.md", book.sandbox.path("other-name.md")) == 0)
        let report = Self.bless(book)
        #expect(report.exitCode == 1)
        #expect(report.errors.contains("buddy.md:1:1: error: cannot write the blessed note: the note has 2 hard links"))
        #expect(book.read("buddy.md") == Self.stale)
        #expect(FileSystem.linkStatus(book.notes + "/buddy.md")?.st_nlink == 2)
    }

    @Test func removesTemporariesOfKilledRuns() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": Self.stale])
        let dead = OutputGuardTests.deadProcessID()
        try book.write(".buddy.md.mmbook-bless-\(dead)", "half")
        try book.write(".buddy.md.mmbook-bless-1", "a live process's")
        #expect(Self.bless(book).exitCode == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: book.notes).sorted() == [
                ".buddy.md.mmbook-bless-1", "SUMMARY.md", "buddy.md",
            ])
    }

    /// Notes with a scenario in a container, before and after bless; bless must give exactly
    /// the second text, which must then check.
    static let containerCases: [(String, String, String)] = [
        (
            "blockquote, missing output",
            "> ```scenario\n> " + scenario.replacingOccurrences(of: "\n", with: "\n> ") + "```\n\nAfter.\n",
            "> ```scenario\n> " + scenario.replacingOccurrences(of: "\n", with: "\n> ") + "```\n>\n> ```output\n> "
                + output + "> ```\n\nAfter.\n"
        ),
        (
            "blockquote, stale output",
            "> ```scenario\n> " + scenario.replacingOccurrences(of: "\n", with: "\n> ")
                + "```\n>\n> ```output\n> stale\n> ```\n",
            "> ```scenario\n> " + scenario.replacingOccurrences(of: "\n", with: "\n> ") + "```\n>\n> ```output\n> "
                + output + "> ```\n"
        ),
        (
            "list item, missing output",
            "- Item:\n\n  ```scenario\n  " + scenario.replacingOccurrences(of: "\n", with: "\n  ") + "```\n- Next.\n",
            "- Item:\n\n  ```scenario\n  " + scenario.replacingOccurrences(of: "\n", with: "\n  ")
                + "```\n\n  ```output\n  " + output + "  ```\n- Next.\n"
        ),
        (
            "list item opened by the fence",
            "1. ```scenario\n   " + scenario.replacingOccurrences(of: "\n", with: "\n   ") + "```\n",
            "1. ```scenario\n   " + scenario.replacingOccurrences(of: "\n", with: "\n   ") + "```\n\n   ```output\n   "
                + output + "   ```\n"
        ),
        (
            "list in a blockquote",
            "> - ```scenario\n>   " + scenario.replacingOccurrences(of: "\n", with: "\n>   ") + "```\n",
            "> - ```scenario\n>   " + scenario.replacingOccurrences(of: "\n", with: "\n>   ")
                + "```\n>\n>   ```output\n>   "
                + output + ">   ```\n"
        ),
        (
            "lone CR line endings",
            stale.replacingOccurrences(of: "\n", with: "\r"),
            fresh.replacingOccurrences(of: "\n", with: "\r")
        ),
        (
            "CRLF in a blockquote",
            ("> ```scenario\n> " + scenario.replacingOccurrences(of: "\n", with: "\n> ") + "```\n")
                .replacingOccurrences(of: "\n", with: "\r\n"),
            ("> ```scenario\n> " + scenario.replacingOccurrences(of: "\n", with: "\n> ") + "```\n>\n> ```output\n> "
                + output + "> ```\n").replacingOccurrences(of: "\n", with: "\r\n")
        ),
    ]

    @Test(arguments: containerCases)
    func blessKeepsContainersAndTheNoteChecks(name: String, before: String, after: String) throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": before])
        #expect(Actions.check(notes: book.notes).exitCode == 1, "\(name)")
        let report = Self.bless(book)
        #expect(report.exitCode == 0, "\(name): \(report.errors)")
        #expect(book.read("buddy.md") == after, "\(name)")
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 0, "\(name): \(check.errors)")
    }

    @Test func refusesAnUnterminatedScenarioFence() throws {
        let note = "# Buddy\n\n```scenario\n" + Self.scenario + "\nMore text.\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": note])
        let report = Self.bless(book)
        #expect(report.exitCode == 1)
        #expect(report.errors.hasPrefix("\(book.notes)/buddy.md:3:1: error: this fence is never closed"))
        #expect(book.read("buddy.md") == note)
    }

    @Test func refusesAnUnterminatedOutputFence() throws {
        let note =
            "> ```scenario\n> " + Self.scenario.replacingOccurrences(of: "\n", with: "\n> ")
            + "```\n>\n> ```output\n> stale\n\nOutside the quote.\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": note])
        let report = Self.bless(book)
        #expect(report.exitCode == 1)
        #expect(report.errors.hasPrefix("\(book.notes)/buddy.md:6:3: error: this fence is never closed"))
        #expect(book.read("buddy.md") == note)
    }

    @Test(arguments: [
        ("- [X](../elsewhere/index.md)", "chapter '../elsewhere/index.md' goes up with '..'"),
        ("- [X](sub/../../elsewhere/index.md)", "chapter 'sub/../../elsewhere/index.md' goes up with '..'"),
        ("- [X](/etc/x.md)", "chapter '/etc/x.md' is an absolute path"),
        ("- [X](outside.md)", "chapter 'outside.md' resolves outside the notes folder through a symlink"),
    ])
    func summaryChaptersStayInsideTheNotes(link: String, summary: String) throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": "# B\n\n" + link + "\n"])
        try book.sandbox.write("elsewhere/index.md", "# Elsewhere\n")
        try FileManager.default.createSymbolicLink(
            atPath: book.notes + "/outside.md", withDestinationPath: "../elsewhere/index.md")
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 1)
        #expect(check.errors.hasPrefix("\(book.notes)/SUMMARY.md:3:3: error: \(summary)"))
        let build = Actions.build(notes: book.notes, out: book.site)
        #expect(build.exitCode == 1)
        #expect(book.sandbox.listing().filter { $0.hasSuffix(".html") }.isEmpty)
    }
}
