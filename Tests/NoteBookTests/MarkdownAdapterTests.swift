import Testing

@testable import NoteBook

@Suite struct MarkdownAdapterTests {
    @Test func headingsGetUniqueIdsAndAnOutline() {
        let text = "# Title\n\n## Buddy `expand()`\n\n### Details\n\n## Buddy expand()\n"
        let rendered = MarkdownAdapter.renderHTML(MarkdownDocument.parse(text), replacingFencedBlocksAt: [:])
        #expect(
            rendered.html.contains(
                "<h2 id=\"buddy-expand\">Buddy <code>expand()</code><a class=\"anchor\" href=\"#buddy-expand\""))
        #expect(rendered.html.contains("<h2 id=\"buddy-expand-1\">"))
        #expect(rendered.outline.map(\.id) == ["buddy-expand", "details", "buddy-expand-1"])
        #expect(rendered.outline.map(\.level) == [2, 3, 2])
    }

    @Test func fencedBlocksCarryPositionsAndClosure() {
        let text = "a\n\n  ```scenario walkthrough\n  boot mem=64M\n  ```\n\n~~~~output\nx\n"
        let blocks = MarkdownAdapter.fencedBlocks(MarkdownDocument.parse(text), text: text)
        #expect(blocks.map(\.info) == [["scenario", "walkthrough"], ["output"]])
        #expect(blocks.map(\.startLine) == [3, 7])
        #expect(blocks.map(\.endLine) == [5, 8])
        #expect(blocks.map(\.startColumn) == [3, 1])
        #expect(blocks.map(\.closed) == [true, false])
        #expect(blocks[0].literal == "boot mem=64M\n")
    }

    @Test func summaryLinksKeepTheirDepthAndLine() {
        let summary = MarkdownAdapter.summary("# Book\n\n- [A](a.md)\n  - [B](sub/b.md)\n- [C](c.md)\n")
        #expect(summary.title == "Book")
        #expect(summary.links.map(\.path) == ["a.md", "sub/b.md", "c.md"])
        #expect(summary.links.map(\.depth) == [0, 1, 0])
        #expect(summary.links.map(\.line) == [3, 4, 5])
    }
}
