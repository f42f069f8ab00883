import PageAlloc

/// Parses the lines of a scenario block into statements.
struct Parser {
    private var tokens: [Token]
    private var position = 0
    /// Operators and parentheses read so far on this line, against `maxExpressionNodes`.
    private var nodes = 0

    private init(tokens: [Token]) { self.tokens = tokens }

    /// Parses one line; nil for a blank or comment-only line.
    static func parseLine(_ line: String, index: Int, annotation: [String]) throws(ScenarioFailure) -> Statement? {
        let tokens = try Lexer.tokenize(line)
        guard !tokens.isEmpty else { return nil }
        var parser = Parser(tokens: tokens)
        let kind = try parser.statement()
        if let extra = parser.peek {
            throw ScenarioFailure(
                column: extra.column, id: .unexpectedToken, message: "unexpected '\(extra.text)' after the statement")
        }
        return Statement(
            kind: kind, lineIndex: index, column: tokens[0].column,
            operandColumn: tokens.count > 1 ? tokens[1].column : tokens[0].column, annotation: annotation)
    }

    private var peek: Token? { position < tokens.count ? tokens[position] : nil }
    private var endColumn: Int { (tokens.last.map { $0.column + $0.text.count }) ?? 1 }

    private mutating func next() -> Token? {
        defer { position += 1 }
        return peek
    }

    private mutating func expectSymbol(_ symbol: String, after what: String) throws(ScenarioFailure) {
        guard let token = next(), token.isSymbol(symbol) else {
            let column = position - 1 < tokens.count ? tokens[position - 1].column : endColumn
            throw ScenarioFailure(column: column, id: .expectedSymbol, message: "expected '\(symbol)' \(what)")
        }
    }

    private mutating func identifier(_ what: String) throws(ScenarioFailure) -> Token {
        guard let token = next(), token.identifier != nil else {
            let column = position - 1 < tokens.count ? tokens[position - 1].column : endColumn
            throw ScenarioFailure(column: column, id: .expectedName, message: "expected \(what)")
        }
        return token
    }

    private mutating func statement() throws(ScenarioFailure) -> Statement.Kind {
        let first = tokens[0]
        if first.isSymbol("}") {
            position = 1
            return .blockEnd
        }
        guard let word = first.identifier else {
            throw ScenarioFailure(
                column: first.column, id: .expectedStatement, message: "expected a statement, found '\(first.text)'")
        }
        switch word {
        case "boot":
            position = 1
            return .boot(try options(what: "a boot option like mem=64M"))
        case "workload":
            position = 1
            let kind = try identifier("a workload kind (\(Catalog.workloadKinds.joined(separator: ", ")))")
            return .workload(kind: kind.text, options: try options(what: "a workload option like ops=1000"))
        case "fill":
            position = 1
            let zone = try primary()
            let until = try identifier("'until'")
            guard until.text == "until" else {
                throw ScenarioFailure(
                    column: until.column, id: .expectedUntil, message: "expected 'until' after the zone")
            }
            let mark = try identifier("a watermark (min, low, high)")
            return .fill(
                zone: zone, watermark: mark.text,
                options: try options(what: "a fill option like gfp=GFP_KERNEL", expressionKeys: ["gfp"]))
        case "sysctl":
            position = 1
            var name = try identifier("a sysctl name like vm.min_free_kbytes").text
            while peek?.isSymbol(".") == true {
                position += 1
                name += "." + (try identifier("a sysctl name").text)
            }
            try expectSymbol("=", after: "after the sysctl name")
            return .sysctl(name: name, value: try expression())
        case "cpu":
            position = 1
            return .cpu(try expression())
        case "repeat":
            position = 1
            let count = try expression()
            try expectSymbol("{", after: "after the repeat count (repeat N {)")
            return .repeatStart(count)
        case "trace":
            position = 1
            let value = try identifier("'on' or 'off'")
            switch value.text {
            case "on": return .trace(true)
            case "off": return .trace(false)
            default:
                throw ScenarioFailure(
                    column: value.column, id: .expectedOnOff,
                    message: "expected 'on' or 'off', found '\(value.text)'")
            }
        case "show":
            position = 1
            let view = try identifier("a view name (\(Catalog.views.map(\.name).joined(separator: ", ")))")
            var arguments: [Expression] = []
            while peek != nil {
                arguments.append(try expression())
                if peek?.isSymbol(",") == true { position += 1 }
            }
            return .show(view: view.text, arguments: arguments)
        case "expect":
            position = 1
            if let word = peek, word.identifier == "fail", tokens.count > 2 {
                position += 1
                let call = try expression()
                guard case .call(let name, _, let column) = call else {
                    throw ScenarioFailure(
                        column: call.column, id: .expectedCall, message: "expected an allocation after 'expect fail'")
                }
                try Parser.checkCallName(name, column: column)
                return .expectFail(call: call)
            }
            if let word = peek, word.identifier == "warning", tokens.count > 2, case .string(let text) = tokens[2].kind
            {
                position = 3
                return .expectWarning(text, column: tokens[2].column)
            }
            if let word = peek, word.identifier == "warning", tokens.count > 3, tokens[2].identifier == "later",
                case .string(let text) = tokens[3].kind
            {
                position = 4
                return .expectWarningLater(text, column: tokens[3].column)
            }
            let condition = try expression()
            guard case .binary(let op, let lhs, let rhs, _) = condition, Parser.comparisons.contains(op) else {
                throw ScenarioFailure(
                    column: condition.column, id: .expectedComparison,
                    message: "expected a comparison (==, !=, <, <=, >, >=) in expect")
            }
            return .expect(lhs: lhs, op: op, rhs: rhs)
        default:
            if tokens.count > 1 && tokens[1].isSymbol("=") {
                position = 2
                guard peek != nil else {
                    throw ScenarioFailure(
                        column: endColumn, id: .expectedExpression, message: "expected a call after '='")
                }
                let call = try expression()
                guard case .call(let name, _, let column) = call else {
                    throw ScenarioFailure(
                        column: call.column, id: .expectedCall,
                        message: "expected a kernel call like alloc_pages(GFP_KERNEL, 0) after '='")
                }
                try Parser.checkCallName(name, column: column)
                return .call(assignTo: word, call: call)
            }
            if tokens.count > 1 && tokens[1].isSymbol("(") {
                position = 0
                try Parser.checkCallName(word, column: first.column)
                return .call(assignTo: nil, call: try expression())
            }
            throw ScenarioFailure(
                column: first.column, id: .unknownStatement, message: "unknown statement '\(word)'"
            ).suggesting(word, among: Catalog.statementNames)
        }
    }

