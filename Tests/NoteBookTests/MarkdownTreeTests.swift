import Testing

@testable import NoteBook

/// The shape of the Swift tree converted from cmark's.
@Suite struct MarkdownTreeTests {
    @Test func nestedListsKeepKindStartDelimiterAndTightness() throws {
        let text = """
            3) three
            4) four
               - a
               - b

                 loose
            """
        let list = try #require(MarkdownDocument.parse(text).blocks.first)
        guard case .list(let kind, let tight, let items) = list.kind else {
            Issue.record("not a list: \(list.kind)")
            return
        }
        #expect(kind == .ordered(start: 3, delimiter: .parenthesis))
        #expect(tight)
        #expect(items.count == 2)
        let inner = try #require(items.last?.children.last)
        guard case .list(let innerKind, let innerTight, let innerItems) = inner.kind else {
            Issue.record("not a nested list: \(inner.kind)")
            return
        }
        #expect(innerKind == .bullet)
        #expect(!innerTight)
        #expect(innerItems.last?.children.map(\.plainText) == ["b", "loose"])
        #expect(inner.range == SourceRange(startLine: 3, startColumn: 4, endLine: 6, endColumn: 10))
    }

    @Test func inlinesAreConverted() {
        let text = "A *b* **c** `d` <kbd>e</kbd> [f](/u \"t\") ![g](/i.png)  \nh\\\ni\nj"
        let expected: [Inline] = [
            .text("A "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "), .code("d"),
            .text(" "), .html("<kbd>"), .text("e"), .html("</kbd>"), .text(" "),
            .link(url: "/u", title: "t", [.text("f")]), .text(" "), .image(url: "/i.png", title: "", [.text("g")]),
            .lineBreak, .text("h"), .lineBreak, .text("i"), .softBreak, .text("j"),
        ]
        #expect(MarkdownDocument.parse(text).blocks.first?.kind == .paragraph(expected))
    }

    @Test func cjkTextSurvivesIntact() {
        let document = MarkdownDocument.parse("# 伙伴系统 *概述*\n\nページ割り当て、**バディ**。\n")
        #expect(document.title == "伙伴系统 概述")
        #expect(document.blocks.last?.kind == .paragraph([.text("ページ割り当て、"), .strong([.text("バディ")]), .text("。")]))
    }

    @Test func smartPunctuationIsOff() {
        #expect(MarkdownDocument.parse("\"a\" -- b...\n").blocks.first?.plainText == "\"a\" -- b...")
    }

    @Test func rawHTMLIsKept() {
        let blocks = MarkdownDocument.parse("<div class=\"x\">\nhi\n</div>\n\n<script>alert(1)</script>\n").blocks
        #expect(
            blocks.map(\.kind) == [
                .htmlBlock("<div class=\"x\">\nhi\n</div>\n"), .htmlBlock("<script>alert(1)</script>\n"),
            ])
    }

    @Test func titleIsTheFirstLevelOneHeading() {
        #expect(MarkdownDocument.parse("## Sub\n\nSetext *title*\n===\n\n# Later\n").title == "Setext title")
        #expect(MarkdownDocument.parse("## Only a sub\n").title == nil)
    }

    @Test func plainTextOfInlines() {
        let inlines: [Inline] = [
            .text("a"), .softBreak, .code("b"), .html("<br>"), .emphasis([.text("c")]),
            .link(url: "/", title: "", [.strong([.text("d")])]), .image(url: "/", title: "", [.text("e")]),
        ]
        #expect(inlines.plainText == "a bcde")
    }

    @Test func codeBlocksInDocumentOrderWithInfoWords() {
        let text = """
            ```scenario walkthrough
            boot
            ```

            > ```c
            > int x;
            > ```

            - item

                  indented

            ~~~ scenario  machine=a\tfresh
            p = alloc_pages(GFP_KERNEL, 0)
            ~~~
            """
        let blocks = MarkdownDocument.parse(text).codeBlocks
        #expect(blocks.map(\.words) == [["scenario", "walkthrough"], ["c"], [], ["scenario", "machine=a", "fresh"]])
        #expect(blocks.map(\.isFenced) == [true, true, false, true])
        #expect(blocks.map(\.range.startLine) == [1, 5, 11, 13])
        #expect(blocks.last?.info == "scenario  machine=a\tfresh")
    }

    @Test func allBlocksIsPreOrder() {
        let kinds = MarkdownDocument.parse("> - a\n\n***\n").root.allBlocks.map { block -> String in
            switch block.kind {
            case .document: "document"
            case .blockQuote: "quote"
            case .list: "list"
            case .item: "item"
            case .paragraph: "paragraph"
            case .thematicBreak: "hr"
            default: "other"
            }
        }
        #expect(kinds == ["document", "quote", "list", "item", "paragraph", "hr"])
    }

    @Test func emptyDocument() {
        let document = MarkdownDocument.parse("")
        #expect(document.blocks.isEmpty)
        #expect(document.title == nil)
        #expect(HTMLRenderer().render(document) == "")
    }
}
