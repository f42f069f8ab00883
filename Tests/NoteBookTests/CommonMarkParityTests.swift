import CCmark
import Testing

@testable import NoteBook

#if canImport(Glibc)
    import Glibc
#endif

/// Plain CommonMark renders byte for byte as cmark's own HTML renderer renders it (`cmark --unsafe`).
@Suite struct CommonMarkParityTests {
    static let documents: [String] = [
        "# ATX *heading*\n\nSetext heading\n==============\n\nAnother\n-------\n\n###### six ######\n#######not\n",
        "- tight\n- list\n  - nested\n  - items\n- end\n\n1. loose\n\n2. ordered\n\n   with paragraphs\n",
        "7. start at seven\n8. eight\n\n3) parens\n4) four\n\n- \n- empty items\n-\n",
        "> quote\n> > nested *quote*\n>\n> - list in quote\n\n> lazy\ncontinuation\n",
        "```c\nint main(void) { return a < b && c > \"d\"; }\n```\n\n~~~ scenario walkthrough\nboot mem=64M\n~~~\n\n```\nno info\n```\n",
        "    indented code\n      with <tags> & \"quotes\"\n\n\tand a tab\n",
        "<div class=\"note\">\n*not emphasis*\n</div>\n\n<!-- comment -->\n\n<script>\nlet x = 1 < 2;\n</script>\n\n<custom-tag>\n",
        "Inline <span class=\"k\">html</span>, <!-- c -->, <?php ?>, <a href=\"x\">a</a> and <br/>.\n",
        "Entities: &amp; &copy; &#169; &#x27; &nbsp; &bogus; &quot;\n",
        "[link](/url \"title\") [ref][] [collapsed][] <https://example.com/a?b=c&d=e> <foo@bar.example>\n\n[ref]: /ref 'Ref Title'\n[collapsed]: <with space.html>\n",
        "URLs: [a](/path with%20space) [b](https://例え.jp/ページ) [c](/x?y='z'&w=~v) [d](<a b>) [e](\\(p\\))\n",
        "[a](<!\"#$%&'()*+,-./:;=?@[\\]^_`{|}~>) [b](x\\y) [c](/ü?q=ä é)\n",
        "![alt *emph* `code` <b>x</b>](/img.png \"Title & more\") ![![inner](/i)](/o)\n",
        "Escapes: \\*not\\* \\_not\\_ \\# \\> \\[x\\] \\` \\\\ \\& and a trailing\\\nbackslash break and two spaces  \nbreak.\n",
        "*a* _b_ **c** __d__ ***e*** *f **g** h* foo*bar* _foo_bar_ **unclosed *mixed**\n",
        "`code` ``with ` tick`` ` spaced ` `` ` `` `unclosed\n",
        "***\n---\n___\n * * *\n\nparagraph\n***\n",
        "中文段落：**伙伴系统**把空闲页按阶（order）组织。\n\n## 日本語の見出し\n\nページ *割り当て* です。\n",
        "a\tb\n\n-\tone\n-\ttwo\n\n>\tquoted tab\n",
        "Line one\nline two\n\n\n\nAfter blank lines.  \n",
        "- a\n\n  b\n\n      code in item\n- c\n  > quote in item\n\n  ```\n  fence in item\n  ```\n",
        "[foo]: /url1\n[FOO]: /url2\n[Foo\nbar]: /url3\n\n[foo] [Foo bar] [baz]\n",
        """
        # The buddy allocator

        Pages are handed out in blocks of `2^order` pages. See [the source](https://git.kernel.org/mm/page_alloc.c).

        1. `__rmqueue_smallest()` takes the first block of the smallest order that fits;
        2. `expand()` splits it, putting the upper halves back on lower free lists.

        > **Note:** `GFP_KERNEL` may sleep.

        ```scenario
        boot mem=64M cpus=2
        p = alloc_pages(GFP_KERNEL, 3)
        ```

        <details><summary>Trace</summary>

        mm_page_alloc: page=0x1000 order=3

        </details>

        """,
    ]

    /// cmark's own rendering of `text`, with raw HTML kept.
    private func cmarkHTML(_ text: String) -> String {
        guard let html = text.withCString({ cmark_markdown_to_html($0, text.utf8.count, CMARK_OPT_UNSAFE) }) else {
            return "<cmark failed>"
        }
        defer { free(html) }
        return String(cString: html)
    }

    @Test(arguments: documents)
    func rendersLikeCmark(_ text: String) {
        #expect(HTMLRenderer().render(MarkdownDocument.parse(text)) == cmarkHTML(text))
    }

    /// The same check against `cmark --unsafe` output pasted by hand, so it does not rest on the C call.
    @Test func rendersLikeTheCmarkCommandLine() {
        let text = "# T\n\n- [a](</b c> \"&\")\n- `<x>`\n\n![i *j*](k.png)\n\n<b>raw</b>\n"
        let expected = """
            <h1>T</h1>
            <ul>
            <li><a href="/b%20c" title="&amp;">a</a></li>
            <li><code>&lt;x&gt;</code></li>
            </ul>
            <p><img src="k.png" alt="i j" /></p>
            <p><b>raw</b></p>

            """
        #expect(HTMLRenderer().render(MarkdownDocument.parse(text)) == expected)
    }
}
