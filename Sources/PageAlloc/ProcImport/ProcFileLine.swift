/// One line of a /proc text, split into whitespace-separated tokens that remember their
/// columns, for the parsers and their error messages.
struct ProcFileLine: Sendable {
    /// One token and its 1-based column.
    struct Token: Sendable {
        var text: Substring
        var column: Int
    }

    /// 1-based line number.
    let number: Int
    /// The line without its newline.
    let text: Substring
    /// The tokens, left to right.
    let tokens: [Token]

    init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        var tokens: [Token] = []
        var column = 1
        var start: Substring.Index?
        var startColumn = 1
        for index in text.indices {
            if text[index] == " " || text[index] == "\t" {
                if let s = start {
                    tokens.append(Token(text: text[s..<index], column: startColumn))
                    start = nil
                }
            } else if start == nil {
                start = index
                startColumn = column
            }
            column += 1
        }
        if let s = start { tokens.append(Token(text: text[s...], column: startColumn)) }
        self.tokens = tokens
    }

    /// The lines of `text`; a final newline does not start another line.
    static func split(_ text: String) -> [ProcFileLine] {
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        if pieces.last?.isEmpty == true { pieces.removeLast() }
        return pieces.enumerated().map { ProcFileLine(number: $0.offset + 1, text: $0.element) }
    }

    /// Whether the tokens start with `words`.
    func starts(with words: [String]) -> Bool {
        tokens.count >= words.count && zip(tokens, words).allSatisfy { $0.text == $1 }
    }

    /// An error about this line, at `column`.
    func error(_ id: String, _ summary: String, column: Int = 1) -> ProcFileError {
        ProcFileError(line: number, column: column, id: id, summary: summary, sourceLine: String(text))
    }

    /// The token at `index` as a decimal integer (an optional minus sign, then digits).
    func integer(at index: Int) throws(ProcFileError) -> Int {
        guard index < tokens.count else {
            throw error("expected-number", "expected a number at the end of the line", column: text.count + 1)
        }
        let token = tokens[index]
        guard let value = Int(token.text) else {
            throw error("bad-number", "'\(token.text)' is not a decimal number", column: token.column)
        }
        return value
    }

    /// The value of a `words... value` line: the words, then exactly one integer.
    func value(after words: [String]) throws(ProcFileError) -> Int {
        guard starts(with: words) else {
            throw error(
                "expected-field", "expected '\(words.joined(separator: " "))'",
                column: tokens.first?.column ?? 1)
        }
        guard tokens.count <= words.count + 1 else {
            throw error("unexpected-text", "unexpected text after the value", column: tokens[words.count + 1].column)
        }
        return try integer(at: words.count)
    }
}
