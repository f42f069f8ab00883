/// The state of one compaction run over one zone.
///
/// Models: `struct compact_control` (mm/internal.h), the fields the model uses. The isolated
/// free pages are kept per order, as 6.9+ does (`cc->freepages[NR_PAGE_ORDERS]`); the
/// isolated folios to migrate are kept most recently isolated first, as `list_add()` leaves
/// `cc->migratepages`.
struct CompactControl {
    /// `zone`, as a flat zone index.
    var zone: Int
    /// `order`: the order compaction works for, -1 for a whole-zone compaction.
    var order: Int
    /// `migratetype`: `gfp_migratetype(gfp_mask)` of the allocation.
    var migratetype: MigrateType
    /// `mode`.
    var mode: MigrateMode
    /// `alloc_flags` of the allocation.
    var allocFlags: AllocFlags
    /// `highest_zoneidx` of the allocation.
    var highestZone: ZoneType
    /// `direct_compaction`: run on behalf of an allocating task.
    var directCompaction: Bool
    /// `ignore_block_suitable`: the free scanner takes targets from any pageblock type.
    var ignoreBlockSuitable: Bool
    /// `alloc_contig`: run by `alloc_contig_range()`, which migrates compound pages too.
    var allocContig = false
    /// `whole_zone`: the run started at the zone's ends.
    var wholeZone = true
    /// `finish_pageblock`: isolate the rest of the pageblock in one batch.
    var finishPageblock = false
    /// `migrate_pfn`: where the migration scanner goes on.
    var migratePfn = 0
    /// `free_pfn`: where the free scanner goes on (downwards).
    var freePfn = 0
    /// `freepages[]`: the isolated free blocks by order, first to be used first.
    var freepages: [[Int]] = Array(repeating: [], count: Kernel.nrPageOrders)
    /// `nr_freepages`.
    var nrFreepages = 0
    /// `migratepages`: the first pfns of the isolated folios, next to migrate first.
    var migratepages: [Int] = []
    /// `nr_migratepages`.
    var nrMigratepages = 0
}
