import PageAlloc

extension ScenarioSession {
    /// Runs a kernel call statement, assigning an allocated block to `target`.
    mutating func perform(_ call: Expression, assignTo target: String?, mustFail: Bool = false) throws(ScenarioFailure)
    {
        guard case .call(let name, let arguments, let column) = call else { return }
        try requireBooted(column)
        if !mustFail, try performPageCall(name, arguments, column: column, target: target) { return }
        switch name {
        case "alloc_pages", "__get_free_pages":
            try arity(name, arguments, 2, column)
            try allocate(
                name: name, gfp: try gfp(arguments[0]), order: try order(arguments[1]), node: nil,
                target: target, mustFail: mustFail, column: column)
        case "alloc_page", "__get_free_page":
            try arity(name, arguments, 1, column)
            try allocate(
                name: name, gfp: try gfp(arguments[0]), order: 0, node: nil, target: target,
                mustFail: mustFail, column: column)
        case "alloc_pages_node":
            try arity(name, arguments, 3, column)
            let node = try int(arguments[0])
            guard node >= 0 && node < m.nodeCount else {
                throw ScenarioFailure(
                    column: arguments[0].column, id: .badNode,
                    message: "no node \(node): the machine has nodes 0-\(m.nodeCount - 1)")
            }
            try allocate(
                name: name, gfp: try gfp(arguments[1]), order: try order(arguments[2]), node: node,
                target: target, mustFail: mustFail, column: column)
        case "alloc_hugetlb_folio":
            try arity(name, arguments, 0, column)
            let label = target ?? name
            if let pfn = m.allocHugetlbFolio() {
                if mustFail {
                    m.freeHugeFolio(pfn)
                    throw ScenarioFailure(
                        column: column, id: .expectationFailed,
                        message: "expectation failed: \(name) succeeded with pfn \(pfn.hex)")
                }
                let order = m.hstates[0].order
                print(
                    "\(label): pfn=\(pfn.hex) order=\(order) zone=\(m.zones[m.zoneIndex(ofPfn: pfn) ?? 0].type.name) hugetlb"
                )
                if let target {
                    variables[target] = PageVariable(pfn: pfn, order: order, freedAtLine: nil, kind: .hugetlb)
                }
            } else {
                print("\(label): no free huge page in the pool")
                if let target { variables[target] = nil }
            }
        case _ where mustFail:
            throw ScenarioFailure(
                column: column, id: .expectedAllocation, message: "'expect fail' takes an allocation")
        case "__free_pages", "free_pages":
            try arity(name, arguments, 2, column)
            try free(arguments[0], order: try order(arguments[1]), orderColumn: arguments[1].column)
        case "__free_page", "free_page":
            try arity(name, arguments, 1, column)
            try free(arguments[0], order: 0, orderColumn: arguments[0].column)
        case "free_huge_folio":
            try arity(name, arguments, 1, column)
            guard case .name(let variableName, let c) = arguments[0] else {
                throw ScenarioFailure(
                    column: arguments[0].column, id: .expectedVariable, message: "expected a hugetlb folio variable")
            }
            let variable = try pageVariable(variableName, column: c)
            guard variable.kind == .hugetlb else {
                throw ScenarioFailure(column: c, id: .notHugetlb, message: "'\(variableName)' is not a hugetlb folio")
            }
            m.freeHugeFolio(variable.pfn)
            variables[variableName]?.freedAtLine = currentLine
        case "compact_zone":
            try arity(name, arguments, 1, column)
            let type = try zone(arguments[0])
            let z = Machine.zoneIndex(node: m.currentNode, type: type)
            let result = m.compactZone(z)
            print("compact_zone(\(type.name)): \(result.name)")
        case "wakeup_kswapd":
            guard (1...2).contains(arguments.count) else {
                throw ScenarioFailure(
                    column: column, id: .wrongArgumentCount, message: "wakeup_kswapd takes (ZONE[, ORDER])")
            }
            let type = try zone(arguments[0])
            let order = arguments.count == 2 ? try order(arguments[1]) : 0
            let z = Machine.zoneIndex(node: m.currentNode, type: type)
            let before = m.pageCachePages(node: m.currentNode)
            m.wakeupKswapd(zone: z, order: order)
            print(
                "kswapd\(m.currentNode): reclaimed \(before - m.pageCachePages(node: m.currentNode)) page-cache pages")
        case "filemap_add_folio":
            guard (1...2).contains(arguments.count), case .name(let variableName, let c) = arguments[0] else {
                throw ScenarioFailure(
                    column: column, id: .wrongArgumentCount, message: "filemap_add_folio takes (PAGE[, dirty])")
            }
            let variable = try pageVariable(variableName, column: c)
            var dirty = false
            if arguments.count == 2 {
                guard case .name("dirty", _) = arguments[1] else {
                    throw ScenarioFailure(
                        column: arguments[1].column, id: .expectedDirty, message: "expected 'dirty' or nothing")
                }
                dirty = true
            }
            guard m.markPageCache(variable.pfn, order: variable.order, dirty: dirty) else {
                throw ScenarioFailure(
                    column: c, id: .notCacheable,
                    message:
                        "'\(variableName)' cannot join the page cache (it must be one allocated block with one reference)"
                )
            }
            // The page cache now holds the only reference: the variable no longer owns the pages.
            variables[variableName]?.freedAtLine = currentLine
        case "drain_local_pages":
            try arity(name, arguments, 0, column)
            m.drainLocalPages()
        case "drain_all_pages":
            try arity(name, arguments, 0, column)
            m.drainAllPages()
        case "vmstat_update":
            try arity(name, arguments, 0, column)
            m.vmstatUpdate()
        default:
            throw ScenarioFailure(column: column, id: .unknownCall, message: "unknown kernel call '\(name)'")
                .suggesting(name, among: Interpreter.callNames)
        }
    }

