import Diagrams
import Foundation
import Scenario

/// Turns a verified book into the files of its static site: one page per chapter, the
/// introduction or contents as `index.html`, the shared sidebar, the search index, print and
/// 404 pages, the stylesheet and script. The output is a pure function of the notes and the
/// mmbook version.
struct SiteRenderer {
    var verification: Verification
    /// The chapters by note path, for links between notes.
    let chaptersByPath: [String: Chapter]

    /// Whether the notes' raw HTML and dangerous URLs are dropped (`mmbook build --safe`, or
    /// `raw-html: false` in `book.yml`).
    var safe = false
    /// Pages rendered before, reused when their inputs have not changed (`RenderedPages`).
    var memo: RenderedPages?

    init(verification: Verification, safe: Bool = false, memo: RenderedPages? = nil) {
        self.verification = verification
        self.safe = safe || !verification.book.config.rawHTML
        self.memo = memo
        chaptersByPath = Dictionary(
            verification.book.chapters.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every file of the site, by relative path.
    func render() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [
            "mmbook.css": Array((SiteStyle.css + SiteStyle.contentCSS + DiagramStyle.css).utf8),
            "mmbook.js": Array(SiteScript.javascript.utf8),
            "toc.js": Array(tocScript().utf8),
            "favicon.svg": Array(Self.favicon.utf8),
        ]
        let pages = verification.pages
        let renderer = self
        let navigation = memo == nil ? "" : navigationHash
        let rendered = Array(pages.indices).concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) {
            index in
            // The key holds the page's text: built once, for every use of the memo.
            let key = renderer.memo == nil ? nil : renderer.pageKey(pages, at: index, navigation: navigation)
            let html = renderer.pageBytes(pages, at: index, key: key)
            return (
                html, renderer.searchSections(pages, at: index, key: key),
                renderer.pageSymbols(pages, at: index, key: key, html: html), key
            )
        }
        var search = SearchIndex()
        for (page, (html, sections, _, _)) in zip(pages, rendered) {
            files[page.chapter.htmlPath] = html
            search.sections += sections
        }
        files.merge(search.files()) { _, new in new }
        files["symbols.html"] = symbolsPage(rendered.map(\.2), navigation: navigation)
        let contents = "<h1>Contents</h1>\n<nav aria-label=\"Table of contents\" class=\"contents\">"
        files["toc.html"] = Array(
            layout(
                PageChrome(path: "toc.html", title: "Contents"),
                body: pageBody(contents + contentsList(from: "toc.html") + "</nav>\n", outline: [])
            ).utf8)
        if files["index.html"] == nil {
            files["index.html"] = Array(
                layout(
                    PageChrome(path: "index.html", title: verification.book.title, next: pages.first?.chapter),
                    body: pageBody(
                        "<h1>\(HTML.escape(verification.book.title))</h1>\n<nav aria-label=\"Table of contents\" "
                            + "class=\"contents\">" + contentsList(from: "index.html") + "</nav>\n", outline: [])
                ).utf8)
        }
        files["print.html"] = Array(printPage(navigation: navigation, keys: rendered.map(\.3)).utf8)
        files["404.html"] = Array(
            layout(
                PageChrome(path: "404.html", title: "Page not found", base: verification.book.config.siteURL),
                body: pageBody(
                    "<h1>Page not found</h1>\n<p>This page is not part of the book. Start from the "
                        + "<a href=\"index.html\">first page</a> or the <a href=\"toc.html\">table of contents</a>, "
                        + "or search above.</p>\n", outline: [])
            ).utf8)
        return files
    }

    /// A page's title: its front matter's, its first heading, or SUMMARY.md's link text.
    func pageTitle(_ page: PageRun) -> String {
        page.frontMatter.title ?? page.document.title ?? page.chapter.title
    }

    func renderPage(_ page: PageRun, previous: Chapter?, next: Chapter?) -> String {
        let highlighter = Highlighter(rootPrefix: page.chapter.rootPrefix)
        let rewrite = { chapterLink($0, from: page.chapter) }
        let rendered = MarkdownAdapter.renderHTML(
            page.document, replacingFencedBlocksAt: replacements(page, highlighter: highlighter, linkRewrite: rewrite),
            linkRewrite: rewrite, codeSpanOverride: codeSpanLink(highlighter), safe: safe)
        let html = rendered.html + (page.outcomes.isEmpty ? "" : Self.provenance)
        return layout(
            PageChrome(
                path: page.chapter.htmlPath, title: pageTitle(page), description: page.frontMatter.description,
                previous: previous, next: next, chapter: page.chapter),
            body: pageBody(html, outline: rendered.outline))
    }

