import Foundation

/// Shows how far a run is on a terminal: `[ 12/200] notes/buddy.md` on one line of standard
/// error, rewritten as pages finish (from any thread) and erased at the end. Silent when
/// standard error is not a terminal, so logs get only diagnostics and the summary.
public final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var shown = false
    private let write: @Sendable (String) -> Void

    /// A progress line written through `write` (standard error by default).
    public init(write: @escaping @Sendable (String) -> Void = Terminal.writeError) { self.write = write }

    /// A progress line when standard error is a terminal, else nil.
    public static func forTerminal() -> ProgressLine? { Terminal.standardErrorIsTerminal ? ProgressLine() : nil }

    /// Starts counting `total` pages.
    func start(total: Int) {
        lock.withLock {
            self.total = total
            done = 0
        }
    }

    /// One more page is done; `page` is its path.
    func finished(_ page: String) {
        lock.withLock {
            done += 1
            let width = String(total).count
            let count = String(repeating: " ", count: max(0, width - String(done).count)) + String(done)
            write("\r\u{1B}[K[\(count)/\(total)] \(page)")
            shown = true
        }
    }

    /// Erases the progress line, if one is shown.
    public func clear() {
        lock.withLock {
            if shown { write("\r\u{1B}[K") }
            shown = false
        }
    }
}
