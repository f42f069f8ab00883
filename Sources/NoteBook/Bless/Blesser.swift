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
        for target in targets where !verification.pages.contains(where: { matches($0, target) }) {
            report.errors += "error: '\(target.file)' is not a chapter of \(book.displayPath("SUMMARY.md"))\n"
            report.exitCode = 1
        }
        if report.exitCode != 0 { return report }
        var rewritten = 0
        for page in verification.pages {
            let file = book.displayPath(page.chapter.path)
            let wanted = targets.filter { matches(page, $0) }
            guard targets.isEmpty || !wanted.isEmpty else { continue }
            var edits: [NoteRewriter.Edit] = []
            for outcome in page.outcomes where !outcome.matches {
                guard targets.isEmpty || wanted.contains(where: { covers($0, outcome) }) else { continue }
                guard outcome.result.succeeded else {
                    for diagnostic in outcome.result.diagnostics { report.errors += diagnostic.description + "\n" }
                    report.exitCode = 1
                    continue
                }
                if let recorded = outcome.recorded {
                    edits.append(
                        .replaceContent(
                            openLine: recorded.startLine,
                            closeLine: recorded.closed ? recorded.endLine : nil,
                            content: outcome.result.output))
                } else {
                    let indent = String(repeating: " ", count: max(0, outcome.scenario.startColumn - 1))
                    edits.append(
                        .insertBlock(
                            afterLine: outcome.scenario.endLine, indent: indent,
                            content: outcome.result.output))
                }
            }
            guard !edits.isEmpty else { continue }
            let updated = NoteRewriter.apply(edits, to: page.text)
            if dryRun {
                report.output += UnifiedDiff.make(
                    old: page.text, new: updated, oldName: file, newName: file + " (blessed)")
                continue
            }
            let path = (book.directory as NSString).appendingPathComponent(page.chapter.path)
            do {
                try AtomicDirectoryWriter.replaceFile(at: URL(fileURLWithPath: path), with: Array(updated.utf8))
            } catch {
                report.errors += "error: cannot write '\(file)': \(error.localizedDescription)\n"
                report.exitCode = 1
                continue
            }
            rewritten += edits.count
            report.output += "\(file): blessed \(edits.count) block\(edits.count == 1 ? "" : "s")\n"
        }
        if !dryRun && rewritten == 0 && report.exitCode == 0 { report.output += "nothing to bless\n" }
        return report
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
