/// The block quotes and list items around a block, outermost first, able to strip their markers
/// and indentation from a source line the way cmark matches continuation lines.
struct ContainerStack {
    /// One container's requirement on each line of its content.
    private enum Container {
        /// `>` after at most 3 spaces, then one optional space.
        case blockQuote
        /// On `startLine`, the marker (ending before byte `markerEnd`) and `padding` columns of
        /// whitespace; on later lines, `indent` columns of indentation.
        case item(startLine: Int, markerEnd: Int, padding: Int, indent: Int)
    }

    /// A source line with its container prefix removed.
    struct Content {
        /// The line's bytes after the prefix (a partly used tab becomes spaces).
        var bytes: [UInt8]
        /// The 0-based byte offset in the source line of `bytes[0]`.
        var offset: Int
        /// Whether every container's prefix was there; if not, `bytes` follows the prefixes that were.
        var isComplete: Bool
    }

    private var containers: [Container] = []

    /// The stack inside a block quote nested in this one.
    func pushingBlockQuote() -> ContainerStack {
        var stack = self
        stack.containers.append(.blockQuote)
        return stack
    }

    /// The stack inside the list item at `range`, nested in this one; `line` is the item's first line.
    func pushingItem(at range: SourceRange, line: [UInt8]) -> ContainerStack {
        var cursor = LineCursor(line)
        let parentColumn = walk(&cursor, lineNumber: range.startLine) ? cursor.column : 0
        let markerStart = range.startColumn - 1
        var markerEnd = markerStart
        while markerEnd < line.count && line[markerEnd] >= UInt8(ascii: "0") && line[markerEnd] <= UInt8(ascii: "9") {
            markerEnd += 1
        }
        markerEnd = min(markerEnd + 1, line.count)
        cursor.move(toByte: markerEnd)
        let spaces = cursor.indentation
        let padding = spaces >= 5 || spaces < 1 || cursor.isAtBlankRest ? min(spaces, 1) : spaces
        let markerColumn = LineCursor.column(of: markerStart, in: line)
        let indent = markerColumn - parentColumn + (markerEnd - markerStart) + max(padding, 1)
        var stack = self
        stack.containers.append(
            .item(startLine: range.startLine, markerEnd: markerEnd, padding: padding, indent: indent))
        return stack
    }

    /// Strips the prefixes of the containers from line `lineNumber`, as far as the line has them
    /// (a lazy continuation line, or a line outside the containers, lacks some).
    func content(of line: [UInt8], lineNumber: Int) -> Content {
        var cursor = LineCursor(line)
        let isComplete = walk(&cursor, lineNumber: lineNumber)
        return Content(bytes: cursor.rest, offset: cursor.restOffset, isComplete: isComplete)
    }

    /// Consumes the containers' prefixes; stops before the first one the line lacks and returns false.
    private func walk(_ cursor: inout LineCursor, lineNumber: Int) -> Bool {
        for container in containers {
            switch container {
            case .blockQuote:
                let indent = cursor.indentation
                var inside = cursor
                inside.consumeColumns(indent)
                guard indent <= 3, inside.current == UInt8(ascii: ">") else { return false }
                inside.move(toByte: inside.position + 1)
                if inside.current?.isSpaceOrTab == true {
                    inside.consumeColumns(1)
                }
                cursor = inside
            case .item(let startLine, let markerEnd, let padding, let indent):
                if lineNumber == startLine {
                    cursor.move(toByte: markerEnd)
                    cursor.consumeColumns(padding)
                } else if cursor.isAtBlankRest {
                    cursor.consumeColumns(cursor.indentation)
                } else {
                    guard cursor.indentation >= indent else { return false }
                    cursor.consumeColumns(indent)
                }
            }
        }
        return true
    }
}
