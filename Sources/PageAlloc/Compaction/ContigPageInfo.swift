/// How a zone's free memory is split into blocks, seen from one allocation order: the
/// numbers behind the fragmentation indices that compaction and debugfs use.
///
/// Models: `struct contig_page_info` and `fill_contig_page_info()` (mm/vmstat.c), with the
/// indices computed from it: `__fragmentation_index()`, `unusable_free_index()` and
/// `extfrag_for_order()`.
public struct ContigPageInfo: Sendable, Equatable {
    /// `free_pages`: free base pages in all blocks.
    public var freePages: Int
    /// `free_blocks_total`: free blocks of any order.
    public var freeBlocksTotal: Int
    /// `free_blocks_suitable`: how many blocks of `suitableOrder` the free blocks of at least
    /// that order make.
    public var freeBlocksSuitable: Int

    /// The numbers of `fill_contig_page_info(zone, suitable_order, info)` for a zone whose
    /// `free_area[order].nr_free` is `nrFree[order]`.
    ///
    /// Models: `fill_contig_page_info()` (mm/vmstat.c).
    public init(nrFree: [Int], suitableOrder: Int) {
        var pages = 0
        var total = 0
        var suitable = 0
        for (order, blocks) in nrFree.enumerated() {
            total += blocks
            pages += blocks << order
            if order >= suitableOrder { suitable += blocks << (order - suitableOrder) }
        }
        freePages = pages
        freeBlocksTotal = total
        freeBlocksSuitable = suitable
    }

    /// The fragmentation index of an allocation of `order`, in thousandths: -1000 when a
    /// suitable block exists, else towards 0 when it fails for lack of memory and towards
    /// 1000 when it fails for fragmentation; 0 without free blocks.
    ///
    /// Models: `__fragmentation_index()` (mm/vmstat.c): `1000 - (1000 + free_pages * 1000 /
    /// 2^order) / free_blocks_total`, with integer division.
    public func fragmentationIndex(order: Int) -> Int {
        guard order <= Kernel.maxPageOrder, freeBlocksTotal > 0 else { return 0 }
        if freeBlocksSuitable > 0 { return -1000 }
        return 1000 - (1000 + freePages * 1000 / (1 << order)) / freeBlocksTotal
    }

    /// The share of free memory, in thousandths, that an allocation of `order` cannot use:
    /// 1000 when nothing is free.
    ///
    /// Models: `unusable_free_index()` (mm/vmstat.c): `(free_pages - (free_blocks_suitable
    /// << order)) * 1000 / free_pages`.
    public func unusableFreeIndex(order: Int) -> Int {
        guard freePages > 0 else { return 1000 }
        return (freePages - (freeBlocksSuitable << order)) * 1000 / freePages
    }

    /// The same share in percent, 0 when nothing is free (what proactive compaction scores).
    ///
    /// Models: `extfrag_for_order()` (mm/vmstat.c).
    public func extfragPercent(order: Int) -> Int {
        guard freePages > 0 else { return 0 }
        return (freePages - (freeBlocksSuitable << order)) * 100 / freePages
    }
}
