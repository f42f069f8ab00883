/// One message the kernel would print to its log, as lines of text without the `[ time]`
/// prefix: a warning such as `warn_alloc()`'s, the OOM killer's report, or a bug report.
///
/// Models: a `printk()` message as `dmesg` shows it. A bug report is the console output of
/// `bad_page()` (mm/page_alloc.c): `BUG: Bad page state in process <comm>  pfn:<pfn>`, the
/// `dump_page()` lines and `page dumped because: <reason>`; the `Modules linked in:` line and
/// the stack dump that follow in the kernel log are not reproduced.
public struct KernelReport: Sendable, Equatable {
    /// For a bug report, the pfn of the page it is about.
    public var pfn: Int?
    /// For a bug report, the reason the kernel gave (`page dumped because:`).
    public var reason: String?
    /// Whether the report is the model's own: the kernel would print nothing at this point and
    /// corrupt its free lists (a block freed over pages that are already free, a check compiled
    /// out without CONFIG_DEBUG_VM); the model refuses the operation and says so in one line
    /// starting `mmbook:`, never in the kernel's format.
    public var modelOnly: Bool
    /// The printed lines, without line terminators.
    public var lines: [String]

    /// A log message of the given lines.
    public init(lines: [String]) {
        self.pfn = nil
        self.reason = nil
        self.modelOnly = false
        self.lines = lines
    }

    /// A bug report about `pfn` with the given reason and printed lines.
    public init(pfn: Int, reason: String, modelOnly: Bool = false, lines: [String]) {
        self.pfn = pfn
        self.reason = reason
        self.modelOnly = modelOnly
        self.lines = lines
    }

    /// Whether this reports a kernel bug (a bad page) rather than a warning or information.
    public var isBug: Bool { reason != nil }

    /// The report as the console shows it, one line per line, each ending in a newline.
    public var text: String { lines.map { $0 + "\n" }.joined() }
}
