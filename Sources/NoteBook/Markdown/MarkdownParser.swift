/// Builds `Block` trees: cmark's CommonMark parse, then the GFM tables and task list items that
/// cmark does not know, found in the source lines of cmark's paragraphs and list items.
///
/// Pieces that must be parsed again (table cells, the paragraph text before a table, the lines
/// after it) go through cmark once more, followed by the whole note, so that the note's link
/// reference definitions apply to them as they would have in one pass.
struct MarkdownParser {
    /// The lines being parsed: the note, or a re-parsed piece of it.
    let source: SourceText
    /// The text handed to cmark: the note, or the piece followed by the note.
    private let text: String
    /// The note's text, appended to every re-parsed piece for its link reference definitions.
    let references: String
    /// The note's cells and paragraph texts to parse again.
    let pieces: InlinePieces

    /// A parser for a whole note.
    init(source: SourceText) {
        self.source = source
        self.text = source.text
        self.references = source.text
        self.pieces = InlinePieces()
    }

    private init(piece: String, references: String, pieces: InlinePieces) {
        self.source = SourceText(piece)
        self.text = piece + InlinePieces.separator + references
        self.references = references
        self.pieces = pieces
    }

    /// The whole note as a document block: a pass that asks for the pieces to re-parse, and,
    /// if it asked for any, a second one that uses them.
    func parseDocument() -> Block {
        let (range, blocks) = CmarkConverter(source: source).parse(lineLimit: Int.max)
        let extended = extend(blocks, in: ContainerStack())
        guard pieces.hasUnparsedRequests else { return Block(.document(extended), range: range) }
        pieces.parse(references: references)
        return Block(.document(extend(blocks, in: ContainerStack())), range: range)
    }

    /// The blocks of `piece`, a run of lines from this note, with ranges relative to the piece.
    func parseBlocks(_ piece: String) -> [Block] {
        let parser = MarkdownParser(piece: piece, references: references, pieces: pieces)
        let blocks = CmarkConverter(source: parser.source, text: parser.text).parse(lineLimit: parser.source.lineCount)
        return parser.extend(blocks.blocks, in: ContainerStack())
    }

    /// The inline content of a paragraph's text and of table cells (see `InlinePieces`).
    ///
    /// A cell is parsed as an ATX heading's content (`# cell #`), which is inline-only and one
    /// line, so a cell starting with `-` or `1.` does not become a list. The paragraph comes back
    /// nil when it held only link reference definitions.
    func parseInlines(paragraph: String?, cells: [String]) -> (paragraph: [Inline]?, cells: [[Inline]]) {
        let paragraphInlines = paragraph.flatMap { pieces.inlines(of: $0) }
        let cellInlines = cells.map { cell in cell.isEmpty ? [] : pieces.inlines(of: "# " + cell + " #") ?? [] }
        return (paragraphInlines, cellInlines)
    }

    /// Adds GFM tables and task list items to `blocks`, which sit inside `stack`.
    func extend(_ blocks: [Block], in stack: ContainerStack) -> [Block] {
        blocks.flatMap { block -> [Block] in
            switch block.kind {
            case .blockQuote(let children):
                [Block(.blockQuote(extend(children, in: stack.pushingBlockQuote())), range: block.range)]
            case .list(let kind, let tight, let items):
                [Block(.list(kind, tight: tight, items: items.map { extendItem($0, in: stack) }), range: block.range)]
            case .paragraph, .heading:
                tables(in: block, stack: stack) ?? [block]
            default:
                [block]
            }
        }
    }

    private func extendItem(_ item: Block, in stack: ContainerStack) -> Block {
        guard case .item(_, let children) = item.kind else { return item }
        let inner = stack.pushingItem(at: item.range, line: source.line(item.range.startLine))
        if let first = children.first,
            let (task, paragraph) = taskMarker(of: first, itemLine: item.range.startLine, stack: inner)
        {
            let head = paragraph.map { tables(in: $0, stack: inner) ?? [$0] } ?? []
            return Block(.item(task: task, head + extend(Array(children.dropFirst()), in: inner)), range: item.range)
        }
        return Block(.item(task: nil, extend(children, in: inner)), range: item.range)
    }
}
