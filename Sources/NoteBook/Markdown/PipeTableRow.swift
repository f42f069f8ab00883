/// The row syntax of GFM pipe tables, scanned the way cmark-gfm's table extension scans it.
///
/// A row is `|? cell (| cell)* |?` with optional spaces and tabs after each pipe; a cell runs to
/// the next pipe that is not escaped as `\|`. Cell text is unescaped (`\|` becomes `|`) and trimmed.
enum PipeTableRow {
    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")

    /// cmark-gfm's table space characters: space, tab, vertical tab, form feed.
    private static func isTableSpace(_ byte: UInt8) -> Bool {
        byte == .space || byte == .tab || byte == 0x0B || byte == 0x0C
    }

    /// cmark's whitespace for trimming cells: table spaces plus line endings.
    private static func isTrimmable(_ byte: UInt8) -> Bool {
        isTableSpace(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// A pipe followed by table spaces at `index`: its length, or 0.
    private static func pipeLength(_ line: [UInt8], at index: Int) -> Int {
        guard index < line.count, line[index] == pipe else { return 0 }
        var end = index + 1
        while end < line.count && isTableSpace(line[end]) {
            end += 1
        }
        return end - index
    }

    /// The length of the cell content starting at `index`: up to an unescaped pipe or the line end.
    private static func cellLength(_ line: [UInt8], at index: Int) -> Int {
        var end = index
        while end < line.count && line[end] != pipe {
            end += line[end] == backslash && end + 1 < line.count && line[end + 1] == pipe ? 2 : 1
        }
        return end - index
    }

    /// The cells of `line` (a line without its ending, leading indentation removed), or nil when
    /// it is not a row (`|` alone has no cell).
    static func cells(_ line: [UInt8]) -> [[UInt8]]? {
        var cells: [[UInt8]] = []
        var offset = pipeLength(line, at: 0)
        while offset < line.count {
            let cell = cellLength(line, at: offset)
            let pipe = pipeLength(line, at: offset + cell)
            if cell > 0 || pipe > 0 {
                cells.append(trimmed(unescaped(line[offset..<(offset + cell)])))
            }
            offset += cell + pipe
            if pipe == 0 {
                break
            }
        }
        return cells.isEmpty ? nil : cells
    }

    /// Whether `line` (indentation removed) is a delimiter row: cells of `-`s with optional
    /// colons at either end, separated by pipes.
    static func isDelimiterRow(_ line: [UInt8]) -> Bool {
        var index = 0
        var cellCount = 0
        if line.first == pipe {
            index = 1
        }
        while true {
            while index < line.count && isTableSpace(line[index]) {
                index += 1
            }
            if index == line.count { return cellCount > 0 }
            if line[index] == UInt8(ascii: ":") {
                index += 1
            }
            let dashes = line[index...].prefix(while: { $0 == UInt8(ascii: "-") }).count
            guard dashes > 0 else { return false }
            index += dashes
            if index < line.count && line[index] == UInt8(ascii: ":") {
                index += 1
            }
            cellCount += 1
            while index < line.count && isTableSpace(line[index]) {
                index += 1
            }
            if index == line.count { return true }
            guard line[index] == pipe else { return false }
            index += 1
        }
    }

    /// The alignment a delimiter cell (trimmed) asks for.
    static func alignment(_ cell: [UInt8]) -> TableAlignment {
        let left = cell.first == UInt8(ascii: ":")
        let right = cell.last == UInt8(ascii: ":")
        return left && right ? .center : left ? .left : right ? .right : .none
    }

    /// cmark-gfm's pipe unescaping: every `\|` loses its backslash, even inside code spans.
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == backslash && index + 1 < bytes.endIndex && bytes[index + 1] == pipe {
                index += 1
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes.drop(while: isTrimmable).reversed().drop(while: isTrimmable).reversed())
    }
}
