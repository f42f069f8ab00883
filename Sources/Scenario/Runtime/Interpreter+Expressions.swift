import PageAlloc

extension ScenarioSession {
    /// Evaluates an expression. Freed variables may only be named where `allowFreed` (page
    /// references handed to the kernel model, which then shows what the kernel would do).
    func evaluate(_ expression: Expression, allowFreed: Bool = false) throws(ScenarioFailure) -> Value {
        switch expression {
        case .number(let value, _):
            return .int(value)
        case .string(let text, _):
            return .string(text)
        case .name(let name, let column):
            if allowFreed, variables[name] != nil { return .page(name) }
            return try resolve(name, column: column)
        case .member(let base, let field, let column):
            return try member(base, field, column: column)
        case .call(let name, let arguments, let column):
            return try function(name, arguments, column: column)
        case .unary(let op, let operand, let column):
            return try unary(op, try evaluate(operand), column: column)
        case .binary(let op, let lhs, let rhs, _) where op == "&&" || op == "||":
            // C's short circuit: the right side runs only when the left does not decide.
            let left = try truth(try evaluate(lhs), column: lhs.column)
            if left == (op == "||") { return .int(left ? 1 : 0) }
            return .int(try truth(try evaluate(rhs), column: rhs.column) ? 1 : 0)
        case .binary(let op, let lhs, let rhs, let column):
            return try binary(op, try evaluate(lhs, allowFreed: allowFreed), try evaluate(rhs), column: column)
        }
    }

    func resolve(_ name: String, column: Int) throws(ScenarioFailure) -> Value {
        if variables[name] != nil {
            _ = try pageVariable(name, column: column)
            return .page(name)
        }
        if let mask = GFP(name: name) { return .gfp(mask) }
        if name == "NULL" { return .int(0) }
        if ZoneType(name: name) != nil || MigrateType.allCases.contains(where: { $0.name == name }) {
            return .symbol(name)
        }
        let isGFP = name.uppercased().contains("GFP")
        let failure =
            isGFP
            ? ScenarioFailure(column: column, id: .unknownGFPFlag, message: "unknown gfp flag '\(name)'")
            : ScenarioFailure(column: column, id: .unknownName, message: "unknown name '\(name)'")
        let candidates =
            isGFP
            ? GFP.namedMasks.map(\.name)
            : variables.keys.sorted() + ZoneType.allCases.map(\.name) + MigrateType.allCases.map(\.name)
        throw failure.suggesting(name, among: candidates)
    }

    /// C's truth of a scalar: nonzero.
    func truth(_ value: Value, column: Int) throws(ScenarioFailure) -> Bool {
        switch value {
        case .int(let v): return v != 0
        case .gfp(let g): return g.rawValue != 0
        default:
            throw ScenarioFailure(column: column, id: .typeMismatch, message: "expected a number or a gfp mask")
        }
    }

    /// `~`, `!` and unary `-` as C applies them; `~` on a gfp mask keeps a gfp mask of the
    /// bits the kernel defines.
    func unary(_ op: String, _ value: Value, column: Int) throws(ScenarioFailure) -> Value {
        switch (op, value) {
        case ("~", .gfp(let mask)): return .gfp(GFP(rawValue: ~mask.rawValue & GFP.bitsMask.rawValue))
        case ("~", .int(let v)): return .int(~v)
        case ("!", _): return .int(try truth(value, column: column) ? 0 : 1)
        case ("-", .int(let v)):
            guard v != Int.min else { throw overflow("-(\(v))", column: column) }
            return .int(-v)
        default:
            throw ScenarioFailure(
                column: column, id: .typeMismatch, message: "'\(op)' needs a number\(op == "~" ? " or a gfp mask" : "")"
            )
        }
    }

    /// The located error of arithmetic whose result does not fit a 64-bit `long`.
    func overflow(_ what: String, column: Int) -> ScenarioFailure {
        ScenarioFailure(
            column: column, id: .arithmeticOverflow,
            message: "arithmetic overflow: \(what) does not fit in a 64-bit long (LONG_MIN...LONG_MAX)")
    }

