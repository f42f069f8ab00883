extension Machine {
    /// Checks the allocator's internal consistency; returns one message per violation.
    ///
    /// What it checks, per populated zone: every free-list entry is a PageBuddy page of the
    /// list's order, in the zone, with no reference, in pageblocks of the list's migratetype (the
    /// freelist hygiene 6.10+ warns about in `__del_page_from_free_list()`); `nr_free` and the
    /// list lengths agree; no two free blocks overlap; no two free buddies of the same order
    /// are left unmerged where `__free_one_page()` would merge them; `NR_FREE_PAGES` and
    /// `nr_free_highatomic` match the lists; per-CPU list counts match their entries, whose
    /// pages are not PageBuddy; `nr_reserved_highatomic` matches the HighAtomic pageblocks. And,
    /// page by page (`checkPageStates`): every free page is a plain page (no reference, mapcount
    /// -1 or PageBuddy on a buddy head, no flags, no compound linkage); no PageBuddy page or
    /// per-CPU mark outside the free lists; every tail page points at a head whose folio order
    /// covers it.
    ///
    /// Two states of a double free on a kernel without CONFIG_DEBUG_VM are accepted. A free
    /// page whose count a second free took below zero stays on its list until an allocation
    /// takes it ("no reference" is a count of 0 or less). Then `check_new_pages()` reports it
    /// and discards its block, which is on no list and has no owner: like any page off the
    /// lists it counts as allocated, whatever its count. On a kernel booted without
    /// `check_pages_enabled` (`KernelConfig.checkPagesEnabled`) nothing reports the page: it is
    /// handed out again, with a count of 1 as the first page of its block and -1 as any other,
    /// and freed again with that count; both are states accepted above. Then the page cache and the hugetlb pools (`pageCacheInvariantProblems()`,
    /// `hugetlbInvariantProblems()`).
    public func checkInvariants() -> [String] {
        var problems: [String] = []
        for (z, zone) in zones.enumerated() where zone.isPopulated {
            let name = "Node \(zone.node) \(zone.type.name)"
            var covered = Set<Int>()
            var extents: [(start: Int, end: Int)] = []
            var pcpBlocks: [(start: Int, order: Int)] = []
            var free = 0
            var highatomic = 0
            for order in 0..<Kernel.nrPageOrders {
                var blocks = 0
                for type in MigrateType.allCases {
                    let list = zone.freeArea[order].freeList[type.rawValue]
                    let entries = memmap.entries(of: list)
                    if entries.count != list.count {
                        problems.append(
                            "\(name): free_list[\(order)][\(type.name)] has \(entries.count) entries, count says \(list.count)"
                        )
                    }
                    blocks += entries.count
                    for pfn in entries {
                        let where_ =
                            "\(name): block at pfn \(pfn.hex) on free_list[\(order)][\(type.name)]"
                        if !memmap.isBuddy(pfn) || memmap.buddyOrder(pfn) != order {
                            problems.append("\(where_) is not a PageBuddy page of order \(order)")
                        }
                        if zoneIndex(ofPfn: pfn) != z || !zone.spans(pfn + (1 << order) - 1) {
                            problems.append("\(where_) is not wholly in the zone")
                        }
                        if pfn & ((1 << order) - 1) != 0 { problems.append("\(where_) is not aligned to its order") }
                        if memmap.refcount[pfn] > 0 {
                            problems.append("\(where_) has refcount \(memmap.refcount[pfn])")
                        }
                        if pageblockMigratetype(pfn) != type {
                            problems.append("\(where_) lies in a \(pageblockMigratetype(pfn).name) pageblock")
                        }
                        if !covered.insert(pfn).inserted { problems.append("\(where_) is on two lists") }
                        extents.append((pfn, pfn + (1 << order)))
                        if order < Kernel.maxPageOrder {
                            let buddy = pfn ^ (1 << order)
                            if buddy > pfn && pageIsBuddy(zone: z, buddyPfn: buddy, order: order) {
                                let buddyType = pageblockMigratetype(buddy)
                                let mergeable =
                                    order < Kernel.pageblockOrder || buddyType == type
                                    || (type.isMergeable && buddyType.isMergeable)
                                if mergeable { problems.append("\(where_) and its free buddy were not merged") }
                            }
                        }
                        if type != .isolate { free += 1 << order }
                        if type == .highAtomic { highatomic += 1 << order }
                    }
                }
                if blocks != zone.freeArea[order].nrFree {
                    problems.append(
                        "\(name): free_area[\(order)].nr_free is \(zone.freeArea[order].nrFree), the lists hold \(blocks)"
                    )
                }
            }
            extents.sort { $0.start < $1.start }
            for (a, b) in zip(extents, extents.dropFirst()) where a.end > b.start {
                problems.append(
                    "\(name): free blocks at pfn \(a.start.hex) and \(b.start.hex) overlap"
                )
            }
            if free != zone.freePages {
                problems.append("\(name): NR_FREE_PAGES is \(zone.freePages), the lists hold \(free)")
            }
            if highatomic != zone.nrFreeHighatomic {
                problems.append("\(name): nr_free_highatomic is \(zone.nrFreeHighatomic), the lists hold \(highatomic)")
            }
            for (cpu, pcp) in zones.pcps(of: z).enumerated() {
                var pages = 0
                for pindex in 0..<PerCPUPages.listCount {
                    let order = PerCPUPages.order(ofPindex: pindex)
                    let entries = memmap.entries(of: pcp.lists[pindex])
                    if entries.count != pcp.lists[pindex].count {
                        problems.append(
                            "\(name): cpu \(cpu) pcp list \(pindex) has \(entries.count) entries, count says \(pcp.lists[pindex].count)"
                        )
                    }
                    for pfn in entries {
                        pcpBlocks.append((pfn, order))
                        if memmap.isBuddy(pfn) {
                            problems.append("\(name): cpu \(cpu) pcp page \(pfn.hex) is PageBuddy")
                        }
                        if !covered.insert(pfn).inserted {
                            problems.append("\(name): pcp page \(pfn.hex) is also on another list")
                        }
                    }
                    pages += entries.count << order
                }
                if pages != pcp.count {
                    problems.append("\(name): cpu \(cpu) pcp count is \(pcp.count), the lists hold \(pages)")
                }
            }
            checkPageStates(zone: z, buddyBlocks: extents, pcpBlocks: pcpBlocks, into: &problems)
            var reserved = 0
            var block = zone.startPfn & ~(Kernel.pageblockNrPages - 1)
            while block < zone.endPfn {
                if pageblockMigratetype(block) == .highAtomic { reserved += Kernel.pageblockNrPages }
                block += Kernel.pageblockNrPages
            }
            if reserved != zone.nrReservedHighatomic {
                problems.append(
                    "\(name): nr_reserved_highatomic is \(zone.nrReservedHighatomic), HighAtomic pageblocks hold \(reserved)"
                )
            }
        }
        return problems + pageCacheInvariantProblems() + hugetlbInvariantProblems()
    }

    /// Checks every page of zone `z` against the free blocks found on its lists.
    ///
    /// This runs over every page after every step of the property tests.
    private func checkPageStates(
        zone z: Int, buddyBlocks: [(start: Int, end: Int)], pcpBlocks: [(start: Int, order: Int)],
        into problems: inout [String]
    ) {
        let zone = zones[z]
        let start = zone.startPfn
        let other: UInt8 = 0, inUse: UInt8 = 1, free: UInt8 = 2, pcpHead: UInt8 = 3
        var state = [UInt8](repeating: inUse, count: zone.spannedPages)
        state.withUnsafeMutableBufferPointer { state in
            let zoneIndex = memmap.zoneIndex
            for i in state.indices where Int(zoneIndex[start + i]) != z { state[i] = other }
            for block in buddyBlocks {
                for pfn in max(block.start, start)..<min(block.end, zone.endPfn) { state[pfn - start] = free }
            }
            for block in pcpBlocks where zone.spans(block.start) {
                for pfn in block.start..<min(block.start + (1 << block.order), zone.endPfn) {
                    state[pfn - start] = free
                }
                state[block.start - start] = pcpHead
            }
        }
        var bad: [(pfn: Int, what: String)] = []
        for block in pcpBlocks where Int(memmap.pcpOrder[block.start]) != block.order {
            bad.append((block.start, "heads a pcp block of order \(block.order) but is marked otherwise"))
        }
        let prepFlags = PageFlags.checkAtPrep.rawValue
        let pcpOrder = memmap.pcpOrder
        for i in state.indices where state[i] != other {
            let pfn = start + i
            let words = memmap.words(pfn)
            let type = words.pageType
            if state[i] == inUse {
                if type == MemMap.pageTypeBuddy { bad.append((pfn, "is PageBuddy but on no free list")) }
                if pcpOrder[pfn] >= 0 { bad.append((pfn, "is marked as on a pcp list but is not")) }
            } else {
                if words.refcount > 0 { bad.append((pfn, "is free with a reference")) }
                if type != MemMap.noPageType && type != MemMap.pageTypeBuddy {
                    bad.append((pfn, "is free with a mapcount or type"))
                }
                if state[i] != pcpHead && pcpOrder[pfn] >= 0 {
                    bad.append((pfn, "is marked as heading a pcp block but heads none"))
                }
                if memmap.rawFlags(pfn) & prepFlags != 0 { bad.append((pfn, "is free with flags")) }
            }
            guard let head = words.links.head else { continue }
            let order = memmap.isHead(head) && head + 1 < memmap.count ? Int(memmap.folioOrder[head + 1]) : 0
            if state[i] >= free {
                bad.append((pfn, "is free but a tail page"))
            } else if head >= pfn || pfn - head >= 1 << order {
                bad.append((pfn, "is a tail whose head's folio order \(order) does not cover it"))
            }
        }
        let name = "Node \(zone.node) \(zone.type.name)"
        for (pfn, what) in bad.sorted(by: { $0.pfn < $1.pfn }) {
            problems.append("\(name): pfn \(pfn.hex) \(what): \(memmap.stateSummary(pfn))")
        }
    }
}
