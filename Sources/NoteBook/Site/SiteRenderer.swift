import Diagrams
import Foundation
import Scenario

/// Turns a verified book into the files of its static site: one page per chapter, an index,
/// and the stylesheet. The output is a pure function of the notes and the mmbook version.
struct SiteRenderer {
    var verification: Verification
    /// Pages rendered before, reused when their inputs have not changed (`RenderedPages`).
    var memo: RenderedPages? = nil

    /// Every file of the site, by relative path.
    func render() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = ["mmbook.css": Array((SiteStyle.css + DiagramStyle.css).utf8)]
        let pages = verification.pages
        let renderer = self
        let navigation = memo == nil ? "" : navigationHash
        let htmls = Array(pages.indices).concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) { index in
            renderer.pageBytes(pages, at: index, navigation: navigation)
        }
        for (index, (page, html)) in zip(pages, htmls).enumerated() {
            files[page.chapter.htmlPath] = html
            if index == 0 && page.chapter.htmlPath != "index.html" { files["index.html"] = html }
        }
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
        var replacements: [Int: String] = [:]
        for outcome in page.outcomes {
            replacements[outcome.scenario.startLine] = scenarioHTML(outcome)
            if let recorded = outcome.recorded { replacements[recorded.startLine] = "" }
        }
        let rendered = MarkdownAdapter.renderHTML(page.document, replacingFencedBlocksAt: replacements)
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
        return layout(title: title, current: page.chapter, body: body, previous: previous, next: next)
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
