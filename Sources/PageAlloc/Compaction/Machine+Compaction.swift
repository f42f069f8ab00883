extension Machine {
    /// `COMPACT_CLUSTER_MAX` (include/linux/compaction.h): folios isolated per migration batch.
    static let compactClusterMax = 32
    /// `MAX_COMPACT_RETRIES` (mm/page_alloc.c).
    private static let maxCompactRetries = 16

    /// Compacts one zone: moves page-cache folios from the low end of the zone into free pages
    /// at the high end, so that free pages coalesce at the low end.
    ///
    /// Models: `compact_zone()` (mm/compaction.c) as two callers run it. With no order, as
    /// writing `/proc/sys/vm/compact_memory` does (`compact_node()`): order -1, `MIGRATE_SYNC`,
    /// the whole zone, finished only when the scanners meet. With an order, as kcompactd does
    /// for that order (`kcompactd_do_work()`): `MIGRATE_SYNC_LIGHT` for a `GFP_KERNEL`
    /// request at the min watermark, stopping as soon as a free page of the order exists, and
    /// skipped when `compaction_suit_allocation_order()` says so. What the model leaves out is
    /// listed on the `compactZone(_:)` that takes a `CompactControl`.
    public mutating func compactZone(_ z: Int, order: Int? = nil) -> CompactResult {
        var cc = CompactControl(
            zone: z, order: order ?? -1, migratetype: migratetype(for: .kernel),
            mode: order == nil ? .sync : .syncLight,
            allocFlags: AllocFlags(watermark: .min), highestZone: zones[z].type, directCompaction: false,
            ignoreBlockSuitable: false)
        return compactZone(&cc)
    }

    /// Runs the two compaction scanners over a zone until a free page of the order exists or
    /// they meet.
    ///
    /// Models: `compact_zone()` (mm/compaction.c): the suitability check, then the loop of
    /// `compact_finished()`, `isolate_migratepages()` and `migrate_pages()` with
    /// `compaction_alloc()`; after each batch that moved the migration scanner past the
    /// order-aligned block it migrated from, the CPU's per-CPU lists of the zone are drained
    /// (`lru_add_drain_cpu_zone()`) so freed pages can merge; at the end the unused isolated free
    /// pages go back through `__free_pages()` (`release_free_list()`). Simplified: every run
    /// starts at the zone's ends (no cached scanner positions, so `whole_zone` always holds and
    /// a run that meets its scanners is COMPACT_COMPLETE), pageblock skip hints, the fast
    /// free-list searches (`fast_find_migrateblock()`, `fast_isolate_freepages()`), deferral and
    /// page capture are not modelled, the only movable pages are the model's page-cache folios,
    /// and migration never fails once a target page is found.
    mutating func compactZone(_ cc: inout CompactControl) -> CompactResult {
        enter("compact_zone")
        defer { leave() }
        let zone = zones[cc.zone]
        if cc.order >= 0 {
            let suitable = compactionSuitAllocationOrder(
                zone: cc.zone, order: cc.order, highestZone: cc.highestZone,
                flags: cc.allocFlags, async: cc.mode == .async,
                kcompactd: !cc.directCompaction)
            if suitable != .continue { return suitable }
        }
        cc.migratePfn = zone.startPfn
        cc.freePfn = Machine.pageblockStart(zone.endPfn - 1)
        cc.wholeZone = true
        var lastMigratedPfn = 0
        var result = CompactResult.continue
        while true {
            result = compactFinished(cc)
            guard result == .continue else { break }
            cc.finishPageblock = Machine.pageblockStart(lastMigratedPfn) == Machine.pageblockStart(cc.migratePfn)
            if isolateMigratepages(&cc) {
                lastMigratedPfn = max(zone.startPfn, Machine.pageblockStart(cc.migratePfn - 1))
                let outOfTargets = migratePages(&cc)
                if outOfTargets {
                    putbackMovablePages(&cc)
                    if !compactScannersMet(cc) {
                        result = .contended
                        break
                    }
                }
            }
            if cc.order > 0 && lastMigratedPfn != 0 {
                let currentBlockStart = cc.migratePfn & ~((1 << cc.order) - 1)
                if lastMigratedPfn < currentBlockStart {
                    drainPagesZone(zone: cc.zone, cpu: currentCPU)
                    lastMigratedPfn = 0
                }
            }
        }
        releaseFreeList(&cc)
        return result
    }

    /// `pageblock_start_pfn(pfn)`.
    static func pageblockStart(_ pfn: Int) -> Int { pfn & ~(Kernel.pageblockNrPages - 1) }

    /// Whether an allocation of `order` can already succeed, should be compacted for, or should
    /// not be.
    ///
    /// Models: `compaction_suit_allocation_order()` (mm/compaction.c, 6.15+): COMPACT_SUCCESS
    /// when the watermark of `flags` holds for the order; for costly async requests without
    /// ALLOC_CMA (always, as CONFIG_CMA is off), COMPACT_SKIPPED unless the order-0 watermark
    /// holds with `compact_gap(order)` to spare; COMPACT_SKIPPED when `compaction_suitable()`
    /// fails; else COMPACT_CONTINUE. (kcompactd under `vm.defrag_mode` counts only free
    /// pageblocks; the model has no defrag_mode.)
    private func compactionSuitAllocationOrder(
        zone z: Int, order: Int, highestZone: ZoneType, flags: AllocFlags,
        async: Bool, kcompactd: Bool
    ) -> CompactResult {
        let mark = zones[z].watermarkPages(flags.watermark)
        if zoneWatermarkOk(zone: z, order: order, mark: mark, highestZone: highestZone, flags: flags) {
            return .success
        }
        if order > Kernel.pageAllocCostlyOrder && async && !flags.contains(.cma)
            && !zoneWatermarkOk(
                zone: z, order: 0, mark: mark + Machine.compactGap(order), highestZone: highestZone,
                flags: [])
        {
            return .skipped
        }
        if !compactionSuitable(zone: z, order: order, mark: mark, highestZone: highestZone) { return .skipped }
        return .continue
    }

    /// Whether compaction for `order` is worth running in a zone whose target watermark is
    /// `mark`.
    ///
    /// Models: `compaction_suitable()` (mm/compaction.c, 6.15+): `__compaction_suitable()` on
    /// the zone's free pages, and for costly orders a fragmentation index that says the failure
    /// is due to fragmentation: an index from 0 to `vm.extfrag_threshold` (500) means lack of
    /// memory, where reclaim, not compaction, helps.
    public func compactionSuitable(zone z: Int, order: Int, mark: Int, highestZone: ZoneType) -> Bool {
        guard
            compactionSuitableWatermark(
                zone: z, order: order, mark: mark, highestZone: highestZone,
                freePages: zones[z].freePages)
        else { return false }
        if order > Kernel.pageAllocCostlyOrder {
            let index = fragmentationIndex(zone: z, order: order)
            if index >= 0 && index <= sysctl.extfragThreshold { return false }
        }
        return true
    }

    /// Whether a zone has the order-0 free pages compaction needs: the mark plus
    /// `compact_gap(order)`, plus the low-min difference for costly orders.
    ///
    /// Models: `__compaction_suitable()` (mm/compaction.c, 6.15+), checked with ALLOC_CMA.
    private func compactionSuitableWatermark(zone z: Int, order: Int, mark: Int, highestZone: ZoneType, freePages: Int)
        -> Bool
    {
        var watermark = mark + Machine.compactGap(order)
        if order > Kernel.pageAllocCostlyOrder { watermark += zones[z].lowWatermark - zones[z].minWatermark }
        return zoneWatermarkOk(
            zone: z, order: 0, mark: watermark, highestZone: highestZone, flags: .cma,
            freePages: freePages)
    }

    /// Whether retrying reclaim could make compaction suitable in some zone of the allocation.
    ///
    /// Models: `compaction_zonelist_suitable()` (mm/compaction.c): free pages plus the zone's
    /// reclaimable pages divided by the order, against the min watermark.
    private func compactionZonelistSuitable(ac: AllocContext, order: Int) -> Bool {
        for z in zonelist(of: ac)[ac.preferredIndex...] where zones[z].type <= ac.highestZone {
            let available = zoneReclaimablePages(zone: z) / order + zones[z].freePages
            if compactionSuitableWatermark(
                zone: z, order: order, mark: zones[z].minWatermark,
                highestZone: ac.highestZone, freePages: available)
            {
                return true
            }
        }
        return false
    }

    /// Whether the scanners have met (their pageblocks cross).
    ///
    /// Models: `compact_scanners_met()` (mm/compaction.c).
    private func compactScannersMet(_ cc: CompactControl) -> Bool {
        cc.freePfn >> Kernel.pageblockOrder <= cc.migratePfn >> Kernel.pageblockOrder
    }

    /// Whether compaction is done: the scanners met, or (at a pageblock boundary) a free page of
    /// the order exists on the request's list or on a list it could claim a block from.
    ///
    /// Models: `compact_finished()` / `__compact_finished()` (mm/compaction.c); the internal
    /// COMPACT_NO_SUITABLE_PAGE becomes COMPACT_CONTINUE. Proactive compaction and
    /// `vm.defrag_mode` are not modelled.
    private func compactFinished(_ cc: CompactControl) -> CompactResult {
        if compactScannersMet(cc) { return cc.wholeZone ? .complete : .partialSkipped }
        if cc.order < 0 { return .continue }
        if cc.migratePfn & (Kernel.pageblockNrPages - 1) != 0 { return .continue }
        for order in cc.order..<Kernel.nrPageOrders {
            if !zones[cc.zone].freeArea[order].isEmpty(cc.migratetype) { return .success }
            if case .found = findSuitableFallback(zone: cc.zone, order: order, cc.migratetype, claimable: true) {
                return .success
            }
        }
        return .continue
    }

    /// Isolates the movable folios of the first suitable pageblock from the migration scanner
    /// on; true when it isolated some.
    ///
    /// Models: `isolate_migratepages()` (mm/compaction.c) without `fast_find_migrateblock()` and
    /// skip hints: whole pageblocks upwards, never reaching the free scanner's pageblock,
    /// skipping blocks outside the zone and blocks `suitable_migration_source()` rejects.
    private mutating func isolateMigratepages(_ cc: inout CompactControl) -> Bool {
        enter("isolate_migratepages")
        defer { leave() }
        var lowPfn = cc.migratePfn
        var blockEnd = Machine.pageblockStart(lowPfn) + Kernel.pageblockNrPages
        while blockEnd <= cc.freePfn {
            let blockStart = max(Machine.pageblockStart(lowPfn), zones[cc.zone].startPfn)
            if zoneIndex(ofPfn: blockStart) == cc.zone && zoneIndex(ofPfn: blockEnd - 1) == cc.zone
                && suitableMigrationSource(cc, blockStart: blockStart)
            {
                isolateMigratepagesBlock(&cc, from: lowPfn, to: blockEnd)
                break
            }
            lowPfn = blockEnd
            cc.migratePfn = blockEnd
            blockEnd += Kernel.pageblockNrPages
        }
        return cc.nrMigratepages > 0
    }

    /// Whether the migration scanner may take folios from the pageblock at `blockStart`.
    ///
    /// Models: `suitable_migration_source()` (mm/compaction.c): never a block that is part of a
    /// pageblock-sized or larger compound page; any block for synchronous or kcompactd runs;
    /// for async direct compaction only blocks of the request's type (Movable for movable
    /// requests).
    private func suitableMigrationSource(_ cc: CompactControl, blockStart: Int) -> Bool {
        if compoundOrder(containing: blockStart) >= Kernel.pageblockOrder { return false }
        if cc.mode != .async || !cc.directCompaction { return true }
        return pageblockMigratetype(blockStart) == cc.migratetype
    }

    /// The order of the compound page `pfn` belongs to, 0 when it belongs to none.
    ///
    /// Models: `compound_order(compound_head(page))` (include/linux/mm.h).
    func compoundOrder(containing pfn: Int) -> Int {
        let head = memmap.compoundHead[pfn] & 1 == 1 ? memmap.compoundHead[pfn] >> 1 : pfn
        return memmap.flags[head].contains(.head) ? Int(memmap.folioOrder[head + 1]) : 0
    }

    /// Isolates page-cache folios of `from..<to` onto `cc.migratepages`, stopping after a batch
    /// of `COMPACT_CLUSTER_MAX` pages unless the pageblock is to be finished.
    ///
    /// Models: `isolate_migratepages_block()` (mm/compaction.c): free buddy blocks are jumped
    /// over; compound pages at least as large as the target order are skipped (except for
    /// `alloc_contig_range()`); a page-cache folio leaves the LRU (`folio_isolate_lru()`), the
    /// async modes leaving folios under writeback alone; other pages cannot be isolated. The
    /// model has no `movable_ops` pages and no anonymous LRU pages.
    mutating func isolateMigratepagesBlock(_ cc: inout CompactControl, from start: Int, to end: Int) {
        enter("isolate_migratepages_block")
        defer { leave() }
        var pfn = start
        while pfn < end {
            if memmap.isBuddy(pfn) {
                let order = memmap.buddyOrder(pfn)
                pfn += order > 0 && order <= Kernel.maxPageOrder ? 1 << order : 1
                continue
            }
            if memmap.flags[pfn].contains(.head) && !cc.allocContig && cc.order >= 0 {
                let order = compoundOrder(containing: pfn)
                if order >= cc.order {
                    pfn += 1 << order
                    continue
                }
            }
            guard memmap.flags[pfn].contains(.lru), cc.mode == .sync || !memmap.flags[pfn].contains(.writeback) else {
                pfn += 1
                continue
            }
            let order = lruDelFolio(pfn)
            cc.migratepages.insert(pfn, at: 0)
            cc.nrMigratepages += 1 << order
            pfn += 1 << order
            if cc.nrMigratepages >= Machine.compactClusterMax && !cc.finishPageblock { break }
        }
        cc.migratePfn = pfn
    }

    /// Whether the free scanner may take target pages from the pageblock at `blockStart`.
    ///
    /// Models: `suitable_migration_target()` (mm/compaction.c): not a block starting with a free
    /// page already as large as the order (pageblock order for whole-zone runs); any type when
    /// `ignore_block_suitable`, else Movable blocks only.
    private func suitableMigrationTarget(_ cc: CompactControl, blockStart: Int) -> Bool {
        if memmap.isBuddy(blockStart) {
            let order = cc.order > 0 ? cc.order : Kernel.pageblockOrder
            if memmap.buddyOrder(blockStart) >= order { return false }
        }
        if cc.ignoreBlockSuitable { return true }
        return pageblockMigratetype(blockStart) == .movable
    }

    /// Isolates free pages as migration targets, pageblock by pageblock downwards from the free
    /// scanner, until there are as many as pages to migrate.
    ///
    /// Models: `isolate_freepages()` (mm/compaction.c) without `fast_isolate_freepages()` and
    /// skip hints: the scan stops at the pageblock after the migration scanner's; async runs
    /// start with a stride of `COMPACT_CLUSTER_MAX` pages, which drops to 1 after a block that
    /// gave pages and doubles after one that gave none; the scanner restarts where it stopped.
    private mutating func isolateFreepages(_ cc: inout CompactControl) {
        enter("isolate_freepages")
        defer { leave() }
        let zoneEnd = zones[cc.zone].endPfn
        var isolateStart = cc.freePfn
        var blockStart = Machine.pageblockStart(isolateStart)
        var blockEnd = min(blockStart + Kernel.pageblockNrPages, zoneEnd)
        let lowPfn = Machine.pageblockStart(cc.migratePfn) + Kernel.pageblockNrPages
        var stride = cc.mode == .async ? Machine.compactClusterMax : 1
        while blockStart >= lowPfn {
            defer {
                blockEnd = blockStart
                blockStart -= Kernel.pageblockNrPages
                isolateStart = blockStart
            }
            guard zoneIndex(ofPfn: blockStart) == cc.zone, zoneIndex(ofPfn: blockEnd - 1) == cc.zone,
                suitableMigrationTarget(cc, blockStart: blockStart)
            else { continue }
            let isolated = isolateFreepagesBlock(&cc, start: &isolateStart, end: blockEnd, stride: stride)
            if cc.nrFreepages >= cc.nrMigratepages {
                if isolateStart >= blockEnd { isolateStart = blockStart - Kernel.pageblockNrPages }
                cc.freePfn = isolateStart
                return
            }
            if isolateStart < blockEnd {
                cc.freePfn = isolateStart
                return
            }
            stride = isolated > 0 ? 1 : min(Machine.compactClusterMax, stride << 1)
        }
        cc.freePfn = isolateStart
    }

    /// Takes free buddy blocks of `start..<end` off the free lists onto `cc.freepages`, every
    /// `stride` pages, until enough are isolated; moves `start` to where it stopped and returns
    /// the pages isolated.
    ///
    /// Models: `isolate_freepages_block()` (mm/compaction.c) in its non-strict form: compound
    /// pages are jumped over, an isolation refused by the watermark ends the block.
    private mutating func isolateFreepagesBlock(_ cc: inout CompactControl, start: inout Int, end: Int, stride: Int)
        -> Int
    {
        var pfn = start
        var total = 0
        while pfn < end {
            if memmap.flags[pfn].contains(.head) {
                let order = compoundOrder(containing: pfn)
                if pfn + (1 << order) <= end { pfn += (1 << order) - 1 }
            } else if memmap.isBuddy(pfn) {
                let order = memmap.buddyOrder(pfn)
                let isolated = isolateFreePage(pfn, order: order)
                if isolated == 0 { break }
                total += isolated
                cc.nrFreepages += isolated
                cc.freepages[order].append(pfn)
                if cc.nrMigratepages <= cc.nrFreepages {
                    pfn += isolated
                    break
                }
                pfn += isolated - 1
            }
            pfn += stride
        }
        start = min(pfn, end)
        return total
    }

    /// Takes a free block off its free list for a caller that will use it, if the zone can
    /// spare it; returns the pages taken (0 when refused).
    ///
    /// Models: `__isolate_free_page()` (mm/page_alloc.c): outside isolated pageblocks the zone
    /// must stay above the unboosted min watermark plus the block (an order-0 check with
    /// ALLOC_CMA); a block of at least half a pageblock turns its mergeable pageblocks Movable
    /// (`move_freepages_block()`).
    mutating func isolateFreePage(_ pfn: Int, order: Int) -> Int {
        guard let z = zoneIndex(ofPfn: pfn) else { return 0 }
        let type = pageblockMigratetype(pfn)
        if type != .isolate {
            let mark = zones[z].unboostedWatermark(.min) + (1 << order)
            if !zoneWatermarkOk(zone: z, order: 0, mark: mark, highestZone: .dma, flags: .cma) { return 0 }
        }
        delFromFreeList(pfn, zone: z, order: order, type)
        accountFreepages(zone: z, pages: -(1 << order), type)
        if order >= Kernel.pageblockOrder - 1 {
            var block = pfn
            while block < pfn + (1 << order) - 1 {
                let blockType = pageblockMigratetype(block)
                if blockType.isMergeable {
                    moveFreepagesBlockChecked(zone: z, pfn: block, from: blockType, to: .movable)
                }
                block += Kernel.pageblockNrPages
            }
        }
        return 1 << order
    }

    /// Moves the free blocks of the pageblock holding `pfn` to another type's lists and retypes
    /// the pageblock; nil when the pageblock is not wholly in the zone.
    ///
    /// Models: `move_freepages_block()` (mm/page_alloc.c, 6.17+).
    @discardableResult
    mutating func moveFreepagesBlockChecked(zone z: Int, pfn: Int, from old: MigrateType, to new: MigrateType) -> Int? {
        guard let counts = prepMoveFreepagesBlock(zone: z, pfn: pfn) else { return nil }
        let moved = moveFreepagesBlock(zone: z, startPfn: counts.start, from: old, to: new)
        setPageblockMigratetype(counts.start, new)
        return moved
    }

    /// Migrates the isolated folios, most recently isolated first, into isolated free pages;
    /// true when it ran out of target pages (the kernel's -ENOMEM), leaving the rest isolated.
    ///
    /// Models: `migrate_pages()` (mm/migrate.c) with `compaction_alloc()` as the target
    /// allocator.
    private mutating func migratePages(_ cc: inout CompactControl) -> Bool {
        enter("migrate_pages")
        defer { leave() }
        while let src = cc.migratepages.first {
            let order = Int(memmap.lruFolioOrder[src])
            guard let dst = compactionAlloc(&cc, order: order) else { return true }
            cc.migratepages.removeFirst()
            cc.nrMigratepages -= 1 << order
            migrateFolio(src, to: dst, order: order)
        }
        return false
    }

    /// Hands out the smallest isolated free block of at least `order` as a migration target,
    /// putting the upper halves of a larger block back on the isolated lists; isolates more free
    /// pages once when none fits.
    ///
    /// Models: `compaction_alloc()` (mm/compaction.c, 6.9+): the target gets `post_alloc_hook()`,
    /// a reference, and `prep_compound_page()` when it is larger than a page.
    private mutating func compactionAlloc(_ cc: inout CompactControl, order: Int) -> Int? {
        var isolatedMore = false
        while true {
            if let start = (order..<Kernel.nrPageOrders).first(where: { !cc.freepages[$0].isEmpty }) {
                let page = cc.freepages[start].removeFirst()
                var current = start
                while current > order {
                    current -= 1
                    cc.freepages[current].insert(page + (1 << current), at: 0)
                }
                cc.nrFreepages -= 1 << order
                prepNewPage(page, order: order, gfp: order > 0 ? [.movable, .comp] : .movable)
                memmap.refcount[page] = 1
                return page
            }
            if isolatedMore { return nil }
            isolateFreepages(&cc)
            isolatedMore = true
        }
    }

    /// Moves a page-cache folio to a target page: the target takes its place in the page cache
    /// (at the young end of the LRU, dirty if it was) and the source is freed.
    ///
    /// Models: `migrate_folio_move()` (mm/migrate.c) for a page-cache folio: the mapping and the
    /// page cache's `folio_nr_pages()` references move to the target (`folio_migrate_mapping()`), the flags
    /// follow (`folio_migrate_flags()`), the target joins the LRU with `folio_add_lru()` and
    /// drops its allocation reference, and the source's last reference (the isolation's, which
    /// the model does not count apart) is dropped. Copying the contents is not modelled.
    mutating func migrateFolio(_ src: Int, to dst: Int, order: Int) {
        enter("migrate_folio_move")
        defer { leave() }
        let dirty = memmap.flags[src].contains(.dirty)
        memmap.flags[src].remove(.dirty)
        memmap.lruFolioOrder[src] = 0
        memmap.folioMapping[src] = .unmapped
        memmap.folioMapping[dst] = .file
        memmap.refcount[src] -= Int32(memmap.folioNrPages(src)) - 1
        memmap.refcount[dst] = Int32(memmap.folioNrPages(dst))
        lruAddFolio(dst, order: order, dirty: dirty)
        freePages(src, order: order)
    }

    /// Puts isolated folios that were not migrated back on the LRU.
    ///
    /// Models: `putback_movable_pages()` (mm/migrate.c): each folio goes back with
    /// `folio_putback_lru()`, at the young end.
    mutating func putbackMovablePages(_ cc: inout CompactControl) {
        for pfn in cc.migratepages {
            lruAddFolio(pfn, order: Int(memmap.lruFolioOrder[pfn]), dirty: memmap.flags[pfn].contains(.dirty))
        }
        cc.migratepages.removeAll()
        cc.nrMigratepages = 0
    }

    /// Frees the isolated free pages compaction did not use.
    ///
    /// Models: `release_free_list()` (mm/compaction.c, 6.9+): by order, each block made an
    /// allocated block (`post_alloc_hook()`, a reference) and freed with `__free_pages()`.
    private mutating func releaseFreeList(_ cc: inout CompactControl) {
        for order in 0..<Kernel.nrPageOrders {
            for pfn in cc.freepages[order] {
                memmap.refcount[pfn] = 1
                freePages(pfn, order: order)
            }
            cc.freepages[order].removeAll()
        }
        cc.nrFreepages = 0
    }

    /// Direct compaction over the zones of an allocation; returns the best result.
    ///
    /// Models: `try_to_compact_pages()` (mm/compaction.c): nothing without `__GFP_IO`; each zone
    /// up to `highest_zoneidx` in zonelist order is compacted (`compact_zone_order()`) until one
    /// reports COMPACT_SUCCESS. Deferral (`compaction_deferred()`, `defer_compaction()`) is not
    /// modelled, so COMPACT_DEFERRED never comes back.
    private mutating func tryToCompactPages(
        _ gfp: GFP, order: Int, flags: AllocFlags, ac: AllocContext,
        priority: CompactPriority
    ) -> CompactResult {
        enter("try_to_compact_pages")
        defer { leave() }
        guard gfp.contains(.io) else { return .skipped }
        var result = CompactResult.skipped
        for z in zonelist(of: ac)[ac.preferredIndex...] where zones[z].type <= ac.highestZone {
            var cc = CompactControl(
                zone: z, order: order, migratetype: migratetype(for: gfp),
                mode: priority == .async ? .async : .syncLight,
                allocFlags: flags, highestZone: ac.highestZone, directCompaction: true,
                ignoreBlockSuitable: priority == .syncFull)
            let status = compactZone(&cc)
            result = max(result, status)
            if status == .success { break }
        }
        return result
    }

    /// Compacts for a high-order allocation and then tries the free lists; returns the page and
    /// the compaction result (nil result for order 0, which compaction does not serve).
    ///
    /// Models: `__alloc_pages_direct_compact()` (mm/page_alloc.c): `try_to_compact_pages()`,
    /// then unless it was skipped `COMPACTSTALL` and `get_page_from_freelist()` with the slow
    /// path's flags, counted as `COMPACTSUCCESS` or `COMPACTFAIL` (a page captured during
    /// compaction is not modelled).
    mutating func allocPagesDirectCompact(
        _ gfp: GFP, order: Int, flags: AllocFlags, ac: AllocContext,
        priority: CompactPriority
    ) -> (pfn: Int?, result: CompactResult?) {
        guard order > 0 else { return (nil, nil) }
        enter("__alloc_pages_direct_compact")
        defer { leave() }
        let result = tryToCompactPages(gfp, order: order, flags: flags, ac: ac, priority: priority)
        if result == .skipped { return (nil, result) }
        vmEvents.count(.compactStall)
        let pfn = getPageFromFreelist(gfp, order: order, flags: flags, ac: ac)
        vmEvents.count(pfn == nil ? .compactFail : .compactSuccess)
        return (pfn, result)
    }

    /// Whether to go round the slow path again for compaction's sake, raising its priority when
    /// it failed.
    ///
    /// Models: `should_compact_retry()` (mm/page_alloc.c): never for order 0; after
    /// COMPACT_SKIPPED only while reclaim could make compaction suitable; after COMPACT_SUCCESS
    /// (the page went to someone else) up to `MAX_COMPACT_RETRIES` times, a quarter of that for
    /// costly orders; otherwise with a higher priority until the minimum (sync-full, sync-light
    /// for costly orders).
    func shouldCompactRetry(
        ac: AllocContext, order: Int, result: CompactResult, priority: inout CompactPriority,
        retries: inout Int
    ) -> Bool {
        if order == 0 { return false }
        if result == .skipped { return compactionZonelistSuitable(ac: ac, order: order) }
        if result == .success {
            var maxRetries = Machine.maxCompactRetries
            if order > Kernel.pageAllocCostlyOrder { maxRetries /= 4 }
            retries += 1
            if retries <= maxRetries { return true }
        }
        let minimum: CompactPriority = order > Kernel.pageAllocCostlyOrder ? .syncLight : .syncFull
        if priority > minimum {
            priority = CompactPriority(rawValue: priority.rawValue - 1) ?? .syncFull
            retries = 0
            return true
        }
        return false
    }
}
