import Diagrams
import Foundation
import Scenario

/// Scenario blocks on the site: labelled parts (scenario / output / diagram), each statement's
/// output right under the statement that printed it, highlighted text, and the block's hash
/// on hover.
extension SiteRenderer {
    /// The note every page with scenarios carries once, at its end.
    static let provenance =
        "<p class=\"provenance\">Outputs and diagrams on this page were computed when the site was built, "
        + "by mmbook \(MMBookVersion.string) simulating its model of the Linux 6.18 page allocator. "
        + "Hover over a block for its scenario hash.</p>\n"

    /// A labelled part of a scenario figure.
    func part(_ label: String, _ html: String) -> String {
        "<div class=\"part part-\(label)\"><span class=\"part-label\" aria-hidden=\"true\">\(label)</span>\n" + html
            + "</div>\n"
    }

    /// Highlighted scenario source in its `<pre>`.
    func sourceHTML(_ text: String, highlighter: Highlighter) -> String {
        "<pre class=\"scenario-source\"><code class=\"language-scenario\">"
            + highlighter.html(text, .scenario) + "</code></pre>\n"
    }

    /// A scenario block and what it printed, as one figure: the source cut after each statement
    /// that printed something, with that output right under it; a walkthrough as a list of steps,
    /// whose annotations' links go through `linkRewrite` as the page's prose links do.
    func scenarioHTML(
        _ outcome: BlockOutcome, highlighter: Highlighter = Highlighter(),
        linkRewrite: @escaping (String) -> String = { $0 }
    ) -> String {
        if outcome.scenario.info.contains("walkthrough") {
            return walkthroughHTML(outcome, highlighter: highlighter, linkRewrite: linkRewrite)
        }
        let hash = SHA256.hex(outcome.scenario.literal)
        var out =
            "<figure class=\"scenario\" id=\"scenario-\(outcome.scenario.startLine)\" title=\"scenario \(hash.prefix(16))\" data-scenario-hash=\"\(hash)\">\n"
        let source = outcome.scenario.literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { String($0) }
        let result = outcome.result
        var sourceLine = 0
        var outputLine = 0
        let firstLine = outcome.scenario.startLine + 1
        let totalOutput = result.output.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        for printed in result.statementOutputs where printed.outputLines.lowerBound >= outputLine {
            let end = min(source.count, max(sourceLine, printed.line - firstLine + 1))
            if end > sourceLine {
                out += part(
                    "scenario",
                    sourceHTML(source[sourceLine..<end].map { $0 + "\n" }.joined(), highlighter: highlighter))
                sourceLine = end
            }
            out += outputHTML(
                result.output, figures: result.figures, lines: printed.outputLines, highlighter: highlighter)
            outputLine = printed.outputLines.upperBound
        }
        if sourceLine < source.count {
            out += part(
                "scenario", sourceHTML(source[sourceLine...].map { $0 + "\n" }.joined(), highlighter: highlighter))
        }
        if outputLine < totalOutput {
            out += outputHTML(
                result.output, figures: result.figures, lines: outputLine..<totalOutput, highlighter: highlighter)
        }
        out += "</figure>\n"
        return out
    }

    /// The output lines `lines` of a block, as labelled parts: text, with the text fallbacks of
    /// its diagrams replaced by the diagrams.
    func outputHTML(
        _ output: String, figures: [Figure], lines range: Range<Int>? = nil, highlighter: Highlighter = Highlighter()
    ) -> String {
        guard !output.isEmpty else { return "" }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let range = range ?? 0..<lines.count
        var out = ""
        var line = range.lowerBound
        func text(upTo end: Int) {
            guard line < end else { return }
            out += part("output", textHTML(lines[line..<end], highlighter: highlighter))
            line = end
        }
        for figure in figures.sorted(by: { $0.outputLines.lowerBound < $1.outputLines.lowerBound })
        where range.contains(figure.outputLines.lowerBound) {
            text(upTo: figure.outputLines.lowerBound)
            out += part("diagram", "<div class=\"diagram\">" + figure.svg + "</div>\n")
            line = max(line, figure.outputLines.upperBound)
        }
        text(upTo: range.upperBound)
        return out
    }

    /// Output text, highlighted, with an order header row over `buddyinfo` lines (shown on the
    /// site only: it is not part of the output the notes record and check).
    func textHTML(_ lines: ArraySlice<Substring>, highlighter: Highlighter) -> String {
        var out = "<pre class=\"scenario-output\"><code>"
        var previousWasBuddyinfo = false
        for line in lines {
            let columns = Self.buddyinfoColumns(line)
            if let columns, !previousWasBuddyinfo {
                out +=
                    "<span class=\"view-header\" aria-hidden=\"true\">" + HTML.escape(Self.buddyinfoHeader(columns))
                    + "\n</span>"
            }
            previousWasBuddyinfo = columns != nil
            out += highlighter.html(String(line), .output) + "\n"
        }
        return out + "</code></pre>\n"
    }

