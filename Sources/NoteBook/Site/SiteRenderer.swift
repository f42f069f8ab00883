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

    init(verification: Verification) {
        self.verification = verification
        chaptersByPath = Dictionary(
            verification.book.chapters.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every file of the site, by relative path.
    func render() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [
            "mmbook.css": Array((SiteStyle.css + DiagramStyle.css).utf8),
            "mmbook.js": Array(SiteScript.javascript.utf8),
            "toc.js": Array(tocScript().utf8),
            "favicon.svg": Array(Self.favicon.utf8),
        ]
        let pages = verification.pages
        let renderer = self
        let htmls = Array(pages.indices).concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) { index in
            renderer.renderPage(
                pages[index], previous: index > 0 ? pages[index - 1].chapter : nil,
                next: index + 1 < pages.count ? pages[index + 1].chapter : nil)
        }
        var search = SearchIndex()
        for (page, html) in zip(pages, htmls) {
            files[page.chapter.htmlPath] = Array(html.utf8)
            search.add(
                page: page.chapter.htmlPath, title: pageTitle(page), description: page.frontMatter.description,
                document: page.document)
        }
        files.merge(search.files()) { _, new in new }
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
        files["print.html"] = Array(printPage().utf8)
        files["404.html"] = Array(
            layout(
                PageChrome(path: "404.html", title: "Page not found"),
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
        let rendered = MarkdownAdapter.renderHTML(
            page.document, replacingFencedBlocksAt: replacements(page),
            linkRewrite: { chapterLink($0, from: page.chapter) })
        return layout(
            PageChrome(
                path: page.chapter.htmlPath, title: pageTitle(page), description: page.frontMatter.description,
                previous: previous, next: next, chapter: page.chapter),
            body: pageBody(rendered.html, outline: rendered.outline))
    }

    /// The HTML of each scenario block of a page by its first line; its output block's is empty.
    func replacements(_ page: PageRun) -> [Int: String] {
        var replacements: [Int: String] = [:]
        for outcome in page.outcomes {
            replacements[outcome.scenario.startLine] = scenarioHTML(outcome)
            if let recorded = outcome.recorded { replacements[recorded.startLine] = "" }
        }
        return replacements
    }

    /// `print.html`: every chapter on one page, heading ids prefixed by the chapter's so that
    /// they stay unique, links between chapters turned into links inside the page.
    func printPage() -> String {
        var body = "<div class=\"page print\">\n<article>\n"
        for page in verification.pages {
            let prefix = printID(page.chapter) + "-"
            let rendered = MarkdownAdapter.renderHTML(
                page.document, replacingFencedBlocksAt: replacements(page), idPrefix: prefix,
                linkRewrite: { url in
                    if url.hasPrefix("#") { return "#" + prefix + url.dropFirst() }
                    guard let (target, fragment) = linkedChapter(url, from: page.chapter) else { return url }
                    return "#" + printID(target) + (fragment.map { "-" + $0 } ?? "")
                })
            body += "<section class=\"print-chapter\" id=\"\(HTML.escape(printID(page.chapter)))\">\n"
            body += rendered.html + "</section>\n"
        }
        body += "</article>\n</div>\n"
        return layout(PageChrome(path: "print.html", title: verification.book.title, sidebar: false), body: body)
    }

    /// The id of a chapter's section on the print page (`c-buddy`).
    func printID(_ chapter: Chapter) -> String {
        var taken = Set<String>()
        return "c-" + Slug.make(String(chapter.path.dropLast(chapter.path.hasSuffix(".md") ? 3 : 0)), taken: &taken)
    }

    /// A scenario block and what it printed, as one figure; a walkthrough as a list of steps.
    func scenarioHTML(_ outcome: BlockOutcome) -> String {
        if outcome.scenario.info.contains("walkthrough") { return walkthroughHTML(outcome) }
        var out = "<figure class=\"scenario\">\n"
        out += "<pre class=\"scenario-source\"><code class=\"language-scenario\">"
        out += HTML.escape(outcome.scenario.literal) + "</code></pre>\n"
        out += outputHTML(outcome.result.output, figures: outcome.result.figures)
        out +=
            "<figcaption>simulated on Linux 6.18's page allocator model (mmbook \(MMBookVersion.string))</figcaption>\n"
        out += "</figure>\n"
        return out
    }

    /// A block's output with the text fallbacks of its diagrams replaced by the diagrams.
    func outputHTML(_ output: String, figures: [Figure]) -> String {
        guard !output.isEmpty else { return "" }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        var out = ""
        var line = 0
        func text(upTo end: Int) {
            guard line < end else { return }
            out +=
                "<pre class=\"scenario-output\"><code>"
                + HTML.escape(lines[line..<end].map { $0 + "\n" }.joined()) + "</code></pre>\n"
            line = end
        }
        for figure in figures.sorted(by: { $0.outputLines.lowerBound < $1.outputLines.lowerBound }) {
            text(upTo: figure.outputLines.lowerBound)
            out += "<div class=\"diagram\">" + figure.svg + "</div>\n"
            line = max(line, figure.outputLines.upperBound)
        }
        text(upTo: lines.count)
        return out
    }

    /// Each statement of a walkthrough: its annotation, code, call path, tracepoints and output.
    func walkthroughHTML(_ outcome: BlockOutcome) -> String {
        var out = "<ol class=\"walkthrough\">\n"
        for step in outcome.result.steps {
            out += "<li class=\"step\">\n"
            if !step.annotation.isEmpty {
                let markdown = MarkdownDocument.parse(step.annotation.joined(separator: "\n"))
                out += "<div class=\"annotation\">" + HTMLRenderer().render(markdown) + "</div>\n"
            }
            out +=
                "<pre class=\"scenario-source\"><code class=\"language-scenario\">" + HTML.escape(step.statement)
                + "</code></pre>\n"
            let forest = CallTree.forest(step.calls)
            if !forest.isEmpty {
                out +=
                    "<details class=\"calls\" open><summary>kernel call path</summary>" + CallTree.html(forest)
                    + "</details>\n"
            }
            if !step.tracepoints.isEmpty {
                out +=
                    "<details class=\"tracepoints\"><summary>\(step.tracepoints.count) tracepoint"
                    + (step.tracepoints.count == 1 ? "" : "s") + "</summary><pre><code>"
                for record in step.tracepoints {
                    out += HTML.escape(record.name + ": " + record.text) + "\n"
                }
                out += "</code></pre></details>\n"
            }
            out += outputHTML(step.output, figures: [])
            if let diagram = step.freeListChanges {
                out +=
                    "<details class=\"buddy-changes\" open><summary>free lists: "
                    + HTML.escape(
                        diagram.changes.count == 1 ? "1 block changed" : "\(diagram.changes.count) blocks changed")
                    + "</summary><div class=\"diagram\">" + diagram.svg() + "</div></details>\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n"
        if !outcome.result.output.isEmpty {
            out +=
                "<details class=\"walkthrough-output\"><summary>the block's whole output</summary>"
                + outputHTML(outcome.result.output, figures: outcome.result.figures) + "</details>\n"
        }
        return out
    }
}
