import PageAlloc

extension ScenarioSession {
    /// Kernel calls on pages and folios: references, splitting, folio allocation.
    static let pageCallNames = [
        "folio_alloc", "get_page", "put_page", "folio_get", "folio_put", "get_page_unless_zero", "split_page",
        "split_folio", "compound_head", "page_folio",
    ]

    /// The page a page expression names: a variable (its first page), `VAR + N`, or a call
    /// returning a page (`compound_head(p + 3)`, `page_folio(p)`). Freed variables still name
    /// their pages: what the kernel does with a freed page is the model's to show.
    func pageReference(_ expression: Expression) throws(ScenarioFailure) -> Int {
        let m = try requireMachine(expression.column)
        let pfn: Int
        switch try evaluate(expression, allowFreed: true) {
        case .page(let name): pfn = variables[name]!.pfn
        case .pfn(let value): pfn = value
        default:
            throw ScenarioFailure(
                column: expression.column, id: .expectedPage, message: "expected a page, like p or p + 3")
        }
        guard m.zoneIndex(ofPfn: pfn) != nil else {
            throw ScenarioFailure(
                column: expression.column, id: .badPfn, message: "pfn \(pfn.hex) has no struct page in any zone")
        }
        return pfn
    }

    /// Runs a page or folio call; returns false when `name` is not one.
    mutating func performPageCall(
        _ name: String, _ arguments: [Expression], column: Int,
        target: String?
    ) throws(ScenarioFailure) -> Bool {
        switch name {
        case "folio_alloc":
            try arity(name, arguments, 2, column)
            let gfp = try gfp(arguments[0])
            let order = try order(arguments[1])
            try recordAllocation(
                name: name, pfn: m.folioAlloc(gfp, order: order), gfp: gfp.union(.comp), order: order,
                target: target)
        case "get_page", "folio_get":
            try arity(name, arguments, 1, column)
            let pfn = try pageReference(arguments[0])
            if name == "get_page" { m.getPage(pfn) } else { m.folioGet(pfn) }
        case "put_page", "folio_put":
            try arity(name, arguments, 1, column)
            let pfn = try pageReference(arguments[0])
            if name == "put_page" { m.putPage(pfn) } else { m.folioPut(pfn) }
        case "get_page_unless_zero":
            try arity(name, arguments, 1, column)
            let got = m.getPageUnlessZero(try pageReference(arguments[0]))
            print("get_page_unless_zero: \(got ? 1 : 0)")
        case "split_page":
            try arity(name, arguments, 2, column)
            m.splitPage(try pageReference(arguments[0]), order: try order(arguments[1]))
        case "split_folio":
            try arity(name, arguments, 1, column)
            let folio = try pageReference(arguments[0])
            do throws(FolioSplitError) {
                try m.splitFolio(folio)
                print("split_folio: 0")
            } catch {
                print("split_folio: -\(error.errno) (\(error))")
            }
        case "compound_head", "page_folio":
            try arity(name, arguments, 1, column)
            let pfn = try pageReference(arguments[0])
            let head = name == "compound_head" ? m.compoundHead(pfn) : m.pageFolio(pfn)
            let label = target ?? name
            print("\(label): pfn=\(head.hex)")
            if let target {
                variables[target] = PageVariable(pfn: head, order: m.compoundOrder(head), freedAtLine: nil)
            }
        default:
            return false
        }
        return true
    }

    /// Prints an allocation's result line and binds the variable.
    mutating func recordAllocation(
        name: String, pfn: Int?, gfp: GFP, order: Int,
        target: String?
    ) throws(ScenarioFailure) {
        let label = target ?? name
        guard let pfn else {
            print("\(label): allocation failed (order=\(order) gfp=\(gfp.traceString))")
            if let target { variables[target] = nil }
            return
        }
        let requested = m.migratetype(for: gfp)
        let block = m.pageblockMigratetype(pfn)
        let zone = m.zones[m.zoneIndex(ofPfn: pfn) ?? 0].type.name
        var line = "\(label): pfn=\(pfn.hex) order=\(order) zone=\(zone) migratetype=\(requested.name)"
        if block != requested { line += " pageblock=\(block.name)" }
        print(line)
        if let target { variables[target] = PageVariable(pfn: pfn, order: order, freedAtLine: nil) }
    }
}
