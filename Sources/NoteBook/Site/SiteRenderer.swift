import Diagrams
import Foundation
import Scenario

/// Turns a verified book into the files of its static site: one page per chapter, an index,
/// and the stylesheet. The output is a pure function of the notes and the mmbook version.
struct SiteRenderer {
    var verification: Verification

    /// Every file of the site, by relative path.
    func render() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [
            "mmbook.css": Array((SiteStyle.css + SiteStyle.contentCSS + DiagramStyle.css).utf8)
        ]
        let pages = verification.pages
        let renderer = self
        let htmls = Array(pages.indices).concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) { index in
            renderer.renderPage(
                pages[index], previous: index > 0 ? pages[index - 1].chapter : nil,
                next: index + 1 < pages.count ? pages[index + 1].chapter : nil)
        }
        for (index, (page, html)) in zip(pages, htmls).enumerated() {
            files[page.chapter.htmlPath] = Array(html.utf8)
            if index == 0 && page.chapter.htmlPath != "index.html" { files["index.html"] = Array(html.utf8) }
        }
        let symbols = SymbolsPage(
            pages: pages, html: Dictionary(zip(pages.map(\.chapter.htmlPath), htmls), uniquingKeysWith: { a, _ in a }))
        files["symbols.html"] = Array(
            layout(title: "Kernel symbols", current: nil, body: symbols.body(), previous: nil, next: nil).utf8)
        if pages.isEmpty {
            files["index.html"] = Array(
                layout(
                    title: verification.book.title, current: nil, body: "<p>No chapters.</p>",
                    previous: nil, next: nil
                ).utf8)
        }
        return files
    }

    func renderPage(_ page: PageRun, previous: Chapter?, next: Chapter?) -> String {
        let highlighter = Highlighter(rootPrefix: page.chapter.rootPrefix)
        var replacements: [Int: String] = [:]
        for block in page.blocks {
            guard let language = Highlighter.Language(info: block.language), language != .scenario else { continue }
            replacements[block.startLine] =
                "<pre><code class=\"language-\(HTML.escape(block.language))\">"
                + highlighter.html(String(block.literal.dropLast(block.literal.hasSuffix("\n") ? 1 : 0)), language)
                + (block.literal.hasSuffix("\n") ? "\n" : "") + "</code></pre>\n"
        }
        for outcome in page.outcomes {
            replacements[outcome.scenario.startLine] = scenarioHTML(outcome, highlighter: highlighter)
            if let recorded = outcome.recorded { replacements[recorded.startLine] = "" }
        }
        let rendered = MarkdownAdapter.renderHTML(
            page.document, replacingFencedBlocksAt: replacements,
            linkRewrite: { rewriteChapterLink($0, from: page.chapter) }, codeSpanOverride: codeSpanLink(highlighter))
        let title = page.document.title ?? page.chapter.title
        var body = rendered.html
        if rendered.outline.count > 1 {
            var outline = "<nav class=\"outline\" aria-label=\"On this page\"><p>On this page</p><ul>\n"
            for entry in rendered.outline {
                outline +=
                    "<li class=\"level-\(entry.level)\"><a href=\"#\(HTML.escape(entry.id))\">"
                    + HTML.escape(entry.text) + "</a></li>\n"
            }
            body = outline + "</ul></nav>\n" + body
        }
        if !page.outcomes.isEmpty { body += Self.provenance }
        return layout(title: title, current: page.chapter, body: body, previous: previous, next: next)
    }

    func layout(title: String, current: Chapter?, body: String, previous: Chapter?, next: Chapter?) -> String {
        let book = verification.book
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) — \(HTML.escape(book.title))</title>
            <link rel="stylesheet" href="mmbook.css">
            </head>
            <body>
            <nav class="sidebar" aria-label="Chapters">
            <p class="book-title"><a href="index.html">\(HTML.escape(book.title))</a></p>
            <ol class="chapters">

            """
        for chapter in book.chapters {
            let isCurrent = chapter == current
            out += "<li class=\"depth-\(chapter.depth)\"><a href=\"\(HTML.escape(chapter.htmlPath))\""
            out += isCurrent ? " aria-current=\"page\">" : ">"
            out += HTML.escape(chapter.title) + "</a></li>\n"
        }
        out += "</ol>\n</nav>\n<main>\n<article>\n" + body + "</article>\n<nav class=\"pager\" aria-label=\"Pages\">\n"
        if let previous {
            out +=
                "<a class=\"prev\" rel=\"prev\" href=\"\(HTML.escape(previous.htmlPath))\">← \(HTML.escape(previous.title))</a>\n"
        }
        if let next {
            out +=
                "<a class=\"next\" rel=\"next\" href=\"\(HTML.escape(next.htmlPath))\">\(HTML.escape(next.title)) →</a>\n"
        }
        out += "</nav>\n</main>\n</body>\n</html>\n"
        return out
    }
}
