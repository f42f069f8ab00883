extension Machine {
    /// The contiguity numbers of a zone's free memory for an allocation of `suitableOrder`.
    ///
    /// Models: `fill_contig_page_info()` (mm/vmstat.c) over `free_area[].nr_free`.
    public func contigPageInfo(zone z: Int, suitableOrder: Int) -> ContigPageInfo {
        ContigPageInfo(nrFree: zones[z].freeArea.map(\.nrFree), suitableOrder: suitableOrder)
    }

    /// Whether an allocation of `order` would fail for fragmentation (towards 1000) or for
    /// lack of memory (towards 0); -1000 when a free block is large enough.
    ///
    /// Models: `fragmentation_index()` (mm/vmstat.c), which compaction compares with
    /// `vm.extfrag_threshold`.
    public func fragmentationIndex(zone z: Int, order: Int) -> Int {
        contigPageInfo(zone: z, suitableOrder: order).fragmentationIndex(order: order)
    }

    /// The share of the zone's free memory, in thousandths, that an allocation of `order`
    /// cannot use.
    ///
    /// Models: `unusable_free_index()` (mm/vmstat.c).
    public func unusableFreeIndex(zone z: Int, order: Int) -> Int {
        contigPageInfo(zone: z, suitableOrder: order).unusableFreeIndex(order: order)
    }

    /// The share of the zone's free memory, in percent, in blocks smaller than `order`.
    ///
    /// Models: `extfrag_for_order()` (mm/vmstat.c), the score of proactive compaction.
    public func extfragForOrder(zone z: Int, order: Int) -> Int {
        contigPageInfo(zone: z, suitableOrder: order).extfragPercent(order: order)
    }

    /// /sys/kernel/debug/extfrag/extfrag_index of the simulated machine.
    ///
    /// Models: `extfrag_show()` (mm/vmstat.c): populated zones of every node.
    public func extfragIndex() -> String { buddyinfoSnapshot().extfragIndexText }

    /// /sys/kernel/debug/extfrag/unusable_index of the simulated machine.
    ///
    /// Models: `unusable_show()` (mm/vmstat.c): populated zones of every node with memory.
    public func unusableIndex() -> String { buddyinfoSnapshot().unusableIndexText }
}
