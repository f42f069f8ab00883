/// A position in one source line that consumes indentation column by column, tabs included.
///
/// Columns follow CommonMark: a tab advances to the next multiple of 4, and a container may use
/// only part of a tab's width, leaving the rest as spaces for its content (cmark's partially
/// consumed tab).
struct LineCursor {
    let bytes: [UInt8]
    /// Index of the next byte.
    private(set) var position = 0
    /// The visual column of `position`, 0-based.
    private(set) var column = 0
    /// When the byte at `position` is a tab of which only part is consumed, the columns left of it.
    private var tabRemainder = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The visual column of byte `index` of `bytes`, 0-based.
    static func column(of index: Int, in bytes: [UInt8]) -> Int {
        var column = 0
        for byte in bytes.prefix(index) {
            column += byte == .tab ? 4 - column % 4 : 1
        }
        return column
    }

    private func width(at index: Int, column: Int) -> Int {
        index == position && tabRemainder > 0 ? tabRemainder : (bytes[index] == .tab ? 4 - column % 4 : 1)
    }

    /// The number of columns of spaces and tabs from here to the next other byte or the line end.
    var indentation: Int {
        var index = position
        var column = self.column
        while index < bytes.count && bytes[index].isSpaceOrTab {
            column += width(at: index, column: column)
            index += 1
        }
        return column - self.column
    }

    /// Whether nothing but spaces and tabs is left.
    var isAtBlankRest: Bool { bytes[position...].allSatisfy(\.isSpaceOrTab) }

    /// The byte at the position, if any.
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Consumes `count` columns of spaces and tabs (fewer if the whitespace ends first).
    mutating func consumeColumns(_ count: Int) {
        var left = count
        while left > 0, let byte = current, byte.isSpaceOrTab {
            let width = width(at: position, column: column)
            if width <= left {
                position += 1
                column += width
                left -= width
                tabRemainder = 0
            } else {
                tabRemainder = width - left
                column += left
                left = 0
            }
        }
    }

    /// Moves to byte `index` of the line, at its visual column, past any partly consumed tab.
    mutating func move(toByte index: Int) {
        position = index
        column = LineCursor.column(of: index, in: bytes)
        tabRemainder = 0
    }

    /// What is left of the line: a partly consumed tab becomes spaces.
    var rest: [UInt8] {
        tabRemainder > 0
            ? Array(repeating: .space, count: tabRemainder) + bytes[(position + 1)...]
            : Array(bytes[position...])
    }

    /// The 0-based byte offset in the line that `rest`'s first byte stands for.
    var restOffset: Int { tabRemainder > 0 ? position + 1 - tabRemainder : position }
}
