extension GFP {
    /// Reads a gfp expression as C would evaluate it, e.g. `GFP_KERNEL | __GFP_COMP | __GFP_ZERO`
    /// or `(GFP_HIGHUSER_MOVABLE | __GFP_COMP) & ~__GFP_RECLAIM`.
    ///
    /// Operands are the names of `GFP.namedMasks`, decimal numbers and `0x` hex numbers;
    /// operators are `~` (complement of the 32-bit `gfp_t`), `&` and `|` with C's precedence
    /// (`~` binds tightest, then `&`, then `|`), and parentheses group. Names are case-sensitive
    /// as in C; an unknown name's error suggests the closest known one.
    ///
    /// - Returns: the mask, or the first error from the left with its UTF-8 column.
    public static func parse(_ expression: String) -> Result<GFP, GFPParseError> {
        var parser = ExpressionParser(tokens: ExpressionParser.tokenize(expression))
        do throws(GFPParseError) {
            return .success(GFP(rawValue: try parser.parseExpression()))
        } catch {
            return .failure(error)
        }
    }

    /// A recursive-descent parser over the tokens of one gfp expression.
    private struct ExpressionParser {
        enum TokenKind: Equatable {
            case name(String)
            case number(UInt32)
            case or, and, not, open, close, end
            case invalid(GFPParseError)
        }

        struct Token {
            var kind: TokenKind
            var text: String
            var column: Int
        }

        let tokens: [Token]
        var index = 0

        init(tokens: [Token]) { self.tokens = tokens }

        var current: Token { tokens[index] }

        /// Splits an expression into tokens, ending with `.end` at the expression's length;
        /// characters that start no token become `.invalid` tokens.
        static func tokenize(_ expression: String) -> [Token] {
            var tokens: [Token] = []
            let characters = Array(expression)
            var i = 0
            var column = 0
            while i < characters.count {
                let character = characters[i]
                let start = column
                if character.isWhitespace {
                    i += 1
                    column += character.utf8.count
                    continue
                }
                if isWordCharacter(character) {
                    var text = ""
                    while i < characters.count, isWordCharacter(characters[i]) {
                        text.append(characters[i])
                        column += characters[i].utf8.count
                        i += 1
                    }
                    let kind = character.isASCII && character.isNumber ? number(text, column: start) : .name(text)
                    tokens.append(Token(kind: kind, text: text, column: start))
                    continue
                }
                let kind: TokenKind =
                    switch character {
                    case "|": .or
                    case "&": .and
                    case "~": .not
                    case "(": .open
                    case ")": .close
                    default: .invalid(GFPParseError(kind: .unexpectedCharacter(character), column: start))
                    }
                tokens.append(Token(kind: kind, text: String(character), column: start))
                i += 1
                column += character.utf8.count
            }
            tokens.append(Token(kind: .end, text: "", column: column))
            return tokens
        }

        /// ASCII letters, digits and `_`: the characters of C identifiers and number literals.
        static func isWordCharacter(_ character: Character) -> Bool {
            character.isASCII && (character.isLetter || character.isNumber || character == "_")
        }

        /// A number token: decimal without leading zeros, or `0x`/`0X` hex.
        static func number(_ text: String, column: Int) -> TokenKind {
            let isHex = text.hasPrefix("0x") || text.hasPrefix("0X")
            let digits = isHex ? String(text.dropFirst(2)) : text
            let radix = isHex ? 16 : 10
            let wellFormed =
                !digits.isEmpty && digits.allSatisfy { ($0.hexDigitValue ?? radix) < radix }
                && (isHex || digits == "0" || !digits.hasPrefix("0"))
            guard wellFormed else { return .invalid(GFPParseError(kind: .invalidNumber(text), column: column)) }
            guard let value = UInt32(digits, radix: radix) else {
                return .invalid(GFPParseError(kind: .numberTooLarge(text), column: column))
            }
            return .number(value)
        }

        /// The whole expression: an `|` expression followed by the end.
        mutating func parseExpression() throws(GFPParseError) -> UInt32 {
            if current.kind == .end { throw GFPParseError(kind: .emptyExpression, column: 0) }
            let value = try parseOr()
            switch current.kind {
            case .end: return value
            case .close: throw GFPParseError(kind: .unmatchedClosingParenthesis, column: current.column)
            case .invalid(let error): throw error
            default: throw GFPParseError(kind: .expectedOperator(found: current.text), column: current.column)
            }
        }

        /// `and ('|' and)*`.
        mutating func parseOr() throws(GFPParseError) -> UInt32 {
            var value = try parseAnd()
            while current.kind == .or {
                index += 1
                value |= try parseAnd()
            }
            return value
        }

        /// `unary ('&' unary)*`.
        mutating func parseAnd() throws(GFPParseError) -> UInt32 {
            var value = try parseUnary()
            while current.kind == .and {
                index += 1
                value &= try parseUnary()
            }
            return value
        }

        /// `'~' unary | primary`.
        mutating func parseUnary() throws(GFPParseError) -> UInt32 {
            guard current.kind == .not else { return try parsePrimary() }
            index += 1
            return ~(try parseUnary())
        }

        /// `name | number | '(' or ')'`.
        mutating func parsePrimary() throws(GFPParseError) -> UInt32 {
            let token = current
            switch token.kind {
            case .name(let name):
                guard let mask = GFP(name: name) else {
                    let suggestion = closestMatch(to: name, in: GFP.namedMasks.map(\.name))
                    throw GFPParseError(kind: .unknownName(name), column: token.column, suggestion: suggestion)
                }
                index += 1
                return mask.rawValue
            case .number(let value):
                index += 1
                return value
            case .open:
                index += 1
                let value = try parseOr()
                switch current.kind {
                case .close:
                    index += 1
                    return value
                case .end:
                    throw GFPParseError(kind: .unclosedParenthesis, column: token.column)
                case .invalid(let error):
                    throw error
                default:
                    throw GFPParseError(kind: .expectedOperator(found: current.text), column: current.column)
                }
            case .invalid(let error):
                throw error
            case .end:
                throw GFPParseError(kind: .expectedOperand(found: nil), column: token.column)
            case .or, .and, .not, .close:
                throw GFPParseError(kind: .expectedOperand(found: token.text), column: token.column)
            }
        }
    }
}
