/// A kernel bug report the simulated kernel printed, line by line.
///
/// Models: the console output of `bad_page()` (mm/page_alloc.c): `BUG: Bad page state in
/// process <comm>  pfn:<pfn>`, the `dump_page()` lines and `page dumped because: <reason>`.
/// The `Modules linked in:` line and the stack dump that follow in the kernel log are not
/// reproduced.
public struct KernelReport: Sendable, Equatable {
    /// The pfn of the page the report is about.
    public var pfn: Int
    /// The reason the kernel gave (`page dumped because:`).
    public var reason: String
    /// Whether the report is the model's own: the kernel would print nothing at this point and
    /// corrupt its free lists (a block freed over pages that are already free); the model
    /// refuses the free and reports it in the kernel's format instead.
    public var modelOnly: Bool
    /// The printed lines, without line terminators.
    public var lines: [String]

    /// A report about `pfn` with the given reason and printed lines.
    public init(pfn: Int, reason: String, modelOnly: Bool = false, lines: [String]) {
        self.pfn = pfn
        self.reason = reason
        self.modelOnly = modelOnly
        self.lines = lines
    }

    /// The report as the console shows it, one line per line, each ending in a newline.
    public var text: String { lines.map { $0 + "\n" }.joined() }
}
