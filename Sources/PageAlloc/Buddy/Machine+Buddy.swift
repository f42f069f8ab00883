extension Machine {
    /// Splits a block of order `high` down to order `low`, keeping the lowest part and
    /// putting each upper half at the head of the free list of its order; returns the pages
    /// put back.
    ///
    /// Models: `expand()` (mm/page_alloc.c). Debug-pagealloc guard pages are not modelled.
    mutating func expand(_ pfn: Int, zone z: Int, low: Int, high: Int, _ migratetype: MigrateType) -> Int {
        let zone = freeListsInPlace(zone: z)
        return expand(pfn, zone: z, at: zone, low: low, high: high, migratetype)
    }

    /// `expand()` (mm/page_alloc.c) on zone `z`, given where it lies, and a memmap the caller
    /// has made unique.
    @inline(__always)
    private mutating func expand(
        _ pfn: Int, zone z: Int, at zone: UnsafeMutablePointer<Zone>, low: Int, high: Int, _ migratetype: MigrateType
    ) -> Int {
        enter("expand")
        defer { leave() }
        var high = high
        var size = 1 << high
        var added = 0
        while high > low {
            high -= 1
            size >>= 1
            addToFreeList(pfn + size, zone: z, at: zone, order: high, migratetype, tail: false)
            added += size
        }
        return added
    }

    /// Takes the free block at `pfn` of order `high` off its list and splits it down to `low`.
    ///
    /// Models: `page_del_and_expand()` (mm/page_alloc.c).
    mutating func pageDelAndExpand(_ pfn: Int, zone z: Int, low: Int, high: Int, _ migratetype: MigrateType) {
        enter("page_del_and_expand")
        defer { leave() }
        let zone = freeListsInPlace(zone: z)
        delFromFreeList(pfn, zone: z, at: zone, order: high, migratetype)
        let added = expand(pfn, zone: z, at: zone, low: low, high: high, migratetype)
        Machine.account(zone, pages: added - (1 << high), migratetype)
    }

    /// Takes the first block of the smallest order >= `order` on the `migratetype` lists and
    /// splits it to `order`; returns its pfn.
    ///
    /// Models: `__rmqueue_smallest()` (mm/page_alloc.c), including the
    /// `mm_page_alloc_zone_locked` tracepoint.
    mutating func rmqueueSmallest(zone z: Int, order: Int, _ migratetype: MigrateType) -> Int? {
        enter("__rmqueue_smallest")
        defer { leave() }
        for current in order...Kernel.maxPageOrder {
            let first = zones[z].freeArea[current].freeList[migratetype.rawValue].first
            guard first >= 0 else { continue }
            let pfn = Int(first)
            pageDelAndExpand(pfn, zone: z, low: order, high: current, migratetype)
            emit(
                .pageAllocZoneLocked(
                    pfn: pfn, order: order, migratetype: migratetype.rawValue,
                    percpuRefill: PerCPUPages.allowedOrder(order) && migratetype.rawValue < MigrateType.pcpTypes))
            return pfn
        }
        return nil
    }

    /// Whether the page at `buddyPfn` is the free buddy of order `order` of the block at a pfn
    /// of zone `z`.
    ///
    /// Models: `page_is_buddy()` (mm/page_alloc.c): PageBuddy, the same order, the same zone.
    @inline(__always)
    func pageIsBuddy(zone z: Int, buddyPfn: Int, order: Int) -> Bool {
        guard buddyPfn < memmap.count, memmap.isBuddy(buddyPfn), memmap.buddyOrder(buddyPfn) == order else {
            return false
        }
        return Int(memmap.zoneIndex[buddyPfn]) == z
    }

    /// Whether a block just freed at `pfn` is likely to merge further soon, so that it is
    /// better queued at the tail of its list.
    ///
    /// Models: `buddy_merge_likely()` (mm/page_alloc.c): true when the buddy of the next
    /// higher block is free at that order; never for the two highest orders.
    @inline(__always)
    func buddyMergeLikely(zone z: Int, pfn: Int, buddyPfn: Int, order: Int) -> Bool {
        if order >= Kernel.maxPageOrder - 1 { return false }
        let higher = pfn & buddyPfn
        let higherBuddy = higher ^ (1 << (order + 1))
        return pageIsBuddy(zone: z, buddyPfn: higherBuddy, order: order + 1)
    }

    /// Returns a block to the buddy allocator, merging it with its free buddies as far as the
    /// kernel would.
    ///
    /// Models: `__free_one_page()` (mm/page_alloc.c): merging stops at MAX_PAGE_ORDER, at a
    /// buddy that is not free at the same order or in another zone, and across pageblocks
    /// when either type is not mergeable (HighAtomic, Isolate); a merged buddy from a
    /// pageblock of another mergeable type is retyped. The block goes to the tail when
    /// `fpi` asks for it or when `buddy_merge_likely()`. Compaction capture, page reporting
    /// and shuffling are not modelled.
    mutating func freeOnePage(_ pfn: Int, zone z: Int, order: Int, _ migratetype: MigrateType, fpi: FPIFlags) {
        enter("__free_one_page")
        defer { leave() }
        var pfn = pfn
        var order = order
        var buddyPfn = pfn
        let zone = freeListsInPlace(zone: z)
        memmap.clearPrivateOfUnique(pfn)
        Machine.account(zone, pages: 1 << order, migratetype)
        while order < Kernel.maxPageOrder {
            buddyPfn = pfn ^ (1 << order)
            guard pageIsBuddy(zone: z, buddyPfn: buddyPfn, order: order) else { break }
            var buddyType = migratetype
            if order >= Kernel.pageblockOrder {
                buddyType = pageblockMigratetype(buddyPfn)
                if migratetype != buddyType && (!migratetype.isMergeable || !buddyType.isMergeable) { break }
            }
            delFromFreeList(buddyPfn, zone: z, at: zone, order: order, buddyType)
            if buddyType != migratetype { setPageblockMigratetype(buddyPfn, migratetype) }
            pfn &= buddyPfn
            order += 1
        }
        let tail = fpi.contains(.toTail) || buddyMergeLikely(zone: z, pfn: pfn, buddyPfn: buddyPfn, order: order)
        addToFreeList(pfn, zone: z, at: zone, order: order, migratetype, tail: tail)
    }

    /// Frees a block of any order as pageblock-sized pieces, each with its own pageblock's type.
    ///
    /// Models: `split_large_buddy()` (mm/page_alloc.c).
    mutating func splitLargeBuddy(_ pfn: Int, zone z: Int, order: Int, fpi: FPIFlags) {
        enter("split_large_buddy")
        defer { leave() }
        let end = pfn + (1 << order)
        let pieceOrder = min(order, Kernel.pageblockOrder)
        var pfn = pfn
        repeat {
            freeOnePage(pfn, zone: z, order: pieceOrder, pageblockMigratetype(pfn), fpi: fpi)
            pfn += 1 << pieceOrder
        } while pfn < end
    }

    /// Frees a block straight to the buddy allocator under the zone lock.
    ///
    /// Models: `free_one_page()` (mm/page_alloc.c), counting `PGFREE`; the trylock deferral
    /// of `alloc_pages_nolock()` users is not modelled.
    mutating func freeOnePageLocked(_ pfn: Int, zone z: Int, order: Int, fpi: FPIFlags) {
        enter("free_one_page")
        defer { leave() }
        splitLargeBuddy(pfn, zone: z, order: order, fpi: fpi)
        vmEvents.count(.pgfree, 1 << order)
    }
}
