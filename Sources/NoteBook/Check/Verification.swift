import Foundation
import Scenario

/// Every page of a book run and compared with its recorded outputs.
struct Verification: Sendable {
    var book: Book
    var pages: [PageRun]

    /// Loads and runs a whole book, up to `threads` pages at once (no two pages share a
    /// machine); the result does not depend on the scheduling. `progress`, when given, hears
    /// of each page as it finishes.
    static func run(
        notes directory: String, cache: ResultCache? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, progress: ProgressLine? = nil
    ) throws(Diagnostic) -> Verification {
        let book = try Book.load(directory: directory)
        progress?.start(total: book.chapters.count)
        return Verification(
            book: book,
            pages: book.chapters.concurrentMap(width: threads) { chapter in
                let page = PageRun.run(chapter, of: book, cache: cache)
                progress?.finished(book.displayPath(chapter.path))
                return page
            })
    }

    /// What a run counts for its summary line.
    var summary: RunSummary {
        var summary = RunSummary(pages: pages.count)
        for page in pages {
            if page.fromCache { summary.cached += page.outcomes.count } else { summary.ran += page.outcomes.count }
        }
        summary.failed = counts.failed
        return summary
    }

    /// How many pages ran their scenarios, and how many came from the cache.
    var cacheCounts: (ran: Int, cached: Int) {
        let cached = pages.filter(\.fromCache).count
        return (pages.count - cached, cached)
    }

    /// The scenario blocks that passed and failed.
    var counts: (passed: Int, failed: Int) {
        let outcomes = pages.flatMap(\.outcomes)
        let passed = outcomes.filter(\.matches).count
        return (passed, outcomes.count - passed)
    }

    /// Whether every block matched and no page had problems.
    var succeeded: Bool { counts.failed == 0 && pages.allSatisfy { $0.diagnostics.isEmpty } }

    /// The report of every problem: diagnostics, then a unified diff per mismatching block
    /// headed by the recorded block's `file:line`.
    var problems: String {
        var out = ""
        for page in pages {
            let file = book.displayPath(page.chapter.path)
            for diagnostic in page.diagnostics { out += diagnostic.description + "\n" }
            for outcome in page.outcomes where !outcome.matches {
                func differs(_ recorded: FencedBlock) {
                    out += "\(file):\(recorded.startLine): error: recorded output differs from the simulation\n"
                    out += UnifiedDiff.make(
                        old: recorded.literal, new: outcome.result.output,
                        oldName: "\(file):\(recorded.startLine) (recorded)", newName: "simulation")
                }
                if !outcome.result.succeeded {
                    for diagnostic in outcome.result.diagnostics { out += diagnostic.description + "\n" }
                    // Failed expectations let the block run to its end: show a stale recording too.
                    let ranToTheEnd = outcome.result.diagnostics.allSatisfy { $0.id == .expectationFailed }
                    if ranToTheEnd, let recorded = outcome.recorded, recorded.literal != outcome.result.output {
                        differs(recorded)
                    }
                    continue
                }
                guard let recorded = outcome.recorded else {
                    out +=
                        "\(file):\(outcome.scenario.endLine): error: scenario has no recorded output block "
                        + "(run 'mmbook bless \(file):\(outcome.scenario.startLine)' to add it)\n"
                    continue
                }
                differs(recorded)
            }
        }
        return out
    }
}
