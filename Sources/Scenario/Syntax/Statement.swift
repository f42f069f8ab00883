/// One parsed scenario statement and where it is.
struct Statement: Sendable, Equatable {
    /// `key=value` of `boot`.
    struct Option: Sendable, Equatable {
        var key: String
        var value: Expression
        var column: Int
    }

    enum Kind: Sendable, Equatable {
        /// `boot mem=64M cpus=2 ...`
        case boot([Option])
        /// `sysctl vm.min_free_kbytes=N`
        case sysctl(name: String, value: Expression)
        /// `cpu N`
        case cpu(Expression)
        /// `trace on|off`
        case trace(Bool)
        /// `show VIEW [ARG...]`
        case show(view: String, arguments: [Expression])
        /// `expect LHS OP RHS`
        case expect(lhs: Expression, op: String, rhs: Expression)
        /// `expect fail CALL(...)`: the allocation must fail.
        case expectFail(call: Expression)
        /// `expect warning "TEXT"`: the previous statement printed a kernel report containing TEXT.
        case expectWarning(String, column: Int)
        /// `expect warning later "TEXT"`: a later statement of the block prints a kernel report
        /// containing TEXT (a report the kernel prints after the statement that caused it).
        case expectWarningLater(String, column: Int)
        /// `repeat N {`: runs the statements up to the matching `}` N times.
        case repeatStart(Expression)
        /// `}`: the end of a `repeat` body.
        case blockEnd
        /// `workload KIND key=value ...`
        case workload(kind: String, options: [Option])
        /// `fill ZONE until WATERMARK [key=value ...]`
        case fill(zone: Expression, watermark: String, options: [Option])
        /// `[VAR =] CALL(...)`
        case call(assignTo: String?, call: Expression)
    }

    var kind: Kind
    /// 0-based index of the line in its block.
    var lineIndex: Int
    /// 1-based column of the statement's first token.
    var column: Int
    /// 1-based column of the token after the keyword: the view of `show`, the sysctl's
    /// name, the workload's kind.
    var operandColumn: Int
    /// The comment lines directly above the statement, without `#`: a walkthrough's annotation.
    var annotation: [String]
}
