import Testing

@testable import NoteBook

/// `bless` rewrites only the inside of output blocks and keeps every other byte.
@Suite struct NoteRewriterTests {
    static let note = "# T\n\n```scenario\nboot mem=64M\n```\n\n```output\nold\n```\nafter\n"

    @Test func replacesOnlyTheContentLF() {
        let out = NoteRewriter.apply(
            [.replaceContent(openLine: 7, closeLine: 9, content: "new 1\nnew 2\n")], to: Self.note)
        #expect(out == "# T\n\n```scenario\nboot mem=64M\n```\n\n```output\nnew 1\nnew 2\n```\nafter\n")
    }

    @Test func keepsCRLF() {
        let crlf = Self.note.replacingOccurrences(of: "\n", with: "\r\n")
        let out = NoteRewriter.apply([.replaceContent(openLine: 7, closeLine: 9, content: "new\n")], to: crlf)
        #expect(out == "# T\r\n\r\n```scenario\r\nboot mem=64M\r\n```\r\n\r\n```output\r\nnew\r\n```\r\nafter\r\n")
    }

    @Test func keepsAMissingFinalNewline() {
        let text = "```scenario\nx\n```\n```output\nold\n```"
        let out = NoteRewriter.apply([.replaceContent(openLine: 4, closeLine: 6, content: "new\n")], to: text)
        #expect(out == "```scenario\nx\n```\n```output\nnew\n```")
    }

    @Test func insertsAMissingBlockIndentedLikeTheScenario() {
        let text = "- item\n\n  ```scenario\n  boot mem=64M\n  ```\nend"
        let out = NoteRewriter.apply([.insertBlock(afterLine: 5, content: "a\n\nb\n")], to: text)
        #expect(out == "- item\n\n  ```scenario\n  boot mem=64M\n  ```\n\n  ```output\n  a\n\n  b\n  ```\nend")
    }

    @Test func insertsAtAnUnterminatedEnd() {
        let out = NoteRewriter.apply(
            [.insertBlock(afterLine: 3, content: "a\n")], to: "```scenario\nx\n```")
        #expect(out == "```scenario\nx\n```\n\n```output\na\n```\n")
    }

    @Test func lengthensFencesWhenTheOutputHoldsOne() {
        let out = NoteRewriter.apply(
            [.replaceContent(openLine: 1, closeLine: 3, content: "```\n")], to: "```output\nold\n```\n")
        #expect(out == "````output\n```\n````\n")
    }

    @Test func emptiesABlock() {
        let out = NoteRewriter.apply(
            [.replaceContent(openLine: 1, closeLine: 3, content: "")], to: "```output\nold\n```\n")
        #expect(out == "```output\n```\n")
    }

    @Test func insertsInsideABlockquoteWithItsMarkers() {
        let text = "> ```scenario\n> x\n> ```\nafter\n"
        let out = NoteRewriter.apply([.insertBlock(afterLine: 3, content: "a\n\nb\n")], to: text)
        #expect(out == "> ```scenario\n> x\n> ```\n>\n> ```output\n> a\n>\n> b\n> ```\nafter\n")
    }

    @Test func replacesInsideABlockquoteWithItsMarkers() {
        let text = "> ```output\n> old\n> ```\n"
        let out = NoteRewriter.apply([.replaceContent(openLine: 1, closeLine: 3, content: "new\n")], to: text)
        #expect(out == "> ```output\n> new\n> ```\n")
    }

    @Test func keepsLoneCarriageReturns() {
        let text = "```scenario\rx\r```\r\r```output\rold\r```\rafter\r"
        #expect(NoteRewriter.splitKeepingTerminators(text).count == 8)
        let out = NoteRewriter.apply([.replaceContent(openLine: 5, closeLine: 7, content: "new\n")], to: text)
        #expect(out == "```scenario\rx\r```\r\r```output\rnew\r```\rafter\r")
    }
}