    /// A binary operator with C's semantics on 64-bit `long` values, checked: overflow, a
    /// division by zero and a shift by a negative or too large count are located errors.
    /// Bitwise operators on gfp masks (or a mask and a number, as tracepoints print masks)
    /// give gfp masks; page arithmetic moves by struct pages.
    func binary(_ op: String, _ lhs: Value, _ rhs: Value, column: Int) throws(ScenarioFailure) -> Value {
        switch (lhs, rhs) {
        case (.gfp(let a), .gfp(let b)) where ["|", "&", "^"].contains(op):
            return .gfp(GFP(rawValue: gfpBits(op, a.rawValue, b.rawValue)))
        case (.gfp(let a), .int(let n)) where ["|", "&", "^"].contains(op),
            (.int(let n), .gfp(let a)) where ["|", "&", "^"].contains(op):
            guard n >= 0 && n <= Int(UInt32.max) else {
                throw ScenarioFailure(
                    column: column, id: .expectedGFP, message: "\(n) does not fit in a 32-bit gfp_t (0...0xffffffff)")
            }
            return .gfp(GFP(rawValue: gfpBits(op, a.rawValue, UInt32(n))))
        case (.gfp(let a), .gfp(let b)):
            return try arithmetic(op, Int(a.rawValue), Int(b.rawValue), column: column)
        case (.gfp(let a), .int(let b)):
            return try arithmetic(op, Int(a.rawValue), b, column: column)
        case (.int(let a), .gfp(let b)):
            return try arithmetic(op, a, Int(b.rawValue), column: column)
        case (.page(let name), .int(let n)) where op == "+" || op == "-":
            return .pfn(try pfnOffset(variables[name]!.pfn, op, n, column: column))
        case (.int(let n), .page(let name)) where op == "+":
            return .pfn(try pfnOffset(variables[name]!.pfn, op, n, column: column))
        case (.pfn(let pfn), .int(let n)) where op == "+" || op == "-":
            return .pfn(try pfnOffset(pfn, op, n, column: column))
        case (.int(let a), .int(let b)):
            return try arithmetic(op, a, b, column: column)
        default:
            throw ScenarioFailure(column: column, id: .typeMismatch, message: "'\(op)' cannot combine these values")
        }
    }

    private func gfpBits(_ op: String, _ a: UInt32, _ b: UInt32) -> UInt32 {
        op == "|" ? a | b : op == "&" ? a & b : a ^ b
    }

    private func pfnOffset(_ pfn: Int, _ op: String, _ n: Int, column: Int) throws(ScenarioFailure) -> Int {
        let (value, overflowed) = op == "+" ? pfn.addingReportingOverflow(n) : pfn.subtractingReportingOverflow(n)
        guard !overflowed else { throw overflow("\(pfn) \(op) \(n)", column: column) }
        return value
    }

