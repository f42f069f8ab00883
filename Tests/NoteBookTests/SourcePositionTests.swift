import Testing

@testable import NoteBook

/// Source ranges of blocks, above all of fenced code blocks, whose lines `bless` rewrites.
@Suite struct SourcePositionTests {
    /// The code blocks of `text` as (first line, last line, info, literal).
    private func codeBlocks(_ text: String) -> [(SourceRange, String, String)] {
        MarkdownDocument.parse(text).codeBlocks.map { ($0.range, $0.info, $0.literal) }
    }

    private func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(startLine: startLine, startColumn: startColumn, endLine: endLine, endColumn: endColumn)
    }

    @Test func fencedBlockIncludesItsFences() {
        let blocks = codeBlocks("Intro\n\n```scenario\nboot mem=64M\n```\n\nafter\n")
        #expect(blocks.count == 1)
        #expect(blocks.first?.0 == range(3, 1, 5, 3))
        #expect(blocks.first?.1 == "scenario")
        #expect(blocks.first?.2 == "boot mem=64M\n")
    }

    @Test func crlfLineEndings() {
        let blocks = codeBlocks("a\r\n\r\n~~~~ scenario walkthrough\r\nx\r\ny\r\n~~~~\r\nb\r\n")
        #expect(blocks.first?.0 == range(3, 1, 6, 4))
        #expect(blocks.first?.2 == "x\ny\n")
    }

    @Test func oldMacLineEndings() {
        #expect(codeBlocks("a\rb\r\r```\rc\r```").first?.0 == range(4, 1, 6, 3))
    }

    @Test func noTrailingNewline() {
        #expect(codeBlocks("```c\nint x;\n```").first?.0 == range(1, 1, 3, 3))
    }

    @Test func tildeFenceWithIndentationAndTrailingSpaces() {
        #expect(codeBlocks("   ~~~ sh\n   ls\n   ~~~   \n").first?.0 == range(1, 4, 3, 9))
    }

    @Test func longerFenceHoldsShorterOne() {
        let blocks = codeBlocks("````markdown\n```scenario\nx\n```\n````\n")
        #expect(blocks.count == 1)
        #expect(blocks.first?.0 == range(1, 1, 5, 4))
        #expect(blocks.first?.2 == "```scenario\nx\n```\n")
    }

    @Test func closingFenceMustBeAtLeastAsLong() {
        #expect(codeBlocks("````\nx\n```\ny\n`````\n").first?.0 == range(1, 1, 5, 5))
    }

    @Test func unterminatedFenceRunsToTheEnd() {
        #expect(codeBlocks("text\n\n```scenario\nboot\n").first?.0 == range(3, 1, 4, 4))
        #expect(codeBlocks("```\nboot").first?.0 == range(1, 1, 2, 4))
        #expect(codeBlocks("```\nx\n\n\n").first?.0 == range(1, 1, 4, 0))
        #expect(codeBlocks("```").first?.0 == range(1, 1, 1, 3))
    }

    @Test func unterminatedFenceEndsWithItsBlockQuote() {
        let blocks = codeBlocks("> ```\n> x\n\nafter\n")
        #expect(blocks.first?.0 == range(1, 3, 2, 3))
        #expect(blocks.first?.2 == "x\n")
    }

    @Test func fenceAfterUnclosedQuotedFenceIsNotItsClosingFence() {
        let blocks = codeBlocks("> ```\n> x\n```\n")
        #expect(blocks.map(\.0) == [range(1, 3, 2, 3), range(3, 1, 3, 3)])
    }

    @Test func fencesInsideListItems() {
        let text = "- item\n\n  ```c\n  int x;\n  ```\n- ```\n  open\n"
        #expect(codeBlocks(text).map(\.0) == [range(3, 3, 5, 5), range(6, 3, 7, 6)])
    }

    @Test func indentedCodeEndsOnItsLastCodeLine() {
        let blocks = MarkdownDocument.parse("    code\n    more\n\n\npara\n").codeBlocks
        #expect(blocks.first?.range == range(1, 5, 2, 8))
        #expect(blocks.first?.isFenced == false)
    }

    @Test func indentedCodeStartingWithBackticksIsNotFenced() {
        let block = MarkdownDocument.parse("    ```\n    x\n").codeBlocks.first
        #expect(block?.isFenced == false)
        #expect(block?.literal == "```\nx\n")
    }

    @Test func fencedWithoutInfoIsFenced() {
        let block = MarkdownDocument.parse("```\n```\n").codeBlocks.first
        #expect(block?.isFenced == true)
        #expect(block?.range == range(1, 1, 2, 3))
    }

    @Test func setextHeadingEndsOnItsUnderline() {
        let blocks = MarkdownDocument.parse("Foo\nbar\n---\nnext\n").blocks
        #expect(blocks.map(\.range) == [range(1, 1, 3, 3), range(4, 1, 4, 4)])
    }

    @Test func thematicBreakAndHTMLBlockEndOnTheirOwnLines() {
        let blocks = MarkdownDocument.parse("***\n\n<!-- a\n\nb -->\n\n").blocks
        #expect(blocks.map(\.range) == [range(1, 1, 1, 3), range(3, 1, 5, 5)])
    }

    @Test func listEndsBeforeTrailingBlankLines() {
        let blocks = MarkdownDocument.parse("- a\n- b\n\n\n# h\n").blocks
        #expect(blocks.map(\.range) == [range(1, 1, 2, 3), range(5, 1, 5, 3)])
    }

    /// cmark ends an ATX heading at its content, before the closing `#`s.
    @Test func columnsCountUTF8Bytes() {
        let blocks = MarkdownDocument.parse("# 日本語 #\n\n> 中文\n").blocks
        #expect(blocks.map(\.range) == [range(1, 1, 1, 11), range(3, 1, 3, 8)])
    }

    @Test func byteOrderMarkIsNotCounted() {
        #expect(MarkdownDocument.parse("\u{FEFF}# t\n").blocks.first?.range == range(1, 1, 1, 3))
    }

    @Test func tableRangeCoversHeaderToLastRow() {
        let blocks = MarkdownDocument.parse("intro\n| a | b |\n|---|---|\n| 1 | 2 |\n    code\n").blocks
        #expect(blocks.map(\.range) == [range(1, 1, 1, 5), range(2, 1, 4, 9), range(5, 5, 5, 8)])
    }

    @Test func blocksAfterATableInAQuoteKeepTheirColumns() {
        let quote = MarkdownDocument.parse("> | a |\n> |---|\n> | b |\n> 2. x\n").blocks.first
        #expect(quote?.children.map(\.range) == [range(1, 3, 3, 7), range(4, 3, 4, 6)])
    }
}
