extension Machine {
    /// The types whose free blocks a type may take, in order of preference.
    ///
    /// Models: `fallbacks[MIGRATE_PCPTYPES][MIGRATE_PCPTYPES - 1]` (mm/page_alloc.c).
    private static func fallbacks(_ migratetype: MigrateType) -> [MigrateType] {
        switch migratetype {
        case .unmovable: [.reclaimable, .movable]
        case .movable: [.reclaimable, .unmovable]
        case .reclaimable: [.unmovable, .movable]
        case .highAtomic, .isolate: []
        }
    }

    /// Whether a fallback block of `order` is worth claiming whole for `startType`.
    ///
    /// Models: `should_try_claim_block()` (mm/page_alloc.c, 6.15+): always for pageblock-sized
    /// or at least half-pageblock blocks, for unmovable and reclaimable requests, and when
    /// mobility grouping is off; never for small movable requests.
    private func shouldTryClaimBlock(order: Int, startType: MigrateType) -> Bool {
        if order >= Kernel.pageblockOrder { return true }
        if order >= Kernel.pageblockOrder / 2 { return true }
        if startType == .reclaimable || startType == .unmovable { return true }
        return pageGroupByMobilityDisabled
    }

    /// The outcome of `find_suitable_fallback()`.
    enum FallbackSearch: Equatable {
        /// A fallback type with a free block at this order.
        case found(MigrateType)
        /// No fallback block at this order.
        case none
        /// Blocks of this order are too small to claim (and so are all smaller ones).
        case tooSmallToClaim
    }

    /// The first fallback type with a free block of `order`.
    ///
    /// Models: `find_suitable_fallback()` (mm/page_alloc.c, 6.16+): -2 when claiming is asked
    /// for and not worth it, -1 when nothing is free.
    func findSuitableFallback(zone z: Int, order: Int, _ migratetype: MigrateType, claimable: Bool) -> FallbackSearch {
        if claimable && !shouldTryClaimBlock(order: order, startType: migratetype) { return .tooSmallToClaim }
        let area = zones[z].freeArea[order]
        if area.nrFree == 0 { return .none }
        for fallback in Machine.fallbacks(migratetype) where !area.isEmpty(fallback) { return .found(fallback) }
        return .none
    }

    /// Claims a whole pageblock of another type for `startType`, largest free block first.
    ///
    /// Models: `__rmqueue_claim()` (mm/page_alloc.c, 6.16+): orders from MAX_PAGE_ORDER down
    /// to the request (to pageblock_order under ALLOC_NOFRAGMENT); only the first block of
    /// each fallback list is tried; fires `mm_page_alloc_extfrag` on success.
    mutating func rmqueueClaim(zone z: Int, order: Int, _ startType: MigrateType, flags: AllocFlags) -> Int? {
        enter("__rmqueue_claim")
        defer { leave() }
        var minOrder = order
        if order < Kernel.pageblockOrder && flags.contains(.noFragment) { minOrder = Kernel.pageblockOrder }
        for current in stride(from: Kernel.maxPageOrder, through: minOrder, by: -1) {
            let fallback: MigrateType
            switch findSuitableFallback(zone: z, order: current, startType, claimable: true) {
            case .none: continue
            case .tooSmallToClaim: return nil
            case .found(let type): fallback = type
            }
            let first = Int(zones[z].freeArea[current].freeList[fallback.rawValue].first)
            if let pfn = tryToClaimBlock(
                first, zone: z, currentOrder: current, order: order, startType: startType,
                blockType: fallback, flags: flags)
            {
                emitExtfrag(pfn, order: order, fallbackOrder: current, startType: startType, fallback: fallback)
                return pfn
            }
        }
        return nil
    }

    /// Takes the smallest fallback block without changing its pageblock's type.
    ///
    /// Models: `__rmqueue_steal()` (mm/page_alloc.c, 6.16+): the split remainders stay on the
    /// fallback type's lists.
    mutating func rmqueueSteal(zone z: Int, order: Int, _ startType: MigrateType) -> Int? {
        enter("__rmqueue_steal")
        defer { leave() }
        for current in order...Kernel.maxPageOrder {
            guard case .found(let fallback) = findSuitableFallback(zone: z, order: current, startType, claimable: false)
            else { continue }
            let pfn = Int(zones[z].freeArea[current].freeList[fallback.rawValue].first)
            pageDelAndExpand(pfn, zone: z, low: order, high: current, fallback)
            emitExtfrag(pfn, order: order, fallbackOrder: current, startType: startType, fallback: fallback)
            return pfn
        }
        return nil
    }

    /// Fires `mm_page_alloc_extfrag` with `change_ownership` sampled from the pageblock now.
    private mutating func emitExtfrag(
        _ pfn: Int, order: Int, fallbackOrder: Int, startType: MigrateType, fallback: MigrateType
    ) {
        emit(
            .pageAllocExtfrag(
                pfn: pfn, allocOrder: order, fallbackOrder: fallbackOrder,
                allocMigratetype: startType.rawValue, fallbackMigratetype: fallback.rawValue,
                changeOwnership: pageblockMigratetype(pfn) == startType))
    }

