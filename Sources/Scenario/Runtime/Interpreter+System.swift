import PageAlloc

extension ScenarioSession {
    /// `show gfp EXPR [ORDER]`: what the allocator makes of a gfp mask.
    mutating func showGFP(_ asked: GFP, order: Int) {
        print("gfp_flags: \(asked.traceString) (\(Int(asked.rawValue).hex))")
        let task = machine?.task ?? TaskContext()
        let mask = task.currentGfpContext(asked)
        if mask != asked { print("current_gfp_context: \(mask.traceString) (\(Int(mask.rawValue).hex))") }
        print("gfp_zone: \(mask.zone.name), \(mask.contains(.thisnode) ? "ZONELIST_NOFALLBACK" : "ZONELIST_FALLBACK")")
        let type = machine?.migratetype(for: mask) ?? mask.migratetype
        print("gfp_migratetype: \(type.name)")
        if let m = machine, let ac = m.prepareAllocPages(mask, node: m.currentNode) {
            let preferred = m.zones[ac.preferredZone]
            let fast = AllocFlags(watermark: .low).union(m.allocFlagsNofragment(zone: ac.preferredZone, gfp: mask))
            print("fast path (preferred zone Node \(preferred.node) \(preferred.type.name)): \(fast)")
        }
        print("slow path (order \(order)): \(AllocFlags.gfpToAllocFlags(mask, order: order, task: task))")
        let reserve = AllocFlags.gfpPfmemallocFlags(mask, task: task)
        if task != TaskContext(), !reserve.isEmpty { print("reserves (__gfp_pfmemalloc_flags): \(reserve)") }
    }

    /// `sysctl vm.NAME=VALUE`, checked against the bounds the kernel's table gives the sysctl.
    mutating func sysctl(_ name: String, _ value: Expression, column: Int) throws(ScenarioFailure) {
        try requireBooted(column)
        guard let entry = Catalog.sysctlsByName[name] else {
            throw ScenarioFailure(column: column, id: .unknownSysctl, message: "unknown sysctl '\(name)'")
                .suggesting(name, among: Catalog.sysctls.map(\.name))
        }
        let accepted: Bool
        if entry.type == .intArray {
            guard case .string(let text, _) = value else {
                throw ScenarioFailure(
                    column: value.column, id: .expectedString,
                    message: "\(name) takes a quoted list like \"256 256 32 0 0\"")
            }
            var ratios: [Int] = []
            for word in text.split(separator: " ") {
                guard let ratio = Lexer.parseNumber(String(word)) else {
                    throw ScenarioFailure(
                        column: value.column, id: .badSysctlValue, message: "'\(word)' is not a number")
                }
                if let message = Catalog.rejection(of: ratio, for: entry) {
                    throw ScenarioFailure(column: value.column, id: .sysctlOutOfRange, message: message)
                }
                ratios.append(ratio)
            }
            accepted = m.setLowmemReserveRatio(ratios)
        } else {
            let number = try int(value)
            if let message = Catalog.rejection(of: number, for: entry) {
                throw ScenarioFailure(column: value.column, id: .sysctlOutOfRange, message: message)
            }
            accepted = entry.apply(&self, number)
        }
        guard accepted else {
            throw ScenarioFailure(
                column: value.column, id: .badSysctlValue,
                message: "the kernel rejects this value for \(name) (-EINVAL)")
        }
    }

