/// One CPU's cache of free pages for one zone.
///
/// Models: `struct per_cpu_pages` (include/linux/mmzone.h) with CONFIG_TRANSPARENT_HUGEPAGE:
/// `NR_PCP_LISTS` = 14 lists, 3 migratetypes x orders 0-3 and two for the PMD order.
public struct PerCPUPages: Sendable, Equatable {
    /// `NR_LOWORDER_PCP_LISTS`.
    public static let lowOrderLists = MigrateType.pcpTypes * (Kernel.pageAllocCostlyOrder + 1)
    /// `NR_PCP_LISTS`.
    public static let listCount = lowOrderLists + 2
    /// `CONFIG_PCP_BATCH_SCALE_MAX` (default 5).
    public static let batchScaleMax = 5

    /// `count`: pages on all lists.
    public internal(set) var count: Int = 0
    /// `high`: the auto-tuned high mark.
    public internal(set) var high: Int = 0
    /// `high_min`.
    public internal(set) var highMin: Int = 0
    /// `high_max`.
    public internal(set) var highMax: Int = 0
    /// `batch`: pages moved to and from the buddy allocator at a time.
    public internal(set) var batch: Int = 1
    /// `flags`: PCPF_PREV_FREE_HIGH_ORDER, PCPF_FREE_HIGH_BATCH.
    public internal(set) var flags: UInt8 = 0
    /// `alloc_factor`: scales refill batches of order-0 allocations.
    public internal(set) var allocFactor: Int = 0
    /// `free_count`: pages freed recently, halved on every allocation.
    public internal(set) var freeCount: Int = 0
    /// `lists[NR_PCP_LISTS]` (`PerCPUPages.listCount` lists).
    public internal(set) var lists = PageListArray<14>()

    /// `PCPF_PREV_FREE_HIGH_ORDER`.
    static let prevFreeHighOrder: UInt8 = 1 << 0
    /// `PCPF_FREE_HIGH_BATCH`.
    static let freeHighBatch: UInt8 = 1 << 1

    public init() {}

    /// `pcp_allowed_order(order)` (mm/page_alloc.c): orders 0-3 and, with THP, the PMD order.
    @inline(__always)
    public static func allowedOrder(_ order: Int) -> Bool {
        order <= Kernel.pageAllocCostlyOrder || order == Kernel.hpagePmdOrder
    }

    /// `order_to_pindex(migratetype, order)` (mm/page_alloc.c).
    @inline(__always)
    public static func pindex(migratetype: MigrateType, order: Int) -> Int {
        if order > Kernel.pageAllocCostlyOrder {
            return lowOrderLists + (migratetype == .movable ? 1 : 0)
        }
        return MigrateType.pcpTypes * order + migratetype.rawValue
    }

    /// `pindex_to_order(pindex)` (mm/page_alloc.c).
    public static func order(ofPindex pindex: Int) -> Int {
        pindex >= lowOrderLists ? Kernel.hpagePmdOrder : pindex / MigrateType.pcpTypes
    }
}
