/// Builds `Block` trees: cmark's CommonMark parse, then the GFM tables and task list items that
/// cmark does not know, found in the source lines of cmark's paragraphs and list items.
///
/// Pieces that must be parsed again (table cells, the paragraph text before a table, the lines
/// after it) go through cmark once more, followed by the whole note, so that the note's link
/// reference definitions apply to them as they would have in one pass.
struct MarkdownParser {
    /// Ends a re-parsed piece: nothing in a piece can continue past a blank line and a thematic break.
    private static let separator = "\n\n***\n\n"

    /// The text being parsed; for a re-parsed piece, the piece followed by the note.
    let source: SourceText
    /// Top-level blocks starting after this line belong to the appended note, not to the piece.
    let lineLimit: Int
    /// The note's text, appended to every re-parsed piece for its link reference definitions.
    let references: String

    /// A parser for a whole note.
    init(source: SourceText) {
        self.source = source
        self.lineLimit = Int.max
        self.references = source.text
    }

    private init(piece: String, references: String) {
        self.source = SourceText(piece + Self.separator + references)
        self.lineLimit = SourceText(piece).lineCount
        self.references = references
    }

    /// The whole note as a document block.
    func parseDocument() -> Block {
        let (range, blocks) = CmarkConverter(source: source).parse(lineLimit: lineLimit)
        return Block(.document(extend(blocks, in: ContainerStack())), range: range)
    }

    /// The blocks of `piece`, a run of lines from this note, with ranges relative to the piece.
    func parseBlocks(_ piece: String) -> [Block] {
        let parser = MarkdownParser(piece: piece, references: references)
        let blocks = CmarkConverter(source: parser.source).parse(lineLimit: parser.lineLimit).blocks
        return parser.extend(blocks, in: ContainerStack())
    }

    /// The inline content of a paragraph's text and of table cells, parsed in one cmark run.
    ///
    /// A cell is parsed as an ATX heading's content (`# cell #`), which is inline-only and one
    /// line, so a cell starting with `-` or `1.` does not become a list. The paragraph comes back
    /// nil when it held only link reference definitions.
    func parseInlines(paragraph: String?, cells: [String]) -> (paragraph: [Inline]?, cells: [[Inline]]) {
        var text = ""
        var pieces: [(line: Int, cell: Int?)] = []
        var line = 1
        func add(_ piece: String, cell: Int?) {
            pieces.append((line, cell))
            text += piece + Self.separator
            line += SourceText(piece).lineCount + 3
        }
        if let paragraph {
            add(paragraph, cell: nil)
        }
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            add("# " + cell + " #", cell: index)
        }
        var paragraphInlines: [Inline]?
        var cellInlines = Array(repeating: [Inline](), count: cells.count)
        guard !pieces.isEmpty else { return (nil, cellInlines) }
        let parser = MarkdownParser(piece: String(text.dropLast(Self.separator.count)), references: references)
        for block in CmarkConverter(source: parser.source).parse(lineLimit: parser.lineLimit).blocks {
            guard let piece = pieces.last(where: { $0.line <= block.range.startLine }) else { continue }
            switch (block.kind, piece.cell) {
            case (.heading(_, let inlines), let cell?):
                cellInlines[cell] = inlines
            case (.paragraph(let inlines), nil):
                paragraphInlines = inlines
            default:
                break
            }
        }
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
        if let first = children.first, let (task, paragraph) = taskMarker(of: first, itemLine: item.range.startLine) {
            let rest = extend(Array(children.dropFirst()), in: inner)
            return Block(.item(task: task, (paragraph.map { [$0] } ?? []) + rest), range: item.range)
        }
        return Block(.item(task: nil, extend(children, in: inner)), range: item.range)
    }
}
