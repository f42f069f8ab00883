import Testing

@testable import NoteBook

/// The renderer's hooks and the shared escaping helpers.
@Suite struct HTMLRendererTests {
    @Test func blockOverrideReplacesMatchingCodeBlocksAnywhere() {
        let document = MarkdownDocument.parse(
            "```scenario\nboot\n```\n\n- item\n\n  ```scenario walkthrough\n  show\n  ```\n\n```c\nx;\n```\n")
        let renderer = HTMLRenderer(blockOverride: { block in
            guard let code = CodeBlockReference(block), code.words.first == "scenario" else { return nil }
            return "<div class=\"scenario\" data-line=\"\(code.range.startLine)\">\(HTML.escape(code.literal))</div>"
        })
        #expect(
            renderer.render(document) == """
                <div class="scenario" data-line="1">boot
                </div>
                <ul>
                <li>
                <p>item</p>
                <div class="scenario" data-line="7">show
                </div>
                </li>
                </ul>
                <pre><code class="language-c">x;
                </code></pre>

                """)
    }

    @Test func headingOverrideAddsAnchors() {
        let document = MarkdownDocument.parse("# Buddy *allocator*\n\n## Split\n\n## Split\n\ntext\n")
        var taken: Set<String> = []
        let renderer = HTMLRenderer(headingOverride: { heading, level, content in
            guard case .heading(_, let inlines) = heading.kind else { return nil }
            let id = Slug.make(inlines.plainText, taken: &taken)
            return "<h\(level) id=\"\(id)\"><a href=\"#\(id)\">\(content)</a></h\(level)>"
        })
        #expect(
            renderer.render(document) == """
                <h1 id="buddy-allocator"><a href="#buddy-allocator">Buddy <em>allocator</em></a></h1>
                <h2 id="split"><a href="#split">Split</a></h2>
                <h2 id="split-1"><a href="#split-1">Split</a></h2>
                <p>text</p>

                """)
    }

    @Test func customBlocksAndInlinesRenderLikeCmark() {
        let paragraph = Block(
            .paragraph([.custom(onEnter: "<mark>", onExit: "</mark>", [.text("a<b")])]),
            range: SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        let custom = Block(
            .customBlock(onEnter: "<section>", onExit: "</section>", [paragraph]), range: paragraph.range)
        #expect(HTMLRenderer().render(custom) == "<section>\n<p><mark>a&lt;b</mark></p>\n</section>\n")
    }

    @Test func rendersInlinesAlone() {
        #expect(
            HTMLRenderer().render([.text("a & b"), .lineBreak, .code("<c>")])
                == "a &amp; b<br />\n<code>&lt;c&gt;</code>")
    }

    @Test func escapeMatchesCmark() {
        #expect(
            HTML.escape("<a href=\"x\">Tom & 'Jerry'</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; 'Jerry'&lt;/a&gt;")
        #expect(HTML.escape("plain 中文") == "plain 中文")
    }

    @Test func escapeURLMatchesCmark() {
        #expect(HTML.escapeURL("/a b/ü?x='1'&y=[2]~") == "/a%20b/%C3%BC?x=&#x27;1&#x27;&amp;y=%5B2%5D~")
    }
}

/// Issue 13, item 18: notes are trusted content and their raw HTML is kept; safe mode
/// (`mmbook build --safe`) drops it and dangerous URLs, as cmark's safe mode does.
@Suite struct SafeHTMLTests {
    static let note = """
        <script>alert(1)</script>

        Text <img src=x onerror="alert(2)"> and [a link](javascript:alert(3)) and ![img](data:text/html,x).

        <div onclick="alert(4)">block</div>
        """

    @Test func rawHTMLIsKeptByDefault() {
        let html = HTMLRenderer().render(MarkdownDocument.parse(Self.note))
        #expect(html.contains("<script>alert(1)</script>"))
        #expect(html.contains("onerror"))
    }

    @Test func safeModeDropsScriptsHandlersAndDangerousURLs() {
        var renderer = HTMLRenderer()
        renderer.safe = true
        let html = renderer.render(MarkdownDocument.parse(Self.note))
        for word in ["<script", "onerror", "onclick", "javascript:", "data:text"] {
            #expect(!html.contains(word), "\(word) in \(html)")
        }
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("<a href=\"\">a link</a>"))
    }
}
