/// An expression in a scenario statement: kernel-style calls, names, numbers, `p.pfn`,
/// gfp masks combined with `|`, `&` and `~`, and page arithmetic.
indirect enum Expression: Sendable, Equatable {
    case number(Int, column: Int)
    case string(String, column: Int)
    case name(String, column: Int)
    case member(Expression, String, column: Int)
    case call(String, [Expression], column: Int)
    case unary(String, Expression, column: Int)
    case binary(String, Expression, Expression, column: Int)

    /// The column where the expression starts.
    var column: Int {
        switch self {
        case .number(_, let c), .string(_, let c), .name(_, let c), .call(_, _, let c), .unary(_, _, let c):
            c
        case .member(let base, _, _), .binary(_, let base, _, _):
            base.column
        }
    }
}
