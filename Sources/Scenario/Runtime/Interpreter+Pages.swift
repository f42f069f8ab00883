import PageAlloc

extension ScenarioSession {
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

    /// Prints an allocation's result line and binds the variable.
    mutating func recordAllocation(
        name: String, pfn: Int?, gfp: GFP, order: Int,
        target: String?
    ) {
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