    /// Tries to turn the pageblock holding a fallback block over to `startType`, then
    /// allocates from it.
    ///
    /// Models: `try_to_claim_block()` (mm/page_alloc.c, 6.17+): a block of a pageblock or
    /// more is retyped whole and split; a smaller one boosts the watermark and claims its
    /// pageblock when at least half of it is free or holds pages of a compatible mobility.
    private mutating func tryToClaimBlock(
        _ pfn: Int, zone z: Int, currentOrder: Int, order: Int, startType: MigrateType,
        blockType: MigrateType, flags: AllocFlags
    ) -> Int? {
        enter("try_to_claim_block")
        defer { leave() }
        if currentOrder >= Kernel.pageblockOrder {
            delFromFreeList(pfn, zone: z, order: currentOrder, blockType)
            accountFreepages(zone: z, pages: -(1 << currentOrder), blockType)
            changePageblockRange(pfn, order: currentOrder, startType)
            let added = expand(pfn, zone: z, low: order, high: currentOrder, startType)
            accountFreepages(zone: z, pages: added, startType)
            return pfn
        }
        if boostWatermark(zone: z) && flags.contains(.kswapd) { zones[z].flags.insert(.boostedWatermark) }
        guard let counts = prepMoveFreepagesBlock(zone: z, pfn: pfn) else { return nil }
        let alike: Int
        if startType == .movable {
            alike = counts.movable
        } else if blockType == .movable {
            alike = Kernel.pageblockNrPages - (counts.free + counts.movable)
        } else {
            alike = 0
        }
        if counts.free + alike >= 1 << (Kernel.pageblockOrder - 1) || pageGroupByMobilityDisabled {
            moveFreepagesBlock(zone: z, startPfn: counts.start, from: blockType, to: startType)
            setPageblockMigratetype(counts.start, startType)
            return rmqueueSmallest(zone: z, order: order, startType)
        }
        return nil
    }

    /// Raises the zone's watermarks by a pageblock after a fragmenting fallback, so kswapd
    /// reclaims and compacts ahead of the next one.
    ///
    /// Models: `boost_watermark()` (mm/page_alloc.c): off when `watermark_boost_factor` is 0
    /// or the zone is smaller than four pageblocks; capped at high × factor / 10000.
    mutating func boostWatermark(zone z: Int) -> Bool {
        enter("boost_watermark")
        defer { leave() }
        if sysctl.watermarkBoostFactor == 0 { return false }
        if 4 * Kernel.pageblockNrPages > zones[z].managedPages { return false }
        var maxBoost = zones[z].unboostedWatermark(.high) * sysctl.watermarkBoostFactor / 10000
        if maxBoost == 0 { return false }
        maxBoost = max(Kernel.pageblockNrPages, maxBoost)
        zones[z].watermarkBoost = min(zones[z].watermarkBoost + Kernel.pageblockNrPages, maxBoost)
        return true
    }

    /// Counts the free and movable pages of the pageblock holding `pfn`; nil when the
    /// pageblock is not wholly inside the zone.
    ///
    /// Models: `prep_move_freepages_block()` (mm/page_alloc.c): PageBuddy blocks count as
    /// free; pages on the LRU count as movable, tails of a large LRU folio included (`PageLRU()`
    /// is a PF_HEAD flag: it tests the head page).
    func prepMoveFreepagesBlock(zone z: Int, pfn: Int) -> (start: Int, free: Int, movable: Int)? {
        let start = pfn & ~(Kernel.pageblockNrPages - 1)
        let end = start + Kernel.pageblockNrPages
        guard zones[z].spans(start), zones[z].spans(end - 1) else { return nil }
        var free = 0
        var movable = 0
        var p = start
        while p < end {
            if memmap.isBuddy(p) {
                let size = 1 << memmap.buddyOrder(p)
                free += size
                p += size
                continue
            }
            if memmap.flags[memmap.head(p)].contains(.lru) { movable += 1 }
            p += 1
        }
        return (start, free, movable)
    }

    /// Moves every free block of a pageblock from one type's lists to the tail of another's;
    /// returns the pages moved.
    ///
    /// Models: `__move_freepages_block()` (mm/page_alloc.c, 6.17+: the caller sets the
    /// pageblock's type).
    @discardableResult
    mutating func moveFreepagesBlock(zone z: Int, startPfn: Int, from old: MigrateType, to new: MigrateType) -> Int {
        enter("__move_freepages_block")
        defer { leave() }
        var moved = 0
        var p = startPfn
        let end = startPfn + Kernel.pageblockNrPages
        while p < end {
            guard memmap.isBuddy(p) else {
                p += 1
                continue
            }
            let order = memmap.buddyOrder(p)
            moveToFreeList(p, zone: z, order: order, from: old, to: new)
            p += 1 << order
            moved += 1 << order
        }
        return moved
    }

    /// Sets aside the pageblock of a successful high-order atomic allocation as HighAtomic.
    ///
    /// Models: `reserve_highatomic_pageblock()` (mm/page_alloc.c): at most about 1% of the
    /// zone, only from mergeable pageblock types.
    mutating func reserveHighatomicPageblock(_ pfn: Int, zone z: Int, order: Int) {
        enter("reserve_highatomic_pageblock")
        defer { leave() }
        let managed = zones[z].managedPages
        if managed / 100 < Kernel.pageblockNrPages { return }
        let maxManaged =
            (managed / 100 + Kernel.pageblockNrPages - 1) / Kernel.pageblockNrPages
            * Kernel.pageblockNrPages
        if zones[z].nrReservedHighatomic >= maxManaged { return }
        let type = pageblockMigratetype(pfn)
        guard type.isMergeable else { return }
        if order < Kernel.pageblockOrder {
            guard let counts = prepMoveFreepagesBlock(zone: z, pfn: pfn) else { return }
            moveFreepagesBlock(zone: z, startPfn: counts.start, from: type, to: .highAtomic)
            setPageblockMigratetype(counts.start, .highAtomic)
            zones[z].nrReservedHighatomic += Kernel.pageblockNrPages
        } else {
            changePageblockRange(pfn, order: order, .highAtomic)
            zones[z].nrReservedHighatomic += 1 << order
        }
    }
}