    /// `key=value` pairs up to the end of the line. A value is a primary expression, a range
    /// (`orders=0..3`), a percentage (`keep=50%`) or, when its tokens touch without spaces and
    /// contain `/`, a bare path (`zoneinfo=machines/pc.txt`). The value of a key in
    /// `expressionKeys` is a whole expression (`gfp=GFP_KERNEL | __GFP_NOWARN`).
    private mutating func options(
        what: String, expressionKeys: Set<String> = []
    ) throws(ScenarioFailure) -> [Statement.Option] {
        var options: [Statement.Option] = []
        while peek != nil {
            let key = try identifier(what)
            try expectSymbol("=", after: "after option '\(key.text)'")
            let value = expressionKeys.contains(key.text) ? try expression() : try optionValue()
            options.append(Statement.Option(key: key.text, value: value, column: key.column))
        }
        return options
    }

    private mutating func optionValue() throws(ScenarioFailure) -> Expression {
        guard let first = peek else {
            throw ScenarioFailure(column: endColumn, id: .expectedExpression, message: "expected a value")
        }
        // Tokens written without spaces between them form one word.
        var end = position
        while end + 1 < tokens.count && tokens[end + 1].column == tokens[end].column + tokens[end].text.count {
            end += 1
        }
        let word = tokens[position...end].map(\.text).joined()
        let isQuoted: Bool
        if case .string = first.kind, end == position { isQuoted = true } else { isQuoted = false }
        if word.contains("/") && !isQuoted {
            position = end + 1
            return .string(word, column: first.column)
        }
        if word.hasSuffix("%"), case .number(let value, _) = first.kind, end == position + 1 {
            position = end + 1
            return .number(value, column: first.column)
        }
        if end == position + 3, tokens[position + 1].isSymbol("."), tokens[position + 2].isSymbol(".") {
            let low = try primary()
            position += 2
            return .binary("..", low, try primary(), column: tokens[position - 2].column)
        }
        return try primary()
    }

