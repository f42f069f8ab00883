import PageAlloc

extension ScenarioSession {
    /// Runs a kernel call statement through its catalog entry: checks the arity, evaluates
    /// and checks every argument by its kind, then lets the handler mutate the machine.
    mutating func perform(_ call: Expression, assignTo target: String?, mustFail: Bool = false) throws(ScenarioFailure)
    {
        guard case .call(let name, let expressions, let column) = call else { return }
        try requireBooted(column)
        guard let entry = Catalog.callsByName[name] else {
            throw ScenarioFailure(column: column, id: .unknownCall, message: "unknown kernel call '\(name)'")
                .suggesting(name, among: Catalog.calls.map(\.name))
        }
        if mustFail && !entry.allocates {
            throw ScenarioFailure(column: column, id: .expectedAllocation, message: "'expect fail' takes an allocation")
        }
        var arguments = try self.arguments(name, entry.signature, expressions, column: column)
        try checkBlockInMemmap(arguments)
        arguments.target = target
        arguments.mustFail = mustFail
        try entry.handler(&self, arguments)
    }

    /// Refuses a call on a page and an order whose 2^order pages run past the end of the
    /// memmap: the kernel would touch struct pages that do not exist (a fault in the vmemmap,
    /// an oops the model cannot print), so this is a located error.
    func checkBlockInMemmap(_ arguments: CallArguments) throws(ScenarioFailure) {
        guard arguments.values.count >= 2, case .page(let pfn, _) = arguments.values[0],
            case .int(let order) = arguments.values[1],
            Catalog.callsByName[arguments.name]?.signature.required
                .starts(with: [.page, .order]) == true
        else { return }
        let end = pfn + (1 << order)
        guard end > m.memmap.count else { return }
        throw ScenarioFailure(
            column: arguments.expressions[1].column, id: .badPfn,
            message: "the \(1 << order) pages from pfn \(pfn.hex) run past the end of the memmap "
                + "(pfn \(m.memmap.count.hex)): the kernel would touch struct pages that do not exist")
    }

    /// Evaluates `expressions` as the arguments of `signature`, checking their count and kinds.
    func arguments(
        _ name: String, _ signature: Signature, _ expressions: [Expression], column: Int
    ) throws(ScenarioFailure) -> CallArguments {
        guard signature.arity.contains(expressions.count) else {
            let count = signature.arity.lowerBound
            let takes =
                signature.optional.isEmpty
                ? "\(count) argument\(count == 1 ? "" : "s")" : "\(signature.text)"
            throw ScenarioFailure(
                column: column, id: .wrongArgumentCount,
                message: "\(name) takes \(takes), not \(expressions.count)")
        }
        let kinds = signature.required + signature.optional
        var values: [Argument] = []
        for (expression, kind) in zip(expressions, kinds) { values.append(try argument(expression, kind)) }
        return CallArguments(name: name, values: values, expressions: expressions, column: column)
    }

    /// One argument, evaluated and checked as `kind`.
    func argument(_ expression: Expression, _ kind: ArgumentKind) throws(ScenarioFailure) -> Argument {
        switch kind {
        case .gfp: return .gfp(try gfp(expression))
        case .order: return .int(try order(expression))
        case .node:
            let node = try int(expression)
            let nodes = machine?.nodeCount ?? 1
            guard node >= 0 && node < nodes else {
                throw ScenarioFailure(
                    column: expression.column, id: .badNode,
                    message: "no node \(node): the machine has nodes 0-\(nodes - 1)")
            }
            return .int(node)
        case .size:
            let size = try int(expression)
            guard size >= 0 && size <= Limits.maxMemoryBytes else {
                throw ScenarioFailure(
                    column: expression.column, id: .badOrder,
                    message: "size \(size) is out of range 0...\(Limits.maxMemoryBytes) (the largest machine)")
            }
            return .int(size)
        case .page:
            let name: String? = if case .name(let n, _) = expression { n } else { nil }
            return .page(try pageReference(expression), variable: name)
        case .variable:
            guard case .name(let name, let column) = expression else {
                throw ScenarioFailure(
                    column: expression.column, id: .expectedVariable, message: "expected a page variable")
            }
            return .variable(name, try pageVariable(name, column: column))
        case .zone: return .zone(try zone(expression))
        case .migratetype: return .migratetype(try migratetype(expression))
        case .dirty, .all:
            guard case .name(kind.rawValue, _) = expression else {
                throw ScenarioFailure(
                    column: expression.column, id: kind == .dirty ? .expectedDirty : .expectedWord,
                    message: "expected '\(kind.rawValue)' or nothing")
            }
            return .flag
        case .cpu:
            let cpu = try int(expression)
            let cpus = machine?.cpuCount ?? 1
            guard cpu >= 0 && cpu < cpus else {
                throw ScenarioFailure(
                    column: expression.column, id: .badCPU, message: "no CPU \(cpu): the machine has CPUs 0-\(cpus - 1)"
                )
            }
            return .int(cpu)
        case .pfn:
            let pfn = try int(expression)
            guard machine?.zoneIndex(ofPfn: pfn) != nil else {
                throw ScenarioFailure(
                    column: expression.column, id: .badPfn, message: "pfn \(pfn.hex) has no struct page in any zone")
            }
            return .int(pfn)
        case .number: return .int(try int(expression))
        case .count:
            let count = try int(expression)
            guard count >= 1 && count <= Limits.maxMemoryBytes >> Kernel.pageShift else {
                throw ScenarioFailure(
                    column: expression.column, id: .badOrder,
                    message: "\(count) pages is out of range 1...\(Limits.maxMemoryBytes >> Kernel.pageShift)")
            }
            return .int(count)
        }
    }

