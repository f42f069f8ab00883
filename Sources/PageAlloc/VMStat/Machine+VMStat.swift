extension Machine {
    /// The per-CPU drift a zone counter may build up before it is folded into the zone:
    /// more CPUs and more memory allow more.
    ///
    /// Models: `calculate_normal_threshold()` (mm/vmstat.c): managed pages in 128 MiB
    /// units `mem`, then `2 * fls(num_online_cpus()) * (1 + fls(mem))`, at most 125. This is
    /// the `vm stats threshold` of /proc/zoneinfo; the lower pressure threshold kswapd sets
    /// while it runs is not modelled.
    func calculateNormalThreshold(zone z: Int) -> Int {
        Machine.normalThreshold(managedPages: zones[z].managedPages, onlineCPUs: cpuCount)
    }

    /// `calculate_normal_threshold()` for a zone of `managedPages` on a machine with
    /// `onlineCPUs` CPUs.
    ///
    /// Models: `calculate_normal_threshold()` (mm/vmstat.c).
    static func normalThreshold(managedPages: Int, onlineCPUs: Int) -> Int {
        let mem = managedPages >> (27 - Kernel.pageShift)
        return min(125, 2 * fls(onlineCPUs) * (1 + fls(mem)))
    }

    /// The free pages in blocks of at least pageblock order, Isolate lists excepted.
    ///
    /// Models: the `NR_FREE_PAGES_BLOCKS` zone counter (6.15+), which
    /// `__add_to_free_list()`, `__del_page_from_free_list()` and `move_to_free_list()`
    /// (mm/page_alloc.c) adjust for blocks of order >= pageblock_order that are not on a
    /// MIGRATE_ISOLATE list; here it is counted from the free lists.
    func nrFreePagesBlocks(zone z: Int) -> Int {
        var pages = 0
        for order in Kernel.pageblockOrder...Kernel.maxPageOrder {
            let area = zones[z].freeArea[order]
            pages += (area.nrFree - area.freeList[MigrateType.isolate.rawValue].count) << order
        }
        return pages
    }

    /// Models: `fls()` (include/asm-generic/bitops/fls.h): the 1-based position of the
    /// highest set bit, 0 for 0.
    static func fls(_ x: Int) -> Int { x <= 0 ? 0 : Int.bitWidth - x.leadingZeroBitCount }
}
