extension MarkdownParser {
    /// One source line of a paragraph, with the prefixes of its containers removed.
    private struct ParagraphLine {
        /// The 1-based line number.
        var number: Int
        /// The line's content; for a lazy line, what follows the prefixes it has.
        var bytes: [UInt8]
        /// The 0-based byte offset of `bytes[0]` in the source line.
        var offset: Int
        /// Whether the line lacked a container's prefix (a lazy continuation line).
        var isLazy: Bool

        /// The content without its indentation.
        var unindented: [UInt8] { Array(bytes.drop(while: \.isSpaceOrTab)) }

        /// The line as cmark-gfm reads it as a table header: from its first non-space byte, but
        /// a lazy line keeps its indentation (cmark adds it to the paragraph from the offset).
        var headerText: [UInt8] { isLazy ? bytes : unindented }
    }

    /// Splits a paragraph, or a setext heading, that holds a GFM pipe table into the paragraph
    /// before the table, the table, and the blocks after it; nil when it holds no table.
    ///
    /// cmark-gfm's rules (as of 0.29.0.gfm.6, Debian's): the delimiter row is a non-lazy line
    /// indented less than 4 columns; the header is the line before it and must have as many
    /// cells; rows follow until a line that starts another block; a setext underline is not a
    /// delimiter row.
    func tables(in block: Block, stack: ContainerStack) -> [Block]? {
        let hasDelimiterCandidate = block.range.lines.dropFirst().contains { number in
            source.line(number).contains(UInt8(ascii: "-"))
        }
        guard hasDelimiterCandidate else { return nil }
        var isSetextHeading = false
        if case .heading = block.kind {
            guard block.range.endLine > block.range.startLine else { return nil }
            isSetextHeading = true
        }
        let lines = paragraphLines(block, stack: stack)
        let lastDelimiter = lines.count - (isSetextHeading ? 2 : 1)
        guard lastDelimiter >= 1 else { return nil }
        for index in 1...lastDelimiter where !lines[index].isLazy && LineCursor(lines[index].bytes).indentation < 4 {
            let delimiterRow = lines[index].unindented
            guard PipeTableRow.isDelimiterRow(delimiterRow), let delimiters = PipeTableRow.cells(delimiterRow),
                let header = PipeTableRow.cells(lines[index - 1].headerText), header.count == delimiters.count,
                !areReferenceDefinitions(lines[..<index])
            else { continue }
            return split(
                block, lines: lines, headerIndex: index - 1, header: header,
                alignments: delimiters.map(PipeTableRow.alignment))
        }
        return nil
    }

    /// Whether `lines`, the start of a paragraph, are all link reference definitions: cmark
    /// counts those in the paragraph's range although they are not its content, so they cannot
    /// be a table's header.
    private func areReferenceDefinitions(_ lines: ArraySlice<ParagraphLine>) -> Bool {
        guard lines.first?.bytes.first == UInt8(ascii: "[") else { return false }
        let source = SourceText(lines.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n"))
        return CmarkConverter(source: source).parse(lineLimit: source.lineCount).blocks.isEmpty
    }

    private func paragraphLines(_ block: Block, stack: ContainerStack) -> [ParagraphLine] {
        let range = block.range
        return range.lines.map { number in
            let line = source.line(number)
            if number == range.startLine {
                let offset = min(range.startColumn - 1, line.count)
                return ParagraphLine(number: number, bytes: Array(line[offset...]), offset: offset, isLazy: false)
            }
            let content = stack.content(of: line, lineNumber: number)
            return ParagraphLine(
                number: number, bytes: content.bytes, offset: content.offset, isLazy: !content.isComplete)
        }
    }

    private func split(
        _ block: Block, lines: [ParagraphLine], headerIndex: Int, header: [[UInt8]], alignments: [TableAlignment]
    ) -> [Block] {
        var rows: [[[UInt8]]] = []
        var next = headerIndex + 2
        while next < lines.count, !lines[next].isLazy, !TableEnd.startsBlock(lines[next].bytes),
            let cells = PipeTableRow.cells(lines[next].unindented)
        {
            rows.append(cells)
            next += 1
        }
        let width = header.count
        let cellTexts = ([header] + rows).flatMap { row in
            (0..<width).map { $0 < row.count ? String(decoding: row[$0], as: UTF8.self) : "" }
        }
        let prefix = lines[..<headerIndex].map {
            String(decoding: PipeTableRow.unescaped($0.bytes[...]), as: UTF8.self)
        }
        let parsed = parseInlines(paragraph: prefix.isEmpty ? nil : prefix.joined(separator: "\n"), cells: cellTexts)
        let cells = stride(from: 0, to: parsed.cells.count, by: width).map { start in
            parsed.cells[start..<(start + width)].map(TableCell.init)
        }

        var result: [Block] = []
        if let inlines = parsed.paragraph {
            let last = lines[headerIndex - 1].number
            let range = SourceRange(
                startLine: block.range.startLine, startColumn: block.range.startColumn,
                endLine: last, endColumn: source.length(ofLine: last))
            result.append(Block(.paragraph(inlines), range: range))
        }
        let headerLine = lines[headerIndex]
        let indentation = headerLine.bytes.count - headerLine.unindented.count
        let lastRow = lines[next - 1].number
        let tableRange = SourceRange(
            startLine: headerLine.number, startColumn: headerLine.offset + indentation + 1,
            endLine: lastRow, endColumn: source.length(ofLine: lastRow))
        let table = Table(alignments: alignments, header: cells[0], rows: Array(cells.dropFirst()))
        result.append(Block(.table(table), range: tableRange))
        if next < lines.count {
            let rest = Array(lines[next...])
            let piece = rest.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
            result += parseBlocks(piece).map { block in
                block.remapped { line, column in
                    let original = rest[min(line, rest.count) - 1]
                    return (original.number, column == 0 ? 0 : column + original.offset)
                }
            }
        }
        return result
    }
}
