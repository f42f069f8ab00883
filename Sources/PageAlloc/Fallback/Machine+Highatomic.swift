extension Machine {
    /// Gives one reserved HighAtomic pageblock back to the allocation's migratetype; true when
    /// it moved one.
    ///
    /// Models: `unreserve_highatomic_pageblock(ac, force)` (mm/page_alloc.c, 6.15+): for each
    /// zone of the zonelist up to `highest_zoneidx`, unless `force`, a zone keeps its last
    /// reserved pageblock (`nr_reserved_highatomic <= pageblock_nr_pages` is skipped); the first
    /// block on the HighAtomic free list of the lowest order that has one decides the
    /// pageblock: `nr_reserved_highatomic` drops by a pageblock (or the block's size when
    /// larger, never below 0), and the pageblock's free pages move to the allocation's
    /// migratetype lists with `move_freepages_block()` (a block of pageblock order or more moves
    /// whole and its pageblocks are retyped). Only one pageblock is given back per call.
    @discardableResult
    mutating func unreserveHighatomicPageblock(ac: AllocContext, force: Bool) -> Bool {
        enter("unreserve_highatomic_pageblock")
        defer { leave() }
        for z in zonelist(of: ac)[ac.preferredIndex...] where zones[z].type <= ac.highestZone {
            if !force && zones[z].nrReservedHighatomic <= Kernel.pageblockNrPages { continue }
            for order in 0..<Kernel.nrPageOrders {
                let first = zones[z].freeArea[order].freeList[MigrateType.highAtomic.rawValue].first
                guard first >= 0 else { continue }
                let pfn = Int(first)
                let size = min(max(Kernel.pageblockNrPages, 1 << order), zones[z].nrReservedHighatomic)
                zones[z].nrReservedHighatomic -= size
                let moved: Int
                if order < Kernel.pageblockOrder {
                    moved = moveFreepagesBlockChecked(zone: z, pfn: pfn, from: .highAtomic, to: ac.migratetype) ?? -1
                } else {
                    moveToFreeList(pfn, zone: z, order: order, from: .highAtomic, to: ac.migratetype)
                    changePageblockRange(pfn, order: order, ac.migratetype)
                    moved = 1
                }
                if moved > 0 { return true }
            }
        }
        return false
    }
}
