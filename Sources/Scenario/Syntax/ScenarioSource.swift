/// The text of one scenario block and where it sits in its file, for located diagnostics.
public struct ScenarioSource: Sendable, Equatable {
    /// The file as the user names it (e.g. `notes/buddy.md`).
    public var file: String
    /// The 1-based line of the file on which `text` starts.
    public var firstLine: Int
    /// The 1-based column of the file at which every line of `text` starts (fenced blocks
    /// indented inside a list start further right).
    public var firstColumn: Int
    /// The statements, one per line.
    public var text: String
    /// The folder that paths in the block (`boot zoneinfo=PATH`) are relative to: the note's.
    public var directory: String

    public init(file: String, firstLine: Int = 1, firstColumn: Int = 1, text: String, directory: String = ".") {
        self.file = file
        self.firstLine = firstLine
        self.firstColumn = firstColumn
        self.text = text
        self.directory = directory
    }

    /// The lines of `text` without their line ends (LF or CRLF).
    public var lines: [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
