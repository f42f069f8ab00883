internal import CCmark

/// Parses text with cmark and turns the C tree into `Block` values at once, then frees it.
///
/// cmark 0.30 reports some end positions past the block (a setext heading ends on the following
/// line, a thematic break or an indented code block on the blank line after it, a container on
/// trailing blank lines, an unterminated fence inside a container on the line that closed the
/// container). Ends are recomputed here from the source so that a block's last line is its own.
struct CmarkConverter {
    /// The lines that positions are checked against: the start of `text` at least.
    let source: SourceText
    /// The text handed to cmark.
    let text: String

    /// A converter for `text`, which is `source.text` unless more text follows it.
    init(source: SourceText, text: String? = nil) {
        self.source = source
        self.text = text ?? source.text
    }

    /// Parses `text` and converts the top-level blocks that start on or before `lineLimit`,
    /// which must lie within `source`. Returns the range of `source` and those blocks.
    func parse(lineLimit: Int) -> (range: SourceRange, blocks: [Block]) {
        let document: OpaquePointer? = text.withCString { cmark_parse_document($0, text.utf8.count, CMARK_OPT_DEFAULT) }
        guard let document else { return (SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 0), []) }
        defer { cmark_node_free(document) }
        var blocks: [Block] = []
        var child = cmark_node_first_child(document)
        while let node = child, Int(cmark_node_get_start_line(node)) <= lineLimit {
            blocks.append(block(node, in: ContainerStack()))
            child = cmark_node_next(node)
        }
        let lastLine = max(source.lineCount, 1)
        return (
            SourceRange(startLine: 1, startColumn: 1, endLine: lastLine, endColumn: source.length(ofLine: lastLine)),
            blocks
        )
    }

    private func reportedRange(_ node: OpaquePointer) -> SourceRange {
        SourceRange(
            startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)))
    }

    private func children(_ node: OpaquePointer, in stack: ContainerStack) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(block(current, in: stack))
            child = cmark_node_next(current)
        }
        return result
    }

    private func block(_ node: OpaquePointer, in stack: ContainerStack) -> Block {
        var range = reportedRange(node)
        let kind: Block.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE:
            let content = children(node, in: stack.pushingBlockQuote())
            range = containerRange(range, children: content)
            kind = .blockQuote(content)
        case CMARK_NODE_LIST:
            let items = children(node, in: stack)
            range = containerRange(range, children: items)
            kind = .list(listKind(node), tight: cmark_node_get_list_tight(node) != 0, items: items)
        case CMARK_NODE_ITEM:
            let content = children(node, in: stack.pushingItem(at: range, line: source.line(range.startLine)))
            range = containerRange(range, children: content)
            kind = .item(task: nil, content)
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node))
            let literal = string(cmark_node_get_literal(node))
            let fenced = isFenced(range: range, info: info, literal: literal)
            range = codeBlockRange(range, literal: literal, fenced: fenced, stack: stack)
            kind = .codeBlock(info: info, literal: literal, fenced: fenced)
        case CMARK_NODE_HTML_BLOCK:
            let literal = string(cmark_node_get_literal(node))
            range = endingAfter(range, lines: lineCount(literal) - 1)
            kind = .htmlBlock(literal)
        case CMARK_NODE_CUSTOM_BLOCK:
            kind = .customBlock(
                onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)),
                children(node, in: stack))
        case CMARK_NODE_PARAGRAPH:
            kind = .paragraph(inlines(node))
        case CMARK_NODE_HEADING:
            if range.endLine > range.startLine {
                range = setextHeadingRange(range)
            }
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(node))
        case CMARK_NODE_THEMATIC_BREAK:
            range = endingAfter(range, lines: 0)
            kind = .thematicBreak
        default:
            kind = .document(children(node, in: stack))
        }
        return Block(kind, range: range)
    }

    private func listKind(_ node: OpaquePointer) -> ListKind {
        guard cmark_node_get_list_type(node) == CMARK_ORDERED_LIST else { return .bullet }
        let delimiter: ListDelimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? .parenthesis : .period
        return .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
    }

    /// The inline children of `node`; adjacent text nodes (cmark splits text at `[`, `]`, `!`
    /// and entities) are joined and empty ones dropped, which changes nothing in the HTML.
    private func inlines(_ node: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            switch (self.inline(current), result.last) {
            case (.text(""), _):
                break
            case (.text(let text), .text(let previous)?):
                result[result.count - 1] = .text(previous + text)
            case (let inline, _):
                result.append(inline)
            }
            child = cmark_node_next(current)
        }
        return result
    }

    private func inline(_ node: OpaquePointer) -> Inline {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_SOFTBREAK:
            .softBreak
        case CMARK_NODE_LINEBREAK:
            .lineBreak
        case CMARK_NODE_CODE:
            .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE:
            .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH:
            .emphasis(inlines(node))
        case CMARK_NODE_STRONG:
            .strong(inlines(node))
        case CMARK_NODE_LINK:
            .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(node))
        case CMARK_NODE_IMAGE:
            .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(node))
        case CMARK_NODE_CUSTOM_INLINE:
            .custom(
                onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)),
                inlines(node))
        default:
            .text(string(cmark_node_get_literal(node)))
        }
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// The number of lines of a literal whose lines each end in a newline (the last one may not).
    private func lineCount(_ literal: String) -> Int {
        let newlines = literal.utf8.count(where: { $0 == UInt8(ascii: "\n") })
        return literal.utf8.last == UInt8(ascii: "\n") || literal.isEmpty ? newlines : newlines + 1
    }

    /// `range` ending at the end of the line `lines` lines after its first.
    private func endingAfter(_ range: SourceRange, lines: Int) -> SourceRange {
        var result = range
        result.endLine = range.startLine + max(lines, 0)
        result.endColumn = source.length(ofLine: result.endLine)
        return result
    }

    /// A container ends on its last non-blank line, and not before its last child.
    private func containerRange(_ range: SourceRange, children: [Block]) -> SourceRange {
        var result = range
        while result.endLine > result.startLine && source.isBlank(result.endLine) {
            result.endLine -= 1
            result.endColumn = source.length(ofLine: result.endLine)
        }
        if let last = children.last?.range,
            (last.endLine, last.endColumn) > (result.endLine, result.endColumn)
        {
            result.endLine = last.endLine
            result.endColumn = last.endColumn
        }
        return result
    }

    /// A setext heading ends on its underline: the first later line made only of `=` or of `-`.
    private func setextHeadingRange(_ range: SourceRange) -> SourceRange {
        for number in (range.startLine + 1)...range.endLine {
            let trimmed = source.line(number).drop(while: { $0.isSpaceOrTab || $0 == UInt8(ascii: ">") })
            let underline = trimmed.reversed().drop(while: \.isSpaceOrTab)
            if let first = underline.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-"),
                underline.allSatisfy({ $0 == first })
            {
                return endingAfter(range, lines: number - range.startLine)
            }
        }
        return range
    }

    /// cmark does not say whether a code block was fenced. Indented code has no info string and
    /// its first literal line is the text at its start column; a fenced block starts with its fence.
    private func isFenced(range: SourceRange, info: String, literal: String) -> Bool {
        let start = Array(source.line(range.startLine).dropFirst(range.startColumn - 1))
        guard start.starts(with: Array("```".utf8)) || start.starts(with: Array("~~~".utf8)) else { return false }
        guard info.isEmpty else { return true }
        let firstLine = literal.utf8.prefix(while: { $0 != UInt8(ascii: "\n") })
        return !firstLine.elementsEqual(start)
    }

    /// A code block's last line: an indented block's last code line; a fenced block's closing
    /// fence, or its last code line when it ran to the end of its container unclosed.
    private func codeBlockRange(_ range: SourceRange, literal: String, fenced: Bool, stack: ContainerStack)
        -> SourceRange
    {
        let lines = lineCount(literal)
        guard fenced else { return endingAfter(range, lines: lines - 1) }
        let opening = source.line(range.startLine).dropFirst(range.startColumn - 1)
        guard let fence = opening.first else { return range }
        let fenceLength = opening.prefix(while: { $0 == fence }).count
        let closingLine = range.startLine + lines + 1
        let content = stack.content(of: source.line(closingLine), lineNumber: closingLine)
        if closingLine <= source.lineCount && content.isComplete {
            var cursor = LineCursor(content.bytes)
            let indent = cursor.indentation
            cursor.consumeColumns(indent)
            let rest = cursor.rest
            let run = rest.prefix(while: { $0 == fence }).count
            if indent <= 3 && run >= fenceLength && rest.dropFirst(run).allSatisfy(\.isSpaceOrTab) {
                return endingAfter(range, lines: lines + 1)
            }
        }
        return endingAfter(range, lines: lines)
    }
}