    /// An allocation call: `expect fail` frees what it got and fails; otherwise the result
    /// line is printed and the variable bound.
    mutating func allocate(_ a: CallArguments, gfp: GFP, order: Int, node: Int?) throws(ScenarioFailure) {
        try allocate(a, gfp: gfp, order: order) { m in m.allocPages(gfp, order: order, node: node) }
    }

    /// An allocation call whose pages `call` takes from the machine; `gfp` is the mask it
    /// reports.
    mutating func allocate(
        _ a: CallArguments, gfp: GFP, order: Int, _ call: (inout Machine) -> Int?
    ) throws(ScenarioFailure) {
        let result = call(&m)
        if a.mustFail, let pfn = result {
            m.freePages(pfn, order: order)
            throw ScenarioFailure(
                column: a.column, id: .expectationFailed,
                message: "expectation failed: \(a.name) succeeded with pfn \(pfn.hex) (order \(order))")
        }
        recordAllocation(name: a.name, pfn: result, gfp: gfp, order: order, target: a.target)
    }

    /// Binds `target` (when the statement assigns) to `variable`, or unbinds it on nil.
    mutating func bind(_ target: String?, _ variable: PageVariable?) {
        if let target { variables[target] = variable }
    }

    /// `alloc_hugetlb_folio()`: a huge page from the pool.
    mutating func allocateHugetlbFolio(_ a: CallArguments) throws(ScenarioFailure) {
        let label = a.target ?? a.name
        guard let pfn = m.allocHugetlbFolio() else {
            print("\(label): no free huge page in the pool")
            if let target = a.target { variables[target] = nil }
            return
        }
        if a.mustFail {
            m.freeHugeFolio(pfn)
            throw ScenarioFailure(
                column: a.column, id: .expectationFailed,
                message: "expectation failed: \(a.name) succeeded with pfn \(pfn.hex)")
        }
        let order = m.hstates[0].order
        print("\(label): pfn=\(pfn.hex) order=\(order) zone=\(m.zones[m.zoneIndex(ofPfn: pfn) ?? 0].type.name) hugetlb")
        if let target = a.target {
            variables[target] = PageVariable(pfn: pfn, order: order, freedAtLine: nil, kind: .hugetlb)
        }
    }

    /// `__free_pages(p, order)`: whatever the order and however often, the model decides; a
    /// double free or a wrong order is a simulated kernel bug that the kernel's report shows.
    mutating func free(_ a: CallArguments, order: Int) {
        let pfn = a.pfn(0)
        m.freePages(pfn, order: order)
        if let name = a.variableName(0), variables[name]?.freedAtLine == nil, variables[name]?.pfn == pfn {
            variables[name]?.freedAtLine = currentLine
        }
    }

    /// Marks the variable argument `i` names as freed on the current line.
    mutating func markFreed(_ a: CallArguments, _ i: Int) {
        if let name = a.variableName(i) { variables[name]?.freedAtLine = currentLine }
    }

    /// `[VAR =] compound_head(PAGE)` and `page_folio(PAGE)`: prints the head and binds VAR.
    mutating func bindHead(_ a: CallArguments, head: Int) {
        print("\(a.target ?? a.name): pfn=\(head.hex)")
        if let target = a.target {
            variables[target] = PageVariable(pfn: head, order: m.compoundOrder(head), freedAtLine: nil)
        }
    }

    /// The live page variable `name`, or an error naming what is wrong with it.
    func pageVariable(_ name: String, column: Int) throws(ScenarioFailure) -> PageVariable {
        guard let variable = variables[name] else {
            throw ScenarioFailure(column: column, id: .undefinedVariable, message: "undefined variable '\(name)'")
                .suggesting(name, among: variables.keys.sorted())
        }
        if let line = variable.freedAtLine {
            throw ScenarioFailure(
                column: column, id: .useAfterFree, message: "'\(name)' was already freed (line \(line))")
        }
        return variable
    }

    /// The zone index of argument `i` on the current node, which must have memory.
    func populatedZone(_ a: CallArguments, _ i: Int) throws(ScenarioFailure) -> Int {
        let z = Machine.zoneIndex(node: m.currentNode, type: a.zone(i))
        guard m.zones[z].isPopulated else {
            throw ScenarioFailure(
                column: a.column(i), id: .emptyZone, message: "zone \(a.zone(i).name) has no memory on this node")
        }
        return z
    }
}
