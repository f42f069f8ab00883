/// The inline content of table cells and of paragraph text before tables, re-parsed by cmark
/// for one note: requested during a first pass over the tree, then parsed together in one cmark
/// run followed by the note (for its link reference definitions), then handed out in a second pass.
final class InlinePieces {
    /// Ends a piece: nothing in a piece can continue past a blank line and a thematic break.
    static let separator = "\n\n***\n\n"

    private var requested: [String] = []
    private var known: Set<String> = []
    private var parsed: [String: [Inline]]?

    /// Whether pieces were asked for that are not parsed yet.
    var hasUnparsedRequests: Bool { parsed == nil && !requested.isEmpty }

    /// The inlines of `piece` (a paragraph's text, or `# cell #` for a cell) once parsed: nil
    /// for a paragraph made only of link reference definitions. Before that it records the
    /// request and returns an empty placeholder.
    func inlines(of piece: String) -> [Inline]? {
        if let parsed {
            return parsed[piece]
        }
        if known.insert(piece).inserted {
            requested.append(piece)
        }
        return []
    }

    /// Parses every requested piece, with `references` (the note) after them.
    func parse(references: String) {
        var startLines: [Int] = []
        var line = 1
        for piece in requested {
            startLines.append(line)
            line += SourceText(piece).lineCount + 3
        }
        let pieces = requested.joined(separator: Self.separator)
        let source = SourceText(pieces)
        let converter = CmarkConverter(source: source, text: pieces + Self.separator + references)
        var parsed: [String: [Inline]] = [:]
        for block in converter.parse(lineLimit: source.lineCount).blocks {
            guard let index = startLines.lastIndex(where: { $0 <= block.range.startLine }) else { continue }
            switch block.kind {
            case .heading(_, let inlines), .paragraph(let inlines):
                parsed[requested[index]] = inlines
            default:
                break
            }
        }
        self.parsed = parsed
    }
}
