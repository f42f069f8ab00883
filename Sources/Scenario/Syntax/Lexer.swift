/// Splits one scenario line into tokens; stops at a `#` comment.
struct Lexer {
    /// Suffixes accepted on sizes (`mem=64M`), as powers of 1024 like the kernel's `memparse()`.
    static let sizeSuffixes: [Character: Int] = [
        "K": 10, "k": 10, "M": 20, "m": 20, "G": 30, "g": 30, "T": 40, "t": 40,
    ]

    static func tokenize(_ line: String) throws(ScenarioFailure) -> [Token] {
        let chars = Array(line)
        var tokens: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c == " " || c == "\t" {
                i += 1
            } else if c == "#" {
                break
            } else if c.isLetter || c == "_" {
                var j = i
                while j < chars.count && (chars[j].isLetter || chars[j].isNumber || chars[j] == "_") { j += 1 }
                let name = String(chars[i..<j])
                tokens.append(Token(kind: .identifier(name), column: column, text: name))
                i = j
            } else if c.isNumber {
                var j = i
                while j < chars.count && (chars[j].isLetter || chars[j].isNumber || chars[j] == "_") { j += 1 }
                let text = String(chars[i..<j])
                guard let value = parseNumber(text) else {
                    throw ScenarioFailure(
                        column: column, id: .malformedNumber,
                        message: "malformed number '\(text)' (expected decimal, 0x hex, or a size like 64M)")
                }
                tokens.append(Token(kind: .number(value, text: text), column: column, text: text))
                i = j
            } else if c == "\"" {
                var j = i + 1
                while j < chars.count && chars[j] != "\"" { j += 1 }
                guard j < chars.count else {
                    throw ScenarioFailure(column: column, id: .unterminatedString, message: "unterminated string")
                }
                let text = String(chars[(i + 1)..<j])
                tokens.append(Token(kind: .string(text), column: column, text: String(chars[i...j])))
                i = j + 1
            } else {
                let two = i + 1 < chars.count ? String(chars[i...(i + 1)]) : ""
                if ["==", "!=", "<=", ">=", "<<", ">>", "&&", "||"].contains(two) {
                    tokens.append(Token(kind: .symbol(two), column: column, text: two))
                    i += 2
                } else if "(),=<>|&^~!+-.*%/{}".contains(c) {
                    tokens.append(Token(kind: .symbol(String(c)), column: column, text: String(c)))
                    i += 1
                } else {
                    throw ScenarioFailure(
                        column: column, id: .unexpectedCharacter, message: "unexpected character '\(c)'")
                }
            }
        }
        return tokens
    }

    /// Parses `42`, `0x1f`, `64M`, `1G`, `4K`; nil when malformed or out of range.
    static func parseNumber(_ text: String) -> Int? {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") { return Int(lower.dropFirst(2), radix: 16) }
        // C reads a leading 0 as octal; refuse it rather than read it as decimal.
        if text.count > 1 && text.hasPrefix("0") && text.allSatisfy(\.isNumber) { return nil }
        if let last = text.last, let shift = sizeSuffixes[last] {
            guard let base = Int(text.dropLast()) else { return nil }
            let (value, overflow) = base.multipliedReportingOverflow(by: 1 << shift)
            return overflow ? nil : value
        }
        return Int(text)
    }
}
