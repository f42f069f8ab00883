import Scenario

/// What a command printed and how it ended.
public struct ActionReport: Error, Sendable, Equatable {
    /// Standard output.
    public var output: String
    /// Standard error: diagnostics as the console writer renders them, and diffs.
    public var errors: String
    /// Every diagnostic the command reported, as values (for `--format json`, sorting, counting).
    public var diagnostics: [Diagnostic]
    /// The process exit status.
    public var exitCode: Int32
    /// What the run of the book counted, when the command ran one (`build`, `check`, `bless`).
    public var summary: RunSummary?

    /// A report; `diagnostics` are the values behind the diagnostics rendered in `errors`.
    public init(
        output: String = "", errors: String = "", diagnostics: [Diagnostic] = [], exitCode: Int32 = 0,
        summary: RunSummary? = nil
    ) {
        self.output = output
        self.errors = errors
        self.diagnostics = diagnostics
        self.exitCode = exitCode
        self.summary = summary
    }
}