    /// `workload churn ops=N seed=S orders=A..B mix="GFP:W ..." keep=P%`: a seeded run of
    /// allocations, each followed (with probability 100-P %) by the free of a random block the
    /// workload holds. The blocks it keeps stay allocated.
    mutating func workload(_ kind: String, _ options: [Statement.Option], column: Int) throws(ScenarioFailure) {
        guard kind == "churn" else {
            throw ScenarioFailure(column: column, id: .unknownWorkload, message: "unknown workload '\(kind)'")
                .suggesting(kind, among: Catalog.workloadKinds)
        }
        try requireBooted(column)
        var ops = 1000
        var seed = 1
        var orders = 0...0
        var mix: [(GFP, Int)] = [(.highuserMovable, 1)]
        var keep = 50
        var cache = 0
        var dirty = 0
        for option in options {
            switch option.key {
            case "ops": ops = try int(option.value)
            case "seed": seed = try int(option.value)
            case "keep": keep = try int(option.value)
            case "cache": cache = try int(option.value)
            case "dirty": dirty = try int(option.value)
            case "orders":
                if case .binary("..", let low, let high, _) = option.value {
                    orders = try order(low)...max(try order(low), try order(high))
                } else {
                    let single = try order(option.value)
                    orders = single...single
                }
            case "mix":
                guard case .string(let text, _) = option.value else {
                    throw ScenarioFailure(
                        column: option.value.column, id: .expectedString,
                        message: "mix= takes a quoted list like \"GFP_KERNEL:30 GFP_HIGHUSER_MOVABLE:70\"")
                }
                mix = try parseMix(text, column: option.value.column)
            default:
                throw ScenarioFailure(
                    column: option.column, id: .unknownOption,
                    message: "unknown workload option '\(option.key)'"
                ).suggesting(option.key, among: ["ops", "seed", "orders", "mix", "keep", "cache", "dirty"])
            }
        }
        guard (0...Limits.workloadOperations).contains(ops), (0...100).contains(keep), (0...100).contains(cache),
            (0...100).contains(dirty)
        else {
            throw ScenarioFailure(
                column: column, id: .badWorkload,
                message: "ops= must be 0 to \(Limits.workloadOperations), and keep=, cache= and dirty= 0% to 100%")
        }
        var rng = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed))
        let totalWeight = mix.reduce(0) { $0 + $1.1 }
        var failed = 0
        var freed = 0
        for op in 0..<ops {
            if op & 4095 == 4095 { try checkOutputSize(column: column) }
            var pick = Int.random(in: 0..<totalWeight, using: &rng)
            let gfp = mix.first {
                pick -= $0.1; return pick < 0
            }!.0
            let order = Int.random(in: orders, using: &rng)
            if let pfn = m.allocPages(gfp, order: order) {
                workloadBlocks.append(PageVariable(pfn: pfn, order: order, freedAtLine: nil))
            } else {
                failed += 1
                collectReports()
            }
            if Int.random(in: 0..<100, using: &rng) >= keep, !workloadBlocks.isEmpty {
                let victim = workloadBlocks.remove(at: Int.random(in: 0..<workloadBlocks.count, using: &rng))
                m.freePages(victim.pfn, order: victim.order)
                freed += 1
            }
        }
        // cache=P%: that share of the blocks held in Movable pageblocks becomes page cache
        // (filemap_add_folio), dirty=P% of those dirty; the page cache then owns them.
        var cached = 0
        if cache > 0 {
            let held = workloadBlocks
            workloadBlocks = held.filter { block in
                guard m.pageblockMigratetype(block.pfn) == .movable, Int.random(in: 0..<100, using: &rng) < cache else {
                    return true
                }
                let isDirty = Int.random(in: 0..<100, using: &rng) < dirty
                guard m.markPageCache(block.pfn, order: block.order, dirty: isDirty) else { return true }
                cached += 1 << block.order
                return false
            }
        }
        let pages = workloadBlocks.reduce(0) { $0 + (1 << $1.order) }
        print(
            "workload churn: \(ops) allocations (\(failed) failed), \(freed) frees, "
                + "\(workloadBlocks.count) blocks held (\(pages) pages)"
                + (cache > 0 ? ", \(cached) pages of page cache" : ""))
    }

    /// Reads `mix="GFP:WEIGHT ..."`, whose string starts at `column`: each GFP is an
    /// expression of the one grammar, located at its own characters.
    func parseMix(_ text: String, column: Int) throws(ScenarioFailure) -> [(GFP, Int)] {
        var mix: [(GFP, Int)] = []
        var offset = 1  // the opening quote
        for item in text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { offset += item.count + 1 }
            guard !item.isEmpty else { continue }
            let itemColumn = column + offset
            guard let colon = item.lastIndex(of: ":"), let weight = Int(item[item.index(after: colon)...]),
                (1...Limits.mixWeight).contains(weight)
            else {
                throw ScenarioFailure(
                    column: itemColumn, id: .badMix,
                    message: "bad mix entry '\(item)': expected GFP:WEIGHT with WEIGHT 1 to \(Limits.mixWeight)",
                    length: item.count)
            }
            guard mix.count < Limits.mixEntries else {
                throw ScenarioFailure(
                    column: itemColumn, id: .badMix, message: "mix= holds at most \(Limits.mixEntries) entries",
                    length: item.count)
            }
            let expression = try Parser.parseExpression(String(item[..<colon]), column: itemColumn)
            mix.append((try gfp(expression), weight))
        }
        guard !mix.isEmpty else { throw ScenarioFailure(column: column, id: .badMix, message: "mix= is empty") }
        return mix
    }

    /// `fill ZONE until min|low|high [gfp=MASK]`: allocates order-0 pages until the zone's free
    /// pages reach the watermark, or an allocation fails or is served by another zone.
    mutating func fill(
        _ zoneExpression: Expression, until mark: String, _ options: [Statement.Option],
        column: Int
    ) throws(ScenarioFailure) {
        try requireBooted(column)
        let type = try zone(zoneExpression)
        let z = Machine.zoneIndex(node: m.currentNode, type: type)
        guard m.zones[z].isPopulated else {
            throw ScenarioFailure(
                column: zoneExpression.column, id: .emptyZone, message: "zone \(type.name) has no memory on this node"
            )
        }
        let levels: [String: WatermarkLevel] = ["min": .min, "low": .low, "high": .high]
        guard let level = levels[mark] else {
            throw ScenarioFailure(
                column: column, id: .badWatermark, message: "expected min, low or high after 'until'")
        }
        var mask: GFP =
            type == .movable
            ? .highuserMovable : type == .dma ? [.kernel, .dma] : type == .dma32 ? [.kernel, .dma32] : .kernel
        for option in options {
            guard option.key == "gfp" else {
                throw ScenarioFailure(
                    column: option.column, id: .unknownOption,
                    message: "unknown fill option '\(option.key)' (expected gfp=)")
            }
            mask = try gfp(option.value)
        }
        var count = 0
        while m.zones[z].freePages > m.zones[z].watermarkPages(level) {
            guard let pfn = m.allocPages(mask, order: 0) else { break }
            workloadBlocks.append(PageVariable(pfn: pfn, order: 0, freedAtLine: nil))
            count += 1
            if m.zoneIndex(ofPfn: pfn) != z { break }
        }
        let zone = m.zones[z]
        print(
            "fill: \(count) pages allocated; Node \(zone.node) \(type.name) free \(zone.freePages), "
                + "\(mark) watermark \(zone.watermarkPages(level))")
    }
}
