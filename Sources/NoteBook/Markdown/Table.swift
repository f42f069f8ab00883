/// A GFM pipe table: column alignments, a header row and body rows of equal width.
public struct Table: Sendable, Hashable {
    /// One alignment per column, from the delimiter row.
    public var alignments: [TableAlignment]
    /// The header row, one cell per column.
    public var header: [TableCell]
    /// The body rows, each padded or cut to one cell per column.
    public var rows: [[TableCell]]

    /// Creates a table; every row should have `alignments.count` cells.
    public init(alignments: [TableAlignment], header: [TableCell], rows: [[TableCell]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