    func arity(_ name: String, _ arguments: [Expression], _ count: Int, _ column: Int) throws(ScenarioFailure) {
        guard arguments.count == count else {
            throw ScenarioFailure(
                column: column, id: .wrongArgumentCount,
                message: "\(name) takes \(count) argument\(count == 1 ? "" : "s"), not \(arguments.count)")
        }
    }

    mutating func allocate(
        name: String, gfp: GFP, order: Int, node: Int?, target: String?,
        mustFail: Bool, column: Int
    ) throws(ScenarioFailure) {
        let result = m.allocPages(gfp, order: order, node: node)
        if mustFail, let pfn = result {
            m.freePages(pfn, order: order)
            throw ScenarioFailure(
                column: column, id: .expectationFailed,
                message: "expectation failed: \(name) succeeded with pfn \(pfn.hex) (order \(order))")
        }
        try recordAllocation(name: name, pfn: result, gfp: gfp, order: order, target: target)
    }

    /// `__free_pages(p, order)`: whatever the order and however often, the model decides; a
    /// double free or a wrong order is a simulated kernel bug that the kernel's report shows.
    mutating func free(_ argument: Expression, order: Int, orderColumn: Int) throws(ScenarioFailure) {
        let pfn = try pageReference(argument)
        m.freePages(pfn, order: order)
        if case .name(let name, _) = argument, variables[name]?.freedAtLine == nil, variables[name]?.pfn == pfn {
            variables[name]?.freedAtLine = currentLine
        }
    }

    /// The live page variable `name`, or an error naming what is wrong with it.
    func pageVariable(_ name: String, column: Int) throws(ScenarioFailure) -> PageVariable {
        guard let variable = variables[name] else {
            throw ScenarioFailure(
                column: column, id: .undefinedVariable, message: "undefined variable '\(name)'"
            ).suggesting(name, among: variables.keys.sorted())
        }
        if let line = variable.freedAtLine {
            throw ScenarioFailure(
                column: column, id: .useAfterFree,
                message: "'\(name)' was already freed (line \(line))")
        }
        return variable
    }

}
