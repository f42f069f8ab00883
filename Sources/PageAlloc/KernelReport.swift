/// One message the kernel would print to its log, as lines of text without the `[ time]`
/// prefix.
///
/// Models: a `printk()` message (a `pr_warn()` line with its `pr_cont()` continuations, or a
/// multi-line report such as the OOM killer's) as `dmesg` shows it.
public struct KernelReport: Sendable, Equatable {
    /// The message's lines, first to last.
    public var lines: [String]

    /// A message of the given lines.
    public init(lines: [String]) { self.lines = lines }
}