    /// The HTML of each code block of a page by its first line: other languages highlighted,
    /// scenario blocks as figures with their output (their recorded output block's is empty);
    /// links in walkthrough annotations go through `linkRewrite`, the page's own.
    func replacements(
        _ page: PageRun, highlighter: Highlighter, linkRewrite: @escaping (String) -> String
    ) -> [Int: String] {
        var replacements: [Int: String] = [:]
        for block in page.blocks {
            guard let language = Highlighter.Language(info: block.language), language != .scenario else { continue }
            replacements[block.startLine] =
                "<pre><code class=\"language-\(HTML.escape(block.language))\">"
                + highlighter.html(String(block.literal.dropLast(block.literal.hasSuffix("\n") ? 1 : 0)), language)
                + (block.literal.hasSuffix("\n") ? "\n" : "") + "</code></pre>\n"
        }
        for outcome in page.outcomes {
            replacements[outcome.scenario.startLine] = scenarioHTML(
                outcome, highlighter: highlighter, linkRewrite: linkRewrite)
            if let recorded = outcome.recorded { replacements[recorded.startLine] = "" }
        }
        return replacements
    }

    /// `print.html`: every chapter on one page, heading ids prefixed by the chapter's so that
    /// they stay unique, links between chapters turned into links inside the page. Each
    /// chapter's section is rendered on its own (in parallel) and, with a `memo`, kept by the
    /// chapter's page key (from `keys` when given), so that a rebuild renders the sections of
    /// changed chapters only.
    func printPage(navigation: String = "", keys: [String?] = []) -> String {
        let pages = verification.pages
        let renderer = self
        let sections = Array(pages.indices).concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) {
            index in
            let page = pages[index]
            let render = { Array(renderer.printSection(page).utf8) }
            guard let memo = renderer.memo else { return render() }
            let key =
                (index < keys.count ? keys[index] : nil)
                ?? renderer.pageKey(pages, at: index, navigation: navigation)
            return memo.page(key: "print\u{1}" + key, counted: false, render: render)
        }
        var body = "<div class=\"page print\">\n<article>\n"
        for section in sections { body += String(decoding: section, as: UTF8.self) }
        body += "</article>\n</div>\n"
        return layout(PageChrome(path: "print.html", title: verification.book.title, sidebar: false), body: body)
    }

    /// One chapter's section of `print.html`.
    func printSection(_ page: PageRun) -> String {
        let prefix = printID(page.chapter) + "-"
        let highlighter = Highlighter()
        let rewrite = { (url: String) -> String in
            if url.hasPrefix("#") { return "#" + prefix + url.dropFirst() }
            guard let (target, fragment) = linkedChapter(url, from: page.chapter) else { return url }
            return "#" + printID(target) + (fragment.map { "-" + $0 } ?? "")
        }
        // Scenario figures carry ids by line (`scenario-12`), which repeat across chapters.
        let figures = replacements(page, highlighter: highlighter, linkRewrite: rewrite).mapValues {
            $0.replacingOccurrences(of: " id=\"scenario-", with: " id=\"\(prefix)scenario-")
        }
        let rendered = MarkdownAdapter.renderHTML(
            page.document, replacingFencedBlocksAt: figures, idPrefix: prefix, linkRewrite: rewrite,
            codeSpanOverride: codeSpanLink(highlighter), safe: safe)
        return "<section class=\"print-chapter\" id=\"\(HTML.escape(printID(page.chapter)))\">\n"
            + rendered.html + "</section>\n"
    }

    /// The id of a chapter's section on the print page (`c-buddy`).
    func printID(_ chapter: Chapter) -> String {
        var taken = Set<String>()
        return "c-" + Slug.make(String(chapter.path.dropLast(chapter.path.hasSuffix(".md") ? 3 : 0)), taken: &taken)
    }
}
