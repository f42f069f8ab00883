/// Where a block sits in its note: first and last line and column, 1-based, columns counted in UTF-8 bytes.
///
/// The end column is inclusive; a block that ends on an empty line reports end column 0, as cmark does.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the block's first character.
    public var startLine: Int
    /// The 1-based UTF-8 byte column of the block's first character.
    public var startColumn: Int
    /// The 1-based line of the block's last character.
    public var endLine: Int
    /// The 1-based UTF-8 byte column of the block's last character (inclusive).
    public var endColumn: Int

    /// Creates a range from its four coordinates.
    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The lines the block covers, first to last.
    public var lines: ClosedRange<Int> { startLine...max(startLine, endLine) }

    /// `startLine:startColumn-endLine:endColumn`, the form of cmark's `data-sourcepos`.
    public var description: String { "\(startLine):\(startColumn)-\(endLine):\(endColumn)" }
}
