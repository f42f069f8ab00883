/// A block of a Markdown document with the place it came from.
///
/// Blocks are plain values: what cmark parsed, plus the GFM tables and task lists mmbook adds.
/// The range is unique within a document, so it also identifies the block (for example to match
/// a scenario block with its output when rendering).
public struct Block: Sendable, Hashable {
    /// What the block is, with its content.
    public var kind: Kind
    /// Where the block is in the source text.
    public var range: SourceRange

    /// Creates a block of this kind at this place.
    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The blocks directly inside this one (empty for leaf blocks).
    public var children: [Block] {
        switch kind {
        case .document(let children), .blockQuote(let children), .list(_, _, let children),
            .item(_, let children), .customBlock(_, _, let children):
            children
        case .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak, .table:
            []
        }
    }

    /// This block and every block inside it, in document order.
    public var allBlocks: [Block] {
        var result: [Block] = []
        collect(into: &result)
        return result
    }

    private func collect(into result: inout [Block]) {
        result.append(self)
        for child in children {
            child.collect(into: &result)
        }
    }

    /// The text a reader sees in the block: inline text, code literals, table cells; lines joined by newlines.
    public var plainText: String {
        switch kind {
        case .paragraph(let inlines), .heading(_, let inlines):
            inlines.plainText
        case .codeBlock(_, let literal, _):
            literal
        case .htmlBlock, .thematicBreak:
            ""
        case .table(let table):
            ([table.header] + table.rows)
                .map { row in row.map(\.inlines.plainText).joined(separator: " ") }
                .joined(separator: "\n")
        case .document, .blockQuote, .list, .item, .customBlock:
            children.map(\.plainText).joined(separator: "\n")
        }
    }
}
