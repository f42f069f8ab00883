extension Machine {
    /// Allocates 2^order contiguous pages, aligned to their size, larger than the buddy
    /// allocator's largest block; returns the first pfn, frozen (refcount 0) and made a compound
    /// page when `gfp` has `__GFP_COMP`.
    ///
    /// Models: `alloc_contig_pages()` (mm/page_alloc.c, `alloc_contig_frozen_pages()` as 6.18's
    /// hugetlb calls it) for the gigantic pages that use it: each zone of the node's zonelist
    /// (`__GFP_THISNODE` keeps to the node) up to `gfp_zone(gfp)` is walked in size-aligned
    /// steps from its start; a range wholly in the zone that `pfn_range_valid_contig()` accepts
    /// is handed to `alloc_contig_range()`, and the first that succeeds is the answer.
    /// `order` must be at least `MAX_PAGE_ORDER`, which is what keeps every free block either
    /// inside or outside the range.
    mutating func allocContigPages(order: Int, gfp: GFP, node: Int) -> Int? {
        enter("alloc_contig_pages")
        defer { leave() }
        let size = 1 << order
        let zonelist = gfp.contains(.thisnode) ? nodes[node].zonelistNoFallback : nodes[node].zonelistFallback
        for z in zonelist where zones[z].type <= gfp.zone {
            var pfn = (zones[z].startPfn + size - 1) & ~(size - 1)
            while zones[z].spans(pfn + size - 1) {
                if pfnRangeValidContig(zone: z, start: pfn, count: size)
                    && allocContigRange(pfn, pfn + size, gfp: gfp)
                {
                    return pfn
                }
                pfn += size
            }
        }
        return nil
    }

    /// Whether a range may be tried for a contiguous allocation.
    ///
    /// Models: `pfn_range_valid_contig()` (mm/page_alloc.c): every page in the zone, none
    /// PG_reserved (holes and boot reservations keep it), none part of a hugetlb page.
    private func pfnRangeValidContig(zone z: Int, start: Int, count: Int) -> Bool {
        let range = start..<(start + count)
        if hugetlbRanges.contains(where: { $0.overlaps(range) }) { return false }
        for pfn in range where zoneIndex(ofPfn: pfn) != z || memmap.flags[pfn].contains(.reserved) { return false }
        return true
    }

    /// Takes the pages of `start..<end` out of the buddy allocator after migrating or dropping
    /// what is in use there; true on success.
    ///
    /// Models: `alloc_contig_range()` (mm/page_alloc.c, 6.18): the gfp mask is reduced to its
    /// reclaim and `__GFP_RETRY_MAYFAIL`/`__GFP_NOWARN` bits plus `__GFP_MOVABLE` and
    /// `__GFP_RETRY_MAYFAIL` for migration targets (`__alloc_contig_verify_gfp_mask()`); the
    /// range's pageblocks are isolated (`start_isolate_page_range()`), which fails on a page
    /// that cannot move; every CPU's lists of the zone are drained; the page-cache folios are
    /// isolated, clean ones dropped and dirty ones migrated out of the range
    /// (`__alloc_contig_migrate_range()`); the range must then be wholly free
    /// (`test_pages_isolated()`); its free blocks are taken off the Isolate lists
    /// (`isolate_freepages_range()`) and, for `__GFP_COMP`, prepared as one compound page
    /// (`prep_new_page()`); at the end the pageblocks are un-isolated
    /// (`undo_isolate_page_range()`). Whatever failed, the range is left un-isolated.
    mutating func allocContigRange(_ start: Int, _ end: Int, gfp: GFP) -> Bool {
        enter("alloc_contig_range")
        defer { leave() }
        guard let z = zoneIndex(ofPfn: start) else { return false }
        let reclaimMask: GFP = [.io, .fs, .reclaim]
        let stripped = gfp.subtracting([.dma, .highmem, .dma32, .movable, .reclaimable, .write, .hardwall, .thisnode])
        guard stripped.isSubset(of: reclaimMask.union([.comp, .retryMayfail, .nowarn, .zero, .zerotags])) else {
            return false
        }
        let targetGfp = stripped.intersection(reclaimMask.union([.retryMayfail, .nowarn])).union([
            .movable, .retryMayfail,
        ])
        guard startIsolatePageRange(start, end, zone: z) else { return false }
        defer { undoIsolatePageRange(start, end, zone: z) }
        drainAllPages(zone: z)
        guard allocContigMigrateRange(start, end, zone: z, targetGfp: targetGfp),
            testPagesIsolated(start, end)
        else { return false }
        isolateFreepagesRange(start, end, zone: z)
        if gfp.contains(.comp) { prepNewPage(start, order: (end - start).trailingZeroBitCount, gfp: gfp) }
        return true
    }

    /// Marks every pageblock of the range isolated, its free pages moving to the Isolate lists;
    /// false (and nothing isolated) when a pageblock is already isolated or holds a page that
    /// cannot move.
    ///
    /// Models: `start_isolate_page_range()` → `set_migratetype_isolate()` (mm/page_isolation.c)
    /// with `has_unmovable_pages()`; a free block larger than a pageblock is split into
    /// pageblocks first (`__move_freepages_block_isolate()`, see
    /// `moveFreepagesBlockIsolate(_:zone:isolate:)`).
    mutating func startIsolatePageRange(_ start: Int, _ end: Int, zone z: Int) -> Bool {
        enter("start_isolate_page_range")
        defer { leave() }
        for block in stride(from: start, to: end, by: Kernel.pageblockNrPages) {
            let blockEnd = min(block + Kernel.pageblockNrPages, end)
            if pageblockMigratetype(block) == .isolate || hasUnmovablePages(block, blockEnd) {
                undoIsolatePageRange(start, block, zone: z)
                return false
            }
            if moveFreepagesBlockIsolate(block, zone: z, isolate: true) { continue }
            moveFreepagesBlock(zone: z, startPfn: block, from: pageblockMigratetype(block), to: .isolate)
            pageblockBits[block >> Kernel.pageblockOrder] |= Machine.isolateBit
        }
        return true
    }

    /// Whether a pageblock range holds a page that isolation cannot make free.
    ///
    /// Models: `has_unmovable_pages()` (mm/page_isolation.c): PG_reserved pages are unmovable;
    /// pages without references (free buddy blocks, per-CPU list pages, tails) are fine; so are
    /// page-cache folios; any other page in use is unmovable.
    private func hasUnmovablePages(_ start: Int, _ end: Int) -> Bool {
        var pfn = start
        while pfn < end {
            if memmap.flags[pfn].contains(.reserved) { return true }
            if memmap.refcount[pfn] == 0 {
                pfn += memmap.isBuddy(pfn) ? 1 << memmap.buddyOrder(pfn) : 1
                continue
            }
            guard memmap.flags[pfn].contains(.lru) else { return true }
            pfn += 1 << Int(memmap.lruFolioOrder[pfn])
        }
        return false
    }

    /// Un-isolates the range's isolated pageblocks, their free pages going back to the
    /// pageblocks' own types.
    ///
    /// Models: `undo_isolate_page_range()` → `unset_migratetype_isolate()`
    /// (mm/page_isolation.c): a free block of pageblock order whose buddy is a free block in a
    /// pageblock no longer isolated is taken and freed again (`__putback_isolated_page()`) so the two can merge;
    /// otherwise the pageblock's free pages move back (`pageblock_unisolate_and_move_free_pages()`).
    mutating func undoIsolatePageRange(_ start: Int, _ end: Int, zone z: Int) {
        enter("undo_isolate_page_range")
        defer { leave() }
        for block in stride(from: start, to: end, by: Kernel.pageblockNrPages)
        where pageblockMigratetype(block) == .isolate {
            let index = block >> Kernel.pageblockOrder
            let ownType = MigrateType(rawValue: Int(pageblockBits[index] & 0x7)) ?? .movable
            let buddy = block ^ Kernel.pageblockNrPages
            if memmap.isBuddy(block) && memmap.buddyOrder(block) == Kernel.pageblockOrder
                && pageIsBuddy(zone: z, buddyPfn: buddy, order: Kernel.pageblockOrder)
                && pageblockMigratetype(buddy) != .isolate
            {
                let order = memmap.buddyOrder(block)
                _ = isolateFreePage(block, order: order)
                pageblockBits[index] &= ~Machine.isolateBit
                freeOnePage(block, zone: z, order: order, ownType, fpi: .toTail)
            } else if !moveFreepagesBlockIsolate(block, zone: z, isolate: false) {
                moveFreepagesBlock(zone: z, startPfn: block, from: .isolate, to: ownType)
                pageblockBits[index] &= ~Machine.isolateBit
            }
        }
    }

    /// Empties every CPU's per-CPU lists of one zone.
    ///
    /// Models: `drain_all_pages(zone)` (mm/page_alloc.c).
    public mutating func drainAllPages(zone z: Int) {
        enter("drain_all_pages")
        defer { leave() }
        let saved = currentCPU
        for cpu in 0..<cpuCount {
            currentCPU = cpu
            drainPagesZone(zone: z, cpu: cpu)
        }
        currentCPU = saved
    }

    /// Isolates the page-cache folios of the range in batches, drops the clean ones and migrates
    /// the dirty ones to pages outside it; false when a target page could not be allocated.
    ///
    /// Models: `__alloc_contig_migrate_range()` (mm/page_alloc.c): `isolate_migratepages_range()`
    /// (`MIGRATE_SYNC`, compound pages included), `reclaim_clean_pages_from_list()`, then
    /// `migrate_pages()` with `alloc_migration_target()`, which allocates each target through
    /// the normal allocator on the folio's node (`GFP_TRANSHUGE` without `__GFP_RECLAIM` for a
    /// large folio); -ENOMEM ends the attempt. Without `dropClean` the clean folios are migrated
    /// too, as memory offlining's `do_migrate_range()` does.
    mutating func allocContigMigrateRange(
        _ start: Int, _ end: Int, zone z: Int, targetGfp: GFP, dropClean: Bool = true
    ) -> Bool {
        enter("__alloc_contig_migrate_range")
        defer { leave() }
        var cc = CompactControl(
            zone: z, order: -1, migratetype: .movable, mode: .sync, allocFlags: [], highestZone: zones[z].type,
            directCompaction: false, ignoreBlockSuitable: false)
        cc.allocContig = true
        var pfn = start
        while pfn < end {
            while pfn < end && cc.nrMigratepages < Machine.compactClusterMax {
                isolateMigratepagesBlock(
                    &cc, from: pfn, to: min(Machine.pageblockStart(pfn) + Kernel.pageblockNrPages, end))
                pfn = cc.migratePfn
            }
            while let src = cc.migratepages.first {
                cc.migratepages.removeFirst()
                let order = Int(memmap.lruFolioOrder[src])
                cc.nrMigratepages -= 1 << order
                if dropClean && !memmap.flags[src].contains(.dirty) {
                    memmap.lruFolioOrder[src] = 0
                    memmap.folioMapping[src] = .unmapped
                    memmap.refcount[src] -= Int32(memmap.folioNrPages(src)) - 1
                    freePages(src, order: order)
                    continue
                }
                let gfp = order > 0 ? targetGfp.subtracting(.reclaim).union([.transhuge, .comp]) : targetGfp
                guard let dst = allocPages(gfp, order: order, node: zones[z].node) else {
                    cc.migratepages.insert(src, at: 0)
                    putbackMovablePages(&cc)
                    return false
                }
                migrateFolio(src, to: dst, order: order)
            }
        }
        return true
    }

    /// Whether every page of the range is free in the buddy allocator, in isolated pageblocks.
    ///
    /// Models: `test_pages_isolated()` → `__test_page_isolated_in_pageblock()`
    /// (mm/page_isolation.c).
    func testPagesIsolated(_ start: Int, _ end: Int) -> Bool {
        var pfn = start
        while pfn < end {
            guard memmap.isBuddy(pfn), pageblockMigratetype(pfn) == .isolate else { return false }
            pfn += 1 << memmap.buddyOrder(pfn)
        }
        return true
    }

    /// Takes every free block of a wholly free, isolated range off the Isolate lists.
    ///
    /// Models: `isolate_freepages_range()` (mm/compaction.c) in its strict form, where every
    /// `__isolate_free_page()` succeeds (isolated pageblocks skip the watermark check).
    private mutating func isolateFreepagesRange(_ start: Int, _ end: Int, zone z: Int) {
        var pfn = start
        while pfn < end {
            let order = memmap.buddyOrder(pfn)
            delFromFreeList(pfn, zone: z, order: order, .isolate)
            pfn += 1 << order
        }
    }
}
