extension MarkdownParser {
    /// If `block`, the first block of a list item starting on `itemLine`, is a paragraph that
    /// begins on that line with `[ ]`, `[x]` or `[X]` and a space or tab, returns the task state
    /// and the paragraph without the marker (nil when nothing follows it), which starts where
    /// its text does. `stack` holds the item.
    ///
    /// This follows the GFM spec: cmark-gfm also requires the marker on the item's first line, but
    /// misses items inside block quotes or after another item's marker, and checks any `[x]` on the line.
    func taskMarker(of block: Block, itemLine: Int, stack: ContainerStack) -> (TaskState, Block?)? {
        guard case .paragraph(let inlines) = block.kind, block.range.startLine == itemLine else { return nil }
        let line = Array(source.line(itemLine).dropFirst(block.range.startColumn - 1))
        guard line.count >= 4, line[0] == UInt8(ascii: "["), line[2] == UInt8(ascii: "]"), line[3].isSpaceOrTab
        else { return nil }
        let state: TaskState
        switch line[1] {
        case UInt8(ascii: " "): state = .unchecked
        case UInt8(ascii: "x"), UInt8(ascii: "X"): state = .checked
        default: return nil
        }
        let marker = String(decoding: line[0..<3], as: UTF8.self)
        var rest = inlines
        switch rest.first {
        case .text(let text)? where text.hasPrefix(marker):
            rest[0] = .text(String(text.dropFirst(3)))
        case .link(_, _, let label)? where label == [.text(String(decoding: [line[1]], as: UTF8.self))]:
            rest.removeFirst()
        default:
            return nil
        }
        while let first = rest.first {
            if case .text(let text) = first {
                let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
                guard trimmed.isEmpty else {
                    rest[0] = .text(String(trimmed))
                    break
                }
            } else if first != .softBreak && first != .lineBreak {
                break
            }
            rest.removeFirst()
        }
        guard !rest.isEmpty else { return (state, nil) }
        var range = block.range
        let spaces = line.dropFirst(3).prefix(while: \.isSpaceOrTab).count
        if 3 + spaces < line.count {
            range.startColumn += 3 + spaces
        } else if range.endLine > range.startLine {
            range.startLine += 1
            let content = stack.content(of: source.line(range.startLine), lineNumber: range.startLine)
            range.startColumn = content.offset + content.bytes.prefix(while: \.isSpaceOrTab).count + 1
        }
        return (state, Block(.paragraph(rest), range: range))
    }
}
