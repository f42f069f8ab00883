/// One cell of a GFM table: its content parsed as inline Markdown.
public struct TableCell: Sendable, Hashable {
    /// The cell's inline content; empty for a missing or blank cell.
    public var inlines: [Inline]

    /// Creates a cell holding these inlines.
    public init(_ inlines: [Inline]) {
        self.inlines = inlines
    }
}
