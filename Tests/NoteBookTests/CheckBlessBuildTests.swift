import Foundation
import Testing

@testable import NoteBook

/// The walking skeleton's contract: check reports drift with file:line and a diff, bless
/// repairs exactly the recorded outputs, build is atomic and reproducible. Expected outputs
/// follow the buddy rules of mm/page_alloc.c by hand (an order-4 allocation from a zone of
/// four order-10 blocks leaves one block at each order 4-9 and three order-10 blocks).
@Suite struct CheckBlessBuildTests {
    static let summary = "# Test book\n\n- [Buddy](buddy.md)\n"
    static let goodOutput = """
        p: pfn=0x100000 order=4 zone=Normal migratetype=Movable
        Node 0, zone   Normal      0      0      0      0      1      1      1      1      1      1      3 \n
        """
    static func note(output: String) -> String {
        "# Buddy\n\nText.\n\n```scenario\nboot zones=\"Normal:16M\"\np = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)\nshow buddyinfo\n```\n\n```output\n"
            + output + "```\n\nAfter.\n"
    }

    @Test func checkPassesOnAGoodNote() throws {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": Self.summary, "buddy.md": Self.note(output: Self.goodOutput),
        ])
        let report = Actions.check(notes: book.notes)
        #expect(report.exitCode == 0)
        #expect(report.output == "1 passed, 0 failed\n")
    }

    @Test(arguments: ["lf", "crlf", "no-final-newline"])
    func checkFailsOnDriftAndBlessRestoresOnlyTheOutput(style: String) throws {
        var good = Self.note(output: Self.goodOutput)
        if style == "crlf" { good = good.replacingOccurrences(of: "\n", with: "\r\n") }
        if style == "no-final-newline" { good = String(good.dropLast()) }
        let edited = good.replacingOccurrences(of: "order=4 zone", with: "order=5 zone")
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": edited])
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 1)
        #expect(check.output == "0 passed, 1 failed\n")
        // The output block opens on line 11 of the note.
        #expect(
            check.errors.hasPrefix("\(book.notes)/buddy.md:11: error: recorded output differs from the simulation\n"))
        #expect(
            check.errors.contains(
                "-p: pfn=0x100000 order=5 zone=Normal migratetype=Movable\n+p: pfn=0x100000 order=4 zone=Normal migratetype=Movable\n"
            ))
        let bless = Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: false)
        #expect(bless.exitCode == 0)
        #expect(Array(book.read("buddy.md").utf8) == Array(good.utf8))
        #expect(Actions.check(notes: book.notes).exitCode == 0)
    }

    @Test func blessAddsAMissingOutputBlock() throws {
        let note = "# Buddy\n\n```scenario\nboot zones=\"Normal:16M\"\nshow buddyinfo\n```\nEnd.\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": note])
        #expect(
            Actions.check(notes: book.notes).errors.contains("buddy.md:6: error: scenario has no recorded output block")
        )
        #expect(
            Actions.bless(
                notes: book.notes, targets: ["\(book.notes)/buddy.md:3"], dryRun: false, force: false, ci: false
            ).exitCode == 0)
        #expect(
            book.read("buddy.md")
                == "# Buddy\n\n```scenario\nboot zones=\"Normal:16M\"\nshow buddyinfo\n```\n\n```output\n"
                + "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0      4 \n```\nEnd.\n"
        )
    }

    @Test func blessRefusesUnderCI() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "buddy.md": Self.note(output: "stale\n")])
        let report = Actions.bless(notes: book.notes, targets: [], dryRun: false, force: false, ci: true)
        #expect(report.exitCode == 1)
        #expect(book.read("buddy.md") == Self.note(output: "stale\n"))
        #expect(Actions.bless(notes: book.notes, targets: [], dryRun: false, force: true, ci: true).exitCode == 0)
    }

    @Test func unknownStatementFailsCheckAndBuildAndLeavesTheSiteAlone() throws {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": Self.summary, "buddy.md": Self.note(output: Self.goodOutput),
        ])
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let before = book.siteFiles()
        #expect(!before.isEmpty)
        try book.write(
            "buddy.md",
            Self.note(output: Self.goodOutput).replacingOccurrences(of: "show buddyinfo", with: "  shwo buddyinfo"))
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 1)
        #expect(
            check.errors.hasPrefix(
                "\(book.notes)/buddy.md:8:3: error: unknown statement 'shwo' (did you mean 'show'?)\n"))
        let build = Actions.build(notes: book.notes, out: book.site)
        #expect(build.exitCode == 1)
        #expect(build.errors.contains("buddy.md:8:3: error: unknown statement 'shwo'"))
        #expect(book.siteFiles() == before)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let book = try TemporaryBook(files: [
            "SUMMARY.md": Self.summary, "buddy.md": Self.note(output: Self.goodOutput),
        ])
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        let first = book.siteFiles()
        #expect(Actions.build(notes: book.notes, out: book.site).exitCode == 0)
        #expect(book.siteFiles() == first)
        #expect(
            first.keys.filter { !$0.hasPrefix("search/") }.sorted() == [
                ".mmbook-site", "404.html", "buddy.html", "favicon.svg", "index.html", "mmbook.css", "mmbook.js",
                "print.html", "symbols.html", "toc.html", "toc.js",
            ])
        let page = String(decoding: first["buddy.html"]!, as: UTF8.self)
        #expect(page.contains("<figure class=\"scenario\" id=\"scenario-5\""))
        #expect(SymbolsPage.stripTags(page).contains("order=4 zone=Normal"))
        #expect(!page.contains("```output"))
    }

    @Test func missingChapterIsLocatedInSummary() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": "# B\n\n- [X](missing.md)\n"])
        let report = Actions.check(notes: book.notes)
        #expect(report.exitCode == 1)
        #expect(report.errors.hasPrefix("\(book.notes)/SUMMARY.md:3:3: error: chapter 'missing.md' does not exist"))
    }
}

/// `mmbook check --format json` prints every diagnostic of a book as values (issue 9, item 5).
@Suite struct CheckJSONTests {
    struct Output: Decodable {
        struct Entry: Decodable {
            var file: String
            var line: Int
            var column: Int
            var id: String
        }
        var passed: Int
        var failed: Int
        var diagnostics: [Entry]
    }

    @Test func threeDifferentErrorsGiveThreeJSONDiagnostics() throws {
        let note = """
            # Errors

            ```scenario
            boot mem=64M
            shwo buddyinfo
            n = 12Q
            ```

            ```scenario
            boot mem=64M
            p = alloc_pages(GFP_KERNEL, 11)
            ```

            """
        let book = try TemporaryBook(files: ["SUMMARY.md": "# B\n\n- [Errors](errors.md)\n", "errors.md": note])
        let report = Actions.check(notes: book.notes, format: .json)
        #expect(report.exitCode == 1)
        let output = try JSONDecoder().decode(Output.self, from: Data(report.output.utf8))
        #expect(output.failed == 2)
        let file = "\(book.notes)/errors.md"
        #expect(
            output.diagnostics.map { "\($0.file):\($0.line):\($0.column) \($0.id)" } == [
                "\(file):5:1 unknown-statement", "\(file):6:5 malformed-number", "\(file):11:29 bad-order",
            ])
    }
}
