/// Why a /proc or debugfs text could not be read, and where.
///
/// The fields are those of a compiler diagnostic (and of `Diagnostic` in the Scenario
/// module, which can wrap it): a 1-based line and column, a stable identifier and a summary.
public struct ProcFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of the offending text.
    public var line: Int
    /// 1-based column of the offending token, 1 when the whole line is at fault.
    public var column: Int
    /// A stable identifier for tests and tools, like `expected-field`.
    public var id: String
    /// One line saying what is wrong.
    public var summary: String
    /// The text of the line, when there is one.
    public var sourceLine: String?

    /// Makes an error at `line`, `column`.
    public init(line: Int, column: Int = 1, id: String, summary: String, sourceLine: String? = nil) {
        self.line = line
        self.column = column
        self.id = id
        self.summary = summary
        self.sourceLine = sourceLine
    }

    /// `line:column: error: summary`.
    public var description: String { "\(line):\(column): error: \(summary)" }
}