    /// Parses `text` as one expression whose first character sits at `column` of its line
    /// (a gfp mask inside a `mix=` string): the same grammar as every other expression.
    static func parseExpression(_ text: String, column: Int) throws(ScenarioFailure) -> Expression {
        var tokens: [Token]
        do {
            tokens = try Lexer.tokenize(text)
        } catch {
            var shifted = error
            shifted.column += column - 1
            throw shifted
        }
        for i in tokens.indices { tokens[i].column += column - 1 }
        guard !tokens.isEmpty else {
            throw ScenarioFailure(column: column, id: .expectedExpression, message: "expected a gfp mask")
        }
        var parser = Parser(tokens: tokens)
        let expression = try parser.expression()
        if let extra = parser.peek {
            throw ScenarioFailure(
                column: extra.column, id: .unexpectedToken, message: "unexpected '\(extra.text)' after the expression")
        }
        return expression
    }

    /// Rejects a call the interpreter does not know, suggesting the closest one.
    static func checkCallName(_ name: String, column: Int) throws(ScenarioFailure) {
        guard Catalog.callsByName[name] == nil else { return }
        throw ScenarioFailure(column: column, id: .unknownCall, message: "unknown kernel call '\(name)'").suggesting(
            name, among: Catalog.calls.map(\.name))
    }

    /// The binary operators by C precedence, loosest first (C11 6.5.5 to 6.5.14).
    static let binaryPrecedence: [[String]] = [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", "<=", ">", ">="], ["<<", ">>"], ["+", "-"],
        ["*", "/", "%"],
    ]
    /// The comparison operators `expect` checks.
    static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]
    /// The most operators and parentheses one expression may hold: the evaluator recurses
    /// once per level, so the bound keeps absurd input from overflowing the stack.
    static let maxExpressionNodes = 256

    /// expression := C's binary operators over unary expressions, with C's precedence and
    /// left associativity.
    private mutating func expression() throws(ScenarioFailure) -> Expression {
        try binary(level: 0)
    }

    private mutating func binary(level: Int) throws(ScenarioFailure) -> Expression {
        guard level < Parser.binaryPrecedence.count else { return try unary() }
        var lhs = try binary(level: level + 1)
        while let op = peek, case .symbol(let text) = op.kind, Parser.binaryPrecedence[level].contains(text) {
            position += 1
            try countNode(op)
            lhs = .binary(text, lhs, try binary(level: level + 1), column: op.column)
        }
        return lhs
    }

    /// unary := ('~' | '!' | '-' | '+') unary | primary
    private mutating func unary() throws(ScenarioFailure) -> Expression {
        if let token = peek, case .symbol(let text) = token.kind, ["~", "!", "-", "+"].contains(text) {
            position += 1
            try countNode(token)
            let operand = try unary()
            return text == "+" ? operand : .unary(text, operand, column: token.column)
        }
        return try primary()
    }

    /// Counts an operator or parenthesis of the current expression against the bound.
    private mutating func countNode(_ token: Token) throws(ScenarioFailure) {
        nodes += 1
        guard nodes <= Parser.maxExpressionNodes else {
            throw ScenarioFailure(
                column: token.column, id: .expressionTooDeep,
                message: "expression too deep: more than \(Parser.maxExpressionNodes) operators and parentheses")
        }
    }

    /// primary := number | string | name ('.' name)* | name '(' args ')' | '(' expression ')'
    private mutating func primary() throws(ScenarioFailure) -> Expression {
        guard let token = next() else {
            throw ScenarioFailure(column: endColumn, id: .expectedExpression, message: "expected a value")
        }
        switch token.kind {
        case .number(let value, _):
            return .number(value, column: token.column)
        case .string(let text):
            return .string(text, column: token.column)
        case .identifier(let name):
            if peek?.isSymbol("(") == true {
                position += 1
                var arguments: [Expression] = []
                if peek?.isSymbol(")") == true {
                    position += 1
                } else {
                    while true {
                        arguments.append(try expression())
                        guard let separator = next() else {
                            throw ScenarioFailure(
                                column: endColumn, id: .expectedSymbol, message: "expected ')' to close \(name)(")
                        }
                        if separator.isSymbol(")") { break }
                        guard separator.isSymbol(",") else {
                            throw ScenarioFailure(
                                column: separator.column, id: .expectedSymbol,
                                message: "expected ',' or ')' in the arguments of \(name)")
                        }
                    }
                }
                return .call(name, arguments, column: token.column)
            }
            var value = Expression.name(name, column: token.column)
            while peek?.isSymbol(".") == true {
                position += 1
                let member = try identifier("a field name after '.'")
                value = .member(value, member.text, column: member.column)
            }
            return value
        case .symbol("("):
            try countNode(token)
            let inner = try expression()
            try expectSymbol(")", after: "to close '('")
            return inner
        case .symbol:
            throw ScenarioFailure(
                column: token.column, id: .expectedExpression, message: "expected a value, found '\(token.text)'")
        }
    }
}
