import Foundation
import PageAlloc
import Scenario
import Testing

@testable import NoteBook

/// The content half of issue 14: highlighting, links to `symbols.html`, scenario figures,
/// the buddyinfo header, the symbol index and the link check after splicing.
@Suite struct SiteContentTests {
    /// The text of highlighted HTML: tags dropped, entities decoded.
    static func text(_ html: String) -> String { SymbolsPage.stripTags(html) }

    @Test(arguments: [
        (
            Highlighter.Language.c,
            "static struct page *__rmqueue_smallest(struct zone *zone, unsigned int order)\n{\n\t/* find */ return NULL; // x\n}\n#define X 0x10 \"s\\\"q\" 'c' <&>"
        ),
        (
            .scenario,
            "boot zones=\"Normal:16M\" # c\np = alloc_pages(GFP_KERNEL, 4)\nexpect p.order == 4 && 1 < 2\nsysctl vm.min_free_kbytes=1024"
        ),
        (.shell, "$ swift run mmbook check --notes notes # verify\necho \"a b\" > /tmp/x && cat /proc/buddyinfo"),
        (.diff, "--- a\n+++ b\n@@ -1 +1 @@\n-old <x>\n+new &y\n same"),
        (
            .output,
            "          mmbook-1000    [000] .....   100.000001: mm_page_alloc: page=ffffea0004000000 pfn=0x100000 order=0 migratetype=0 gfp_flags=GFP_KERNEL\nMemFree:  1024 kB\nNode 0, zone   Normal      0      1 \n<tag> & \"q\""
        ),
    ])
    func highlightingKeepsTheTextExactly(language: Highlighter.Language, source: String) {
        let html = Highlighter().html(source, language)
        #expect(Self.text(html) == source)
        #expect(html.contains("<span class=\"hl-"))
    }

    @Test func ftraceLinesAreSplitIntoTheirFields() {
        let line =
            "          mmbook-1000    [001] d..1.   100.000002: mm_page_alloc_zone_locked: page=ffffea0004010040 pfn=0x100401 order=0"
        let html = Highlighter().html(line, .output)
        #expect(html.contains("<span class=\"hl-task\">mmbook-1000</span>"))
        #expect(html.contains("<span class=\"hl-cpu\">001</span>"))
        #expect(html.contains("<span class=\"hl-flags\">d..1.</span>"))
        #expect(html.contains("<span class=\"hl-time\">100.000002</span>"))
        #expect(html.contains("href=\"symbols.html#sym-mm_page_alloc_zone_locked\""))
        #expect(html.contains("<span class=\"hl-key\">pfn</span>"))
    }

    @Test func coveredKernelNamesLinkToTheirSymbolEntryAndOthersDoNot() {
        let html = Highlighter(rootPrefix: "../").html(
            "p = alloc_pages(GFP_KERNEL | __GFP_NOWARN, 0)\nq = x", .scenario)
        #expect(html.contains("href=\"../symbols.html#sym-alloc_pages\""))
        #expect(html.contains("href=\"../symbols.html#sym-GFP_KERNEL\""))
        #expect(html.contains("href=\"../symbols.html#sym-__GFP_NOWARN\""))
        #expect(!html.contains("sym-q\""))
        // Everyday words that name a field are not linked in code.
        #expect(!Highlighter().html("page = first", .c).contains("<a"))
    }

    /// At 390 px a call tree's long names wrapped between letters (`try_to_claim_bloc` / `k`):
    /// they may now break only after an inner underscore, and their text is unchanged.
    @Test func callTreeNamesWrapAfterUnderscoresOnly() {
        let calls = [
            CallRecord(depth: 0, function: "__rmqueue_smallest"), CallRecord(depth: 1, function: "try_to_claim_block"),
        ]
        let html = CallTree.html(CallTree.forest(calls))
        #expect(html.contains(">__rmqueue_<wbr>smallest</a>"))
        #expect(html.contains(">try_<wbr>to_<wbr>claim_<wbr>block<"))
        #expect(Self.text(html.replacingOccurrences(of: "<wbr>", with: "")) == Self.text(html))
        #expect(Self.text(html) == "__rmqueue_smallesttry_to_claim_block")
        #expect(Highlighter.breakingAfterUnderscores("a__b_c_") == "a__b_<wbr>c_")
        #expect(SiteStyle.css.contains("details.calls code { overflow-wrap: normal; }"))
    }

    @Test func buddyinfoGetsAnOrderHeaderThatIsNotInTheText() {
        let line: Substring =
            "Node 0, zone   Normal      0      0      0      0      1      1      1      1      1      1      3 "
        #expect(SiteRenderer.buddyinfoColumns(line) == 11)
        #expect(SiteRenderer.buddyinfoColumns("Node 0, zone   Normal, type    Unmovable      0") == nil)
        let header = SiteRenderer.buddyinfoHeader(11)
        #expect(header.count == line.count)
        // Each order sits right-aligned over its column.
        #expect(header.hasPrefix("order"))
        #expect(header.hasSuffix("    10 "))
    }