    /// `a op b` on `long`s, checked.
    func arithmetic(_ op: String, _ a: Int, _ b: Int, column: Int) throws(ScenarioFailure) -> Value {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case "+": result = a.addingReportingOverflow(b)
        case "-": result = a.subtractingReportingOverflow(b)
        case "*": result = a.multipliedReportingOverflow(by: b)
        case "/", "%":
            guard b != 0 else {
                throw ScenarioFailure(
                    column: column, id: .arithmeticOverflow, message: "division by zero in \(a) \(op) \(b)")
            }
            result = op == "/" ? a.dividedReportingOverflow(by: b) : a.remainderReportingOverflow(dividingBy: b)
        case "<<", ">>":
            guard (0..<Int.bitWidth).contains(b) else {
                throw ScenarioFailure(
                    column: column, id: .arithmeticOverflow,
                    message: "shift count \(b) is out of range 0...\(Int.bitWidth - 1) for a 64-bit long")
            }
            if op == ">>" { return .int(a >> b) }
            let shifted = a << b
            result = (shifted, a < 0 || shifted >> b != a)
        case "&": return .int(a & b)
        case "|": return .int(a | b)
        case "^": return .int(a ^ b)
        case "==": return .int(a == b ? 1 : 0)
        case "!=": return .int(a != b ? 1 : 0)
        case "<": return .int(a < b ? 1 : 0)
        case "<=": return .int(a <= b ? 1 : 0)
        case ">": return .int(a > b ? 1 : 0)
        case ">=": return .int(a >= b ? 1 : 0)
        default:
            throw ScenarioFailure(column: column, id: .typeMismatch, message: "'\(op)' cannot combine these values")
        }
        guard !result.overflow else { throw overflow("\(a) \(op) \(b)", column: column) }
        return .int(result.partialValue)
    }

    /// `VAR.FIELD`, through the catalog's page fields.
    func member(_ base: Expression, _ field: String, column: Int) throws(ScenarioFailure) -> Value {
        guard case .name(let name, let nameColumn) = base, let m = machine else {
            throw ScenarioFailure(
                column: base.column, id: .expectedVariable, message: "fields belong to page variables")
        }
        let variable = try pageVariable(name, column: nameColumn)
        guard let entry = Catalog.pageFieldsByName[field] else {
            throw ScenarioFailure(column: column, id: .unknownField, message: "pages have no field '\(field)'")
                .suggesting(field, among: Catalog.pageFields.map(\.name))
        }
        return entry.evaluate(m, variable)
    }

    /// A function call in an expression, through the catalog: arguments evaluated and checked
    /// by kind, then the entry reads the machine.
    func function(_ name: String, _ expressions: [Expression], column: Int) throws(ScenarioFailure) -> Value {
        let m = try requireMachine(column)
        guard let entry = Catalog.functionsByName[name] else {
            throw ScenarioFailure(column: column, id: .unknownFunction, message: "unknown function '\(name)'")
                .suggesting(name, among: Catalog.functions.map(\.name))
        }
        return entry.evaluate(m, try arguments(name, entry.signature, expressions, column: column))
    }

    func int(_ expression: Expression) throws(ScenarioFailure) -> Int {
        guard case .int(let value) = try evaluate(expression) else {
            throw ScenarioFailure(column: expression.column, id: .expectedNumber, message: "expected a number")
        }
        return value
    }

    func order(_ expression: Expression) throws(ScenarioFailure) -> Int {
        let value = try int(expression)
        guard value >= 0 && value <= Kernel.maxPageOrder else {
            throw ScenarioFailure(
                column: expression.column, id: .badOrder,
                message: "order \(value) is out of range 0...\(Kernel.maxPageOrder) (MAX_PAGE_ORDER)")
        }
        return value
    }

    func gfp(_ expression: Expression) throws(ScenarioFailure) -> GFP {
        let mask: GFP
        switch try evaluate(expression) {
        case .gfp(let value): mask = value
        case .int(let value) where value >= 0 && value <= Int(UInt32.max): mask = GFP(rawValue: UInt32(value))
        default:
            throw ScenarioFailure(
                column: expression.column, id: .expectedGFP, message: "expected a gfp mask like GFP_KERNEL")
        }
        if mask.hasBadZoneCombination {
            throw ScenarioFailure(
                column: expression.column, id: .badGFPZone,
                message: "gfp mask \(mask.traceString) combines zone modifiers that gfp_zone() rejects")
        }
        return mask
    }

    func zone(_ expression: Expression) throws(ScenarioFailure) -> ZoneType {
        guard case .symbol(let name) = try evaluate(expression), let zone = ZoneType(name: name) else {
            throw ScenarioFailure(
                column: expression.column, id: .expectedZone, message: "expected a zone (DMA, DMA32, Normal, Movable)"
            )
        }
        return zone
    }

    func migratetype(_ expression: Expression) throws(ScenarioFailure) -> MigrateType {
        guard case .symbol(let name) = try evaluate(expression),
            let type = MigrateType.allCases.first(where: { $0.name == name })
        else {
            throw ScenarioFailure(
                column: expression.column, id: .expectedMigratetype,
                message: "expected a migratetype (Unmovable, Movable, Reclaimable, HighAtomic, Isolate)")
        }
        return type
    }

    /// Checks an `expect` comparison; a false one fails at its own line.
    func expect(_ lhs: Expression, _ op: String, _ rhs: Expression) throws(ScenarioFailure) {
        let a = try evaluate(lhs)
        let b = try evaluate(rhs)
        let holds: Bool
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case "==": holds = x == y
            case "!=": holds = x != y
            case "<": holds = x < y
            case "<=": holds = x <= y
            case ">": holds = x > y
            default: holds = x >= y
            }
        case (.symbol(let x), .symbol(let y)) where op == "==" || op == "!=":
            holds = (x.lowercased() == y.lowercased()) == (op == "==")
        case (.gfp(let x), .gfp(let y)) where op == "==" || op == "!=":
            holds = (x == y) == (op == "==")
        case (.pfn(let x), .pfn(let y)) where op == "==" || op == "!=":
            holds = (x == y) == (op == "==")
        case (.pfn(let x), .page(let name)) where op == "==" || op == "!=",
            (.page(let name), .pfn(let x)) where op == "==" || op == "!=":
            holds = (x == variables[name]!.pfn) == (op == "==")
        default:
            throw ScenarioFailure(
                column: lhs.column, id: .typeMismatch, message: "cannot compare these values with '\(op)'")
        }
        guard holds else {
            throw ScenarioFailure(
                column: lhs.column, id: .expectationFailed,
                message: "expectation failed: got \(describe(a)), expected \(op) \(describe(b))")
        }
    }

    func describe(_ value: Value) -> String {
        switch value {
        case .int(let v): v >= 0x1000 ? "\(v) (\(v.hex))" : String(v)
        case .gfp(let g): g.traceString
        case .page(let name): name
        case .pfn(let pfn): "page at pfn \(pfn.hex)"
        case .symbol(let s): s
        case .string(let s): "\"\(s)\""
        }
    }
}
