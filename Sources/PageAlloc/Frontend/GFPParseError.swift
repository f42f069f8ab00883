/// Why a gfp expression could not be read, and where.
public struct GFPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// The expression has no tokens.
        case emptyExpression
        /// A name that is neither a `__GFP_*` bit nor a `GFP_*` composite.
        case unknownName(String)
        /// A token that starts with a digit but is not a decimal or `0x` hex number
        /// (octal `0…` is refused rather than read as C would).
        case invalidNumber(String)
        /// A number that does not fit in a 32-bit `gfp_t`.
        case numberTooLarge(String)
        /// A character that starts no token.
        case unexpectedCharacter(Character)
        /// A name, number, `~` or `(` was expected; `found` is nil at the end of the expression.
        case expectedOperand(found: String?)
        /// `|`, `&`, `)` or the end was expected after a complete operand.
        case expectedOperator(found: String)
        /// A `(` without its `)`; the column is the `(`.
        case unclosedParenthesis
        /// A `)` without a `(`.
        case unmatchedClosingParenthesis
    }

    /// What is wrong.
    public var kind: Kind
    /// The 0-based UTF-8 offset within the expression of the offending token (the expression's
    /// length when the expression ended too early).
    public var column: Int
    /// For an unknown name, the closest known name, if one is close.
    public var suggestion: String?

    /// An error of `kind` at UTF-8 offset `column`, with an optional did-you-mean name.
    public init(kind: Kind, column: Int, suggestion: String? = nil) {
        self.kind = kind
        self.column = column
        self.suggestion = suggestion
    }

    /// A stable identifier for diagnostics, like `unknown-gfp-flag`.
    public var id: String {
        switch kind {
        case .emptyExpression: "empty-gfp-expression"
        case .unknownName: "unknown-gfp-flag"
        case .invalidNumber: "invalid-gfp-number"
        case .numberTooLarge: "gfp-number-too-large"
        case .unexpectedCharacter: "unexpected-gfp-character"
        case .expectedOperand: "expected-gfp-operand"
        case .expectedOperator: "expected-gfp-operator"
        case .unclosedParenthesis: "unclosed-parenthesis"
        case .unmatchedClosingParenthesis: "unmatched-parenthesis"
        }
    }

    /// One line saying what is wrong, with the suggestion if there is one.
    public var description: String {
        let summary =
            switch kind {
            case .emptyExpression: "empty gfp expression"
            case .unknownName(let name): "unknown gfp flag '\(name)'"
            case .invalidNumber(let text): "invalid number '\(text)' (write decimal or 0x hex)"
            case .numberTooLarge(let text): "number '\(text)' does not fit in 32-bit gfp_t"
            case .unexpectedCharacter(let character): "unexpected character '\(character)'"
            case .expectedOperand(let found?): "expected a gfp flag, number, '~' or '(' but found '\(found)'"
            case .expectedOperand(found: nil): "expected a gfp flag, number, '~' or '(' at the end"
            case .expectedOperator(let found): "expected '|', '&' or ')' but found '\(found)'"
            case .unclosedParenthesis: "'(' is never closed"
            case .unmatchedClosingParenthesis: "')' without a matching '('"
            }
        guard let suggestion else { return summary }
        return summary + " (did you mean '\(suggestion)'?)"
    }
}
