/// The text of a note as cmark sees it, split into lines of UTF-8 bytes for position arithmetic.
///
/// cmark drops a leading byte order mark, reads NUL as U+FFFD and ends lines at `\n`, `\r\n` or `\r`;
/// the same is done here, so that line and byte-column numbers agree with cmark's.
struct SourceText {
    /// The normalised text, the one handed to cmark.
    let text: String
    /// The lines without their line endings; line `n` is `lines[n - 1]`.
    let lines: [[UInt8]]

    init(_ original: String) {
        var text = original
        if text.hasPrefix("\u{FEFF}") {
            text.removeFirst()
        }
        if text.utf8.contains(0) {
            text = String(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : Character($0) })
        }
        self.text = text
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(current)
                current = []
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty {
            lines.append(current)
        }
        self.lines = lines
    }

    /// The number of lines.
    var lineCount: Int { lines.count }

    /// Line `number` (1-based) without its ending; empty past the end.
    func line(_ number: Int) -> [UInt8] {
        number >= 1 && number <= lines.count ? lines[number - 1] : []
    }

    /// The byte length of line `number`: the end column of a block whose last line it is.
    func length(ofLine number: Int) -> Int { line(number).count }

    /// Whether line `number` holds only spaces and tabs.
    func isBlank(_ number: Int) -> Bool { line(number).allSatisfy(\.isSpaceOrTab) }
}
