/// A note over one of the Markdown limits, located: the note is larger than `maxBytes`, or a
/// line opens more nested containers than `maxNesting`. cmark and the converter spend time
/// and stack with nesting (10,000 nested block quotes overflowed the stack; 800 nested list
/// markers on one line took minutes), so such a note is refused before it is parsed.
public struct MarkdownRefusal: Sendable, Hashable {
    /// The largest note, in bytes.
    public static let maxBytes = 4 << 20
    /// The deepest nesting a line may open: block quote markers and list markers at its start,
    /// and, on a line with such a marker, every four columns of indentation before or among
    /// them (an indented list item nests a level).
    public static let maxNesting = 100

    /// The 1-based line.
    public var line: Int
    /// The 1-based UTF-8 byte column.
    public var column: Int
    /// What is over which limit.
    public var message: String

    /// The first limit `text` is over, or nil.
    static func check(_ text: String) -> MarkdownRefusal? {
        let bytes = Array(text.utf8)
        if bytes.count > maxBytes {
            return MarkdownRefusal(
                line: 1, column: 1,
                message: "the note is \(bytes.count) bytes; a note is at most \(maxBytes) bytes (4 MiB)")
        }
        var line = 1
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if let column = tooDeep(bytes, from: start, to: end) {
                return MarkdownRefusal(
                    line: line, column: column,
                    message: "nesting too deep: the line opens more than \(maxNesting) block quotes, "
                        + "list items or indentation levels")
            }
            line += 1
            start = end + 1
        }
        return nil
    }

    /// The 1-based column at which the line `bytes[start..<end]` passes `maxNesting`, or nil.
    private static func tooDeep(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var depth = 0
        var columns = 0
        var index = start
        func isBlank(_ i: Int) -> Bool { i >= end || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") }
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                columns += 1
                index += 1
            } else if byte == UInt8(ascii: "\t") {
                columns += 4
                index += 1
            } else if byte == UInt8(ascii: ">") {
                depth += 1
                index += 1
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*"))
                && isBlank(index + 1)
            {
                depth += 1
                index += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                var digit = index
                while digit < end && digit - index < 9 && bytes[digit] >= UInt8(ascii: "0")
                    && bytes[digit] <= UInt8(ascii: "9")
                {
                    digit += 1
                }
                guard digit < end, bytes[digit] == UInt8(ascii: ".") || bytes[digit] == UInt8(ascii: ")"),
                    isBlank(digit + 1)
                else { return nil }
                depth += 1
                index = digit + 1
            } else {
                return nil
            }
            if depth > 0 && depth + columns / 4 > maxNesting { return index - start }
        }
        return nil
    }
}
