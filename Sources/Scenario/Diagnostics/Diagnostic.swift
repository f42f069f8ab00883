/// A message about a place in a note or script, printed the way compilers print them.
///
/// `file:line:column: error: summary`, then the source line and a caret under the column.
public struct Diagnostic: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// A stable identifier for tests and tools, like `unknown-statement`.
    public var id: String
    /// One line saying what is wrong.
    public var summary: String
    /// The text of the line, for the caret display.
    public var sourceLine: String?
    /// Further explanations, each printed as a `note:` line.
    public var notes: [String]

    public init(
        severity: Severity = .error, file: String, line: Int, column: Int, id: String, summary: String,
        sourceLine: String? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.id = id
        self.summary = summary
        self.sourceLine = sourceLine
        self.notes = notes
    }

    /// The compiler-style rendering: location, severity, summary, source line with caret, notes.
    public var description: String {
        var out = "\(file):\(line):\(column): \(severity.rawValue): \(summary)"
        if let sourceLine {
            out += "\n" + sourceLine + "\n"
            let prefix = sourceLine.prefix(max(column - 1, 0)).map { $0 == "\t" ? "\t" : " " as Character }
            out += String(prefix) + "^"
        }
        for note in notes { out += "\n\(file):\(line):\(column): note: \(note)" }
        return out
    }
}
