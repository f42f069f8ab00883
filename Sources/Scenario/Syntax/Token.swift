/// One lexical token of a scenario line.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A name: letters, digits and underscores, not starting with a digit.
        case identifier(String)
        /// An integer, already scaled when it carried a size suffix (`64M`).
        case number(Int, text: String)
        /// A double-quoted string without its quotes.
        case string(String)
        /// Punctuation: `( ) , = . { }` and C's operators `* / % + - << >> < <= > >= == != & ^ | && || ~ !`
        case symbol(String)
    }

    var kind: Kind
    /// 1-based column in the line.
    var column: Int
    /// The token as written.
    var text: String

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
}
