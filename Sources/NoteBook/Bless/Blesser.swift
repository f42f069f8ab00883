import Foundation
import Scenario

/// Rewrites the recorded outputs of notes with what the simulation prints.
struct Blesser {
    var verification: Verification

    /// A `FILE[:LINE]` target: a note, and optionally the line of one of its scenario or output blocks.
    struct Target {
        var file: String
        var line: Int?
    }

    func bless(targets rawTargets: [String], dryRun: Bool) -> ActionReport {
        let book = verification.book
        let targets = rawTargets.map { raw -> Target in
            if let colon = raw.lastIndex(of: ":"), let line = Int(raw[raw.index(after: colon)...]) {
                return Target(file: String(raw[..<colon]), line: line)
            }
            return Target(file: raw, line: nil)
        }
        var report = ActionReport()
        if !dryRun { removeLeftovers() }
        for target in targets where !verification.pages.contains(where: { matches($0, target) }) {
            report.errors += "error: '\(target.file)' is not a chapter of \(book.displayPath("SUMMARY.md"))\n"
            report.exitCode = 1
        }
        for target in targets {
            guard let line = target.line,
                let page = verification.pages.first(where: { matches($0, target) }),
                !page.outcomes.contains(where: { covers(target, $0) })
            else { continue }
            report.errors += "error: \(target.file):\(line): no scenario block or output block is on this line\n"
            report.exitCode = 1
        }
        if report.exitCode != 0 { return report }
        var rewritten = 0
        for page in verification.pages {
            let file = book.displayPath(page.chapter.path)
            let wanted = targets.filter { matches(page, $0) }
            guard targets.isEmpty || !wanted.isEmpty else { continue }
            var edits: [NoteRewriter.Edit] = []
            var blessed: [(outcome: Int, output: String)] = []
            var refused = false
            for (index, outcome) in page.outcomes.enumerated() where !outcome.matches {
                guard targets.isEmpty || wanted.contains(where: { covers($0, outcome) }) else { continue }
                if let unclosed = [outcome.scenario, outcome.recorded].compactMap({ $0 }).first(where: { !$0.closed }) {
                    report.errors +=
                        refusal(
                            page, line: unclosed.startLine, column: unclosed.startColumn,
                            "this fence is never closed; add its closing fence before blessing"
                        ).description + "\n"
                    report.exitCode = 1
                    refused = true
                    continue
                }
                guard outcome.result.succeeded else {
                    for diagnostic in outcome.result.diagnostics { report.errors += diagnostic.description + "\n" }
                    report.exitCode = 1
                    continue
                }
                if let recorded = outcome.recorded {
                    edits.append(
                        .replaceContent(
                            openLine: recorded.startLine, closeLine: recorded.endLine, content: outcome.result.output))
                } else {
                    edits.append(.insertBlock(afterLine: outcome.scenario.endLine, content: outcome.result.output))
                }
                blessed.append((index, outcome.result.output))
            }
            guard !edits.isEmpty, !refused else { continue }
            let updated = NoteRewriter.apply(edits, to: page.text)
            if let problem = misplaced(blessed, in: updated, page: page) {
                report.errors += problem.description + "\n"
                report.exitCode = 1
                continue
            }
            if dryRun {
                report.output += UnifiedDiff.make(
                    old: page.text, new: updated, oldName: file, newName: file + " (blessed)")
                continue
            }
            let path = (book.directory as NSString).appendingPathComponent(page.chapter.path)
            do {
                try NoteFileWriter.replace(path, with: Array(updated.utf8))
            } catch {
                report.errors +=
                    refusal(page, line: 1, column: 1, "cannot write the blessed note: \(error.reason)").description
                    + "\n"
                report.exitCode = 1
                continue
            }
            rewritten += edits.count
            report.output += "\(file): blessed \(edits.count) block\(edits.count == 1 ? "" : "s")\n"
        }
        if !dryRun && rewritten == 0 && report.exitCode == 0 { report.output += "nothing to bless\n" }
        return report
    }

    /// A located refusal to bless a page.
    func refusal(_ page: PageRun, line: Int, column: Int, _ summary: String) -> Diagnostic {
        Diagnostic(
            file: verification.book.displayPath(page.chapter.path), line: line, column: column, id: .cannotBless,
            summary: summary, sourceLine: Book.lineText(page.text, line))
    }

    /// Parses the blessed text again and returns a refusal unless every blessed scenario is now
    /// followed by an output block that records exactly its output: the guarantee that a
    /// blessed note checks.
    func misplaced(_ blessed: [(outcome: Int, output: String)], in updated: String, page: PageRun) -> Diagnostic? {
        let blocks = MarkdownAdapter.fencedBlocks(MarkdownDocument.parse(updated), text: updated)
        let scenarios = blocks.indices.filter { blocks[$0].language == "scenario" }
        for (index, output) in blessed {
            let scenario = page.outcomes[index].scenario
            guard scenarios.count == page.outcomes.count, scenarios[index] + 1 < blocks.count,
                case let recorded = blocks[scenarios[index] + 1],
                recorded.language == "output", recorded.closed, recorded.literal == output,
                PageRun.onlyBlankLines(updated, from: blocks[scenarios[index]].endLine + 1, to: recorded.startLine - 1)
            else {
                return refusal(
                    page, line: scenario.startLine, column: scenario.startColumn,
                    "bless cannot place this scenario's output so that the note still parses; nothing was written")
            }
        }
        return nil
    }

    /// Removes the temporaries that killed runs of bless left beside the notes.
    func removeLeftovers() {
        let folders = Set(
            verification.pages.compactMap { page in
                FileSystem.realPath(
                    (verification.book.directory as NSString).appendingPathComponent(page.chapter.path)
                ).map { ($0 as NSString).deletingLastPathComponent }
            })
        for folder in folders.sorted() { NoteFileWriter.removeLeftovers(in: folder) }
    }

    func matches(_ page: PageRun, _ target: Target) -> Bool {
        let display = verification.book.displayPath(page.chapter.path)
        return target.file == display || target.file == page.chapter.path
            || (target.file as NSString).standardizingPath == (display as NSString).standardizingPath
    }

    /// Whether a target's line falls on the scenario block or its recorded output.
    func covers(_ target: Target, _ outcome: BlockOutcome) -> Bool {
        guard let line = target.line else { return true }
        let end = outcome.recorded?.endLine ?? outcome.scenario.endLine
        return line >= outcome.scenario.startLine && line <= end
    }
}