    static let summary = "# Site\n\n- [One](one.md)\n- [Two](two.md)\n"
    static let one = """
        # One

        See [two](two.md#伙伴系统-概述) and `__rmqueue_smallest()`.

        ## Allocating

        ```scenario
        boot zones="Normal:16M"
        p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
        show buddyinfo
        expect p.order == 4
        ```

        ```output
        p: pfn=0x100000 order=4 zone=Normal migratetype=Movable
        Node 0, zone   Normal      0      0      0      0      1      1      1      1      1      1      3\u{20}
        ```

        ```scenario
        show buddyinfo
        ```

        ```output
        Node 0, zone   Normal      0      0      0      0      1      1      1      1      1      1      3\u{20}
        ```

        """
    static let two = "# Two\n\n## 伙伴系统 概述\n\nText.\n"

    @Test func scenarioFiguresPutEachOutputUnderItsStatementWithLabels() throws {
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "one.md": Self.one, "two.md": Self.two])
        let report = Actions.build(notes: book.notes, out: book.site)
        #expect(report.exitCode == 0, "\(report.errors)")
        let html = try String(contentsOfFile: book.site + "/one.html", encoding: .utf8)
        // The allocation's output comes right after its line, before `show buddyinfo`.
        let alloc = try #require(html.range(of: "GFP_HIGHUSER_MOVABLE</a>, <span class=\"hl-num\">4</span>)\n"))
        let printed = try #require(html.range(of: "pfn</span>=<span class=\"hl-num\">0x100000</span>"))
        let show = try #require(html.range(of: "<span class=\"hl-kw\">show</span> buddyinfo"))
        #expect(alloc.upperBound < printed.lowerBound && printed.upperBound < show.lowerBound)
        #expect(html.contains("<span class=\"part-label\" aria-hidden=\"true\">scenario</span>"))
        #expect(html.contains("<span class=\"part-label\" aria-hidden=\"true\">output</span>"))
        #expect(html.contains("<span class=\"view-header\" aria-hidden=\"true\">order "))
        // One provenance note for two blocks, and each block's hash on hover.
        #expect(html.components(separatedBy: "class=\"provenance\"").count == 2)
        #expect(html.components(separatedBy: "data-scenario-hash=").count == 3)
        // Links: the chapter link became a page link, the code span links its symbol.
        #expect(html.contains("href=\"two.html#%E4%BC%99%E4%BC%B4%E7%B3%BB%E7%BB%9F-%E6%A6%82%E8%BF%B0\""))
        #expect(html.contains("<a class=\"sym\" href=\"symbols.html#sym-__rmqueue_smallest\"><code>"))
        let symbols = try String(contentsOfFile: book.site + "/symbols.html", encoding: .utf8)
        let entry = try #require(KernelSymbolIndex.shared["__rmqueue_smallest"])
        #expect(symbols.contains("<dt id=\"sym-__rmqueue_smallest\">"))
        #expect(
            symbols.contains(
                "https://elixir.bootlin.com/linux/v6.18/source/mm/page_alloc.c#L\(entry.line)\">mm/page_alloc.c:\(entry.line)"
            ))
        #expect(symbols.contains("Discussed in: <a href=\"one.html#one\">"))
        #expect(symbols.contains("Scenarios through it: <a href=\"one.html#scenario-7\">one.md:7</a>"))
        // Coverage counts what plain blocks entered: expand() is named nowhere in the note.
        let coverage = try #require(symbols.range(of: "<h2 id=\"model-coverage\">"))
        let (entries, missing) = (symbols[..<coverage.lowerBound], symbols[coverage.lowerBound...])
        #expect(!missing.contains("href=\"#sym-expand\"") && !missing.contains("href=\"#sym-__rmqueue_smallest\""))
        #expect(missing.contains("href=\"#sym-__alloc_pages_direct_compact\""))
        let expand = try #require(entries.range(of: "<dt id=\"sym-expand\">"))
        #expect(
            entries[expand.upperBound...].prefix(2000).contains(
                "Scenarios through it: <a href=\"one.html#scenario-7\">"))
    }

    /// The catalog uses of a block: names as calls or functions, fields after `.`, the view
    /// of `show`, `boot` options and `sysctl` settings; comments and strings left out.
    @Test func catalogUsesOfAScenarioBlock() {
        let uses = CatalogUse.uses(
            in: """
                boot zones="Normal:16M PageBuddy" cpus = 2 # PageLRU
                sysctl vm.min_free_kbytes=1024
                p = alloc_pages(GFP_KERNEL, 2)
                expect PageHead(p) == 0 && p.order == 2
                show  zoneinfo
                """)
        for use: CatalogUse in [
            .boot("zones"), .boot("cpus"), .sysctl("vm.min_free_kbytes"), .name("alloc_pages"), .name("PageHead"),
            .field("order"), .view("zoneinfo"),
        ] {
            #expect(uses.contains(use), "\(use)")
        }
        for use: CatalogUse in [.name("PageBuddy"), .name("PageLRU"), .name("order"), .view("p"), .boot("p")] {
            #expect(!uses.contains(use), "\(use)")
        }
        let catalog = KernelSymbolIndex.shared.catalogUses
        #expect(catalog[.name("PageHead")] == ["PageHead"])
        #expect(catalog[.field("order")]?.contains("compound_order") == true)
        #expect(catalog[.boot("zones")]?.contains("calculate_node_totalpages") == true)
        #expect(catalog[.name("alloc_pages")]?.contains("alloc_pages") == true)
    }

    /// A walkthrough's annotations are Markdown whose links to notes become links to their
    /// pages, as in the prose: on the chapter's page and, as in-page links, on print.html.
    @Test func walkthroughAnnotationLinksToNotesBecomePageLinks() throws {
        let note = """
            # One

            ```scenario walkthrough
            # The zone, as [two](two.md#伙伴系统-概述) and [the heading](#one) say.
            boot zones="Normal:16M"
            show buddyinfo
            ```

            ```output
            Node 0, zone   Normal\(String(repeating: "      0", count: 10))      4\u{20}
            ```

            """
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "one.md": note, "two.md": Self.two])
        let report = Actions.build(notes: book.notes, out: book.site)
        #expect(report.exitCode == 0, "\(report.errors)")
        let page = try String(contentsOfFile: book.site + "/one.html", encoding: .utf8)
        let annotation = try #require(page.range(of: "<div class=\"annotation\">"))
        let links = page[annotation.upperBound...].prefix(300)
        #expect(links.contains("href=\"two.html#%E4%BC%99%E4%BC%B4%E7%B3%BB%E7%BB%9F-%E6%A6%82%E8%BF%B0\""), "\(links)")
        #expect(links.contains("href=\"#one\""))
        #expect(!page.contains("two.md"))
        let print = try String(contentsOfFile: book.site + "/print.html", encoding: .utf8)
        #expect(print.contains("href=\"#c-two-%E4%BC%99%E4%BC%B4%E7%B3%BB%E7%BB%9F-%E6%A6%82%E8%BF%B0\""))
        #expect(print.contains("href=\"#c-one-one\""))
        #expect(!print.contains("two.md"))
    }

    @Test func brokenLinksFailBuildAndCheckAtTheNotesPosition() throws {
        let note = "# One\n\nText.\n\nSee [nowhere](gone.md) and\nthe [anchor](two.md#missing).\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": Self.summary, "one.md": note, "two.md": Self.two])
        for report in [Actions.build(notes: book.notes, out: book.site), Actions.check(notes: book.notes)] {
            #expect(report.exitCode == 1)
            #expect(report.errors.contains("one.md:5:15: error: broken link 'gone.md'"), "\(report.errors)")
            #expect(report.errors.contains("one.md:6:14: error: broken link 'two.html#missing'"), "\(report.errors)")
            #expect(report.diagnostics.allSatisfy { $0.id == .brokenLink })
        }
        #expect(!FileManager.default.fileExists(atPath: book.site))
    }

    @Test func linkCheckerResolvesRelativePathsAnchorsAndPercentEncoding() {
        let files: [String: [UInt8]] = [
            "a.html": Array(
                "<a href=\"b/c.html#x\">1</a><a href=\"#top\">2</a><a href=\"https://e.org/\">3</a><!-- <a href=\"no.html\"> -->"
                    .utf8),
            "b/c.html": Array(
                "<h2 id=\"x\">x</h2><a href=\"../a.html#%E4%BC%99\">4</a><a href=\"../zz.html\">5</a>".utf8),
        ]
        var checker = LinkChecker(files: files)
        #expect(
            checker.broken() == [
                .init(page: "a.html", href: "#top"), .init(page: "b/c.html", href: "../a.html#%E4%BC%99"),
                .init(page: "b/c.html", href: "../zz.html"),
            ])
        checker.files["a.html"]! += Array("<p id=\"top\"></p><p id=\"伙\"></p>".utf8)
        #expect(checker.broken() == [.init(page: "b/c.html", href: "../zz.html")])
        #expect(checker.external() == [.init(page: "a.html", href: "https://e.org/")])
    }

    @Test func linksListsExternalLinksWithoutFetching() throws {
        let note = "# One\n\nRead [the docs](https://docs.kernel.org/mm/).\n"
        let book = try TemporaryBook(files: ["SUMMARY.md": "# S\n\n- [One](one.md)\n", "one.md": note])
        let report = Actions.links(notes: book.notes)
        #expect(report.exitCode == 0)
        #expect(report.output.contains("one.html\thttps://docs.kernel.org/mm/\n"))
        #expect(report.output.contains("symbols.html\thttps://elixir.bootlin.com/linux/v6.18/source/"))
    }
}
