import Foundation
import Scenario
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
}
