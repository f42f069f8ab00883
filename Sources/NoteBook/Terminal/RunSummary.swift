/// The one-line summary `build`, `check` and `bless` end with: pages, scenario blocks run and
/// taken from the cache, blocks failed, time.
public struct RunSummary: Sendable, Equatable {
    /// Pages of the book.
    public var pages: Int
    /// Scenario blocks that ran.
    public var ran = 0
    /// Scenario blocks whose results came from the cache.
    public var cached = 0
    /// Scenario blocks that failed (did not run cleanly or differ from their recorded output).
    public var failed = 0

    /// A summary of `pages` pages with nothing run yet.
    public init(pages: Int, ran: Int = 0, cached: Int = 0, failed: Int = 0) {
        self.pages = pages
        self.ran = ran
        self.cached = cached
        self.failed = failed
    }

    /// `12 pages, 3 scenarios run, 40 cached, 0 failed, 0.41 s`.
    public func line(seconds: Double) -> String {
        let time = seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
        return "\(pages) page\(pages == 1 ? "" : "s"), \(ran) scenario\(ran == 1 ? "" : "s") run, \(cached) cached, "
            + "\(failed) failed, \(time)"
    }
}
