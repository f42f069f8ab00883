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
    /// The folder every file the block reads must be inside (the notes folder), or nil to let
    /// it read files anywhere (`mmbook run --allow-outside-files`).
    public var fileRoot: String?

    /// A block whose files must be inside `fileRoot`, which defaults to `directory`.
    public init(
        file: String, firstLine: Int = 1, firstColumn: Int = 1, text: String, directory: String = ".",
        fileRoot: String?? = .none
    ) {
        self.file = file
        self.firstLine = firstLine
        self.firstColumn = firstColumn
        self.text = text
        self.directory = directory
        self.fileRoot = fileRoot ?? directory
    }

    /// The lines of `text` without their line ends (LF, CRLF or a lone CR) and without a
    /// leading byte order mark. Split on Unicode scalars: a `Character` holds "\r\n" whole,
    /// so splitting the `String` on "\n" would keep a CRLF script as one line.
    public var lines: [String] {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var lines: [String] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(scalars[start..<index]))
                let next = scalars.index(after: index)
                index =
                    scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n"
                    ? scalars.index(after: next) : next
                start = index
            } else {
                index = scalars.index(after: index)
            }
        }
        if start < scalars.endIndex { lines.append(String(scalars[start...])) }
        return lines
    }
}