    /// The number of order columns of a `/proc/buddyinfo` line (`Node 0, zone   Normal` then
    /// one `%6lu ` count per order), or nil for another line.
    static func buddyinfoColumns(_ line: Substring) -> Int? {
        guard line.hasPrefix("Node "), line.count > 22, line.dropFirst(5).first?.isNumber == true,
            line.contains(", zone ")
        else { return nil }
        let counts = line.dropFirst(22).split(separator: " ")
        guard !counts.isEmpty, counts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        return counts.count
    }

    /// The header row over `buddyinfo` lines: `order` under the zone name, then each order
    /// right-aligned over its `%6lu ` column.
    static func buddyinfoHeader(_ columns: Int) -> String {
        "order".padding(toLength: 22, withPad: " ", startingAt: 0)
            + (0..<columns).map { String(repeating: " ", count: max(0, 6 - String($0).count)) + "\($0) " }.joined()
    }

    /// Each statement of a walkthrough: its annotation (Markdown, its links rewritten by
    /// `linkRewrite`), code, call path, tracepoints and output, with the labels and styles of a
    /// scenario figure.
    func walkthroughHTML(
        _ outcome: BlockOutcome, highlighter: Highlighter = Highlighter(),
        linkRewrite: @escaping (String) -> String = { $0 }
    ) -> String {
        let hash = SHA256.hex(outcome.scenario.literal)
        var out =
            "<ol class=\"walkthrough\" id=\"scenario-\(outcome.scenario.startLine)\" title=\"scenario \(hash.prefix(16))\" data-scenario-hash=\"\(hash)\">\n"
        for step in outcome.result.steps {
            out += "<li class=\"step\">\n"
            if !step.annotation.isEmpty {
                let markdown = MarkdownDocument.parse(step.annotation.joined(separator: "\n"))
                var renderer = HTMLRenderer(linkRewrite: linkRewrite, codeSpanOverride: codeSpanLink(highlighter))
                renderer.safe = safe
                out += "<div class=\"annotation\">" + renderer.render(markdown) + "</div>\n"
            }
            out += "<div class=\"scenario\">\n" + part("scenario", sourceHTML(step.statement, highlighter: highlighter))
            let forest = CallTree.forest(step.calls)
            if !forest.isEmpty {
                out +=
                    "<details class=\"calls\" open><summary>kernel call path</summary>"
                    + CallTree.html(forest, highlighter: highlighter) + "</details>\n"
            }
            if !step.tracepoints.isEmpty {
                out +=
                    "<details class=\"tracepoints\"><summary>\(step.tracepoints.count) tracepoint"
                    + (step.tracepoints.count == 1 ? "" : "s") + "</summary><pre class=\"scenario-output\"><code>"
                for record in step.tracepoints {
                    out +=
                        highlighter.name(record.name, class: "hl-event")
                        + highlighter.words(": " + record.text, fields: true) + "\n"
                }
                out += "</code></pre></details>\n"
            }
            out += outputHTML(step.output, figures: [], highlighter: highlighter)
            if let diagram = step.freeListChanges {
                out +=
                    "<details class=\"buddy-changes\" open><summary>free lists: "
                    + HTML.escape(
                        diagram.changes.count == 1 ? "1 block changed" : "\(diagram.changes.count) blocks changed")
                    + "</summary>" + part("diagram", "<div class=\"diagram\">" + diagram.svg() + "</div>\n")
                    + "</details>\n"
            }
            out += "</div>\n</li>\n"
        }
        out += "</ol>\n"
        if !outcome.result.output.isEmpty {
            out +=
                "<details class=\"walkthrough-output\"><summary>the block's whole output</summary><div class=\"scenario\">"
                + outputHTML(outcome.result.output, figures: outcome.result.figures, highlighter: highlighter)
                + "</div></details>\n"
        }
        return out
    }

    /// Links an inline code span that is exactly a covered kernel name (`__rmqueue_smallest`,
    /// `__rmqueue_smallest()`, `struct zone`, `GFP_KERNEL`) to its `symbols.html` entry.
    func codeSpanLink(_ highlighter: Highlighter) -> (String) -> String? {
        { code in
            var name = Substring(code)
            var tagged = false
            for prefix in ["struct ", "enum ", "union "] where name.hasPrefix(prefix) {
                name = name.dropFirst(prefix.count)
                tagged = true
            }
            if name.hasSuffix("()") { name = name.dropLast(2) }
            let found = tagged ? highlighter.symbols[String(name)] : highlighter.symbols.linkable(String(name))
            guard let entry = found, !name.contains("*") else { return nil }
            return "<a class=\"sym\" href=\"\(highlighter.rootPrefix)symbols.html#\(HTML.escape(entry.anchor))\"><code>"
                + HTML.escape(code) + "</code></a>"
        }
    }
}
