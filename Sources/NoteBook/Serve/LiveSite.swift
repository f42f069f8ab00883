import Foundation
import Scenario

/// The site `serve` shows, kept in memory and rebuilt incrementally: a page whose note, and
/// whose files read by its scenarios, are unchanged keeps its results without even a cache
/// look-up, and a page whose inputs and navigation are unchanged keeps its HTML. The bytes of
/// every file equal what `build` writes. Links are checked as `build` checks them, but only
/// those of changed pages and those into changed files (`IncrementalLinkCheck`).
///
/// Used by one task at a time (the watcher); `serve` publishes its `files` to the handlers.
final class LiveSite {
    /// The notes folder.
    let notes: String
    private let cache: ResultCache
    private let memo = RenderedPages()
    private let linkCheck = IncrementalLinkCheck()
    /// The last run of each page, by its path in the notes folder.
    private var runs: [String: PageRun] = [:]
    /// The files of the last build that succeeded, by site path; empty before the first.
    private(set) var files: [String: [UInt8]] = [:]
    /// The located problems of the last build, nil when it succeeded.
    private(set) var failure: String?
    /// Every file a scenario of the last build read.
    private(set) var dependencies: Set<String> = []

    /// What one rebuild did.
    struct Outcome: Sendable {
        /// The run's counts: scenario blocks run again, kept or cached, failed.
        var summary: RunSummary
        /// Pages whose scenarios had to be looked up or run again.
        var pagesRerun: Int
        /// Pages rendered again (the others kept their HTML).
        var pagesRendered: Int
        /// The site paths whose bytes changed (empty when the build failed).
        var changed: [String]
        /// The located problems, nil when the build succeeded.
        var failure: String?
    }

    /// A live site of `notes`, using the exact result cache beside it.
    init(notes: String, cache: ResultCache? = nil) {
        self.notes = notes
        self.cache = cache ?? ResultCache.forNotes(notes)
    }

    /// Reads the notes again and rebuilds what changed. On failure the last good `files` stay.
    func rebuild() -> Outcome {
        let book: Book
        do {
            book = try Book.load(directory: notes)
        } catch {
            failure = error.description + "\n"
            return Outcome(
                summary: RunSummary(pages: 0, failed: 0), pagesRerun: 0, pagesRendered: 0, changed: [],
                failure: failure)
        }
        let previous = runs
        let cache = self.cache
        let pages = book.chapters.concurrentMap(width: ProcessInfo.processInfo.activeProcessorCount) {
            chapter -> (PageRun, Bool) in
            if var kept = previous[chapter.path], kept.text == book.text(of: chapter), Self.unchanged(kept) {
                kept.chapter = chapter
                return (kept, false)
            }
            return (PageRun.run(chapter, of: book, cache: cache), true)
        }
        runs = Dictionary(pages.map { ($0.0.chapter.path, $0.0) }, uniquingKeysWith: { first, _ in first })
        dependencies = Set(pages.flatMap { $0.0.outcomes.flatMap(\.result.dependencies).map(\.path) })
        let verification = Verification(book: book, pages: pages.map(\.0))
        let rerun = pages.filter(\.1).count
        var summary = verification.summary
        summary.ran = pages.filter { $0.1 && !$0.0.fromCache }.reduce(0) { $0 + $1.0.outcomes.count }
        summary.cached = pages.reduce(0) { $0 + $1.0.outcomes.count } - summary.ran
        guard verification.succeeded else {
            let (passed, failed) = verification.counts
            failure = verification.problems + "\(passed) passed, \(failed) failed\n"
            return Outcome(
                summary: summary, pagesRerun: rerun, pagesRendered: 0, changed: [], failure: failure)
        }
        memo.startRound()
        let rendered = SiteRenderer(verification: verification, memo: memo).render()
        // As `build` refuses a site with a broken link, so does serve: it keeps the last good one.
        let broken = linkCheck.check(rendered)
        guard broken.isEmpty else {
            failure =
                LinkChecker.diagnostics(broken, pages: verification.pages, book: book).map { $0.description + "\n" }
                .joined()
            return Outcome(
                summary: summary, pagesRerun: rerun, pagesRendered: memo.rendered, changed: [], failure: failure)
        }
        let changed = Set(rendered.keys).union(files.keys).filter { rendered[$0] != files[$0] }.sorted()
        files = rendered
        failure = nil
        return Outcome(
            summary: summary, pagesRerun: rerun, pagesRendered: memo.rendered, changed: changed,
            failure: nil)
    }

    /// Whether every file the page's scenarios read still has the contents they read.
    private static func unchanged(_ page: PageRun) -> Bool {
        page.outcomes.flatMap(\.result.dependencies).allSatisfy { dependency in
            (FileManager.default.contents(atPath: dependency.path).map { SHA256.hex($0) } ?? "")
                == dependency.contentHash
        }
    }
}
