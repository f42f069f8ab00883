/// One hugetlb page size: its pool of huge pages and the counters /proc/meminfo and sysfs show.
///
/// Models: `struct hstate` (include/linux/hugetlb.h) for x86_64: order 9 (2 MiB, the default
/// hstate) and order 18 (1 GiB, registered on CPUs with GB pages). Pool folios are kept as the
/// pfns of their first pages; `hugepage_activelist` holds the ones handed out. The per-node
/// `nr_hugepages` sysfs files, subpools and cgroups are not modelled.
public struct Hstate: Sendable, Equatable {
    /// `PUD_SHIFT - PAGE_SHIFT`: the order of a 1 GiB gigantic page.
    public static let gigantic1GOrder = 18

    /// `huge_page_order(h)`.
    public let order: Int
    /// `max_huge_pages`: the persistent pool size last set through `nr_hugepages`.
    public internal(set) var maxHugePages = 0
    /// `nr_huge_pages`: huge pages the pool owns, persistent and surplus.
    public internal(set) var nrHugePages = 0
    /// `free_huge_pages`: pool pages on the free lists.
    public internal(set) var freeHugePages = 0
    /// `resv_huge_pages`: pages reserved for mappings (always 0: reservations are not modelled).
    public internal(set) var resvHugePages = 0
    /// `surplus_huge_pages`: pages beyond the persistent pool, allocated under overcommit.
    public internal(set) var surplusHugePages = 0
    /// `nr_overcommit_huge_pages`: how many surplus pages may exist.
    public internal(set) var nrOvercommitHugePages = 0
    /// `nr_huge_pages_node[]`.
    public internal(set) var nrHugePagesNode: [Int]
    /// `free_huge_pages_node[]`.
    public internal(set) var freeHugePagesNode: [Int]
    /// `surplus_huge_pages_node[]`.
    public internal(set) var surplusHugePagesNode: [Int]
    /// `hugepage_freelists[]`: per node, the free pool pages, head first.
    public internal(set) var hugepageFreelists: [[Int]]
    /// `hugepage_activelist`: pool pages in use, most recent first.
    public internal(set) var hugepageActivelist: [Int] = []
    /// `next_nid_to_alloc`: where the next round-robin pool allocation starts.
    var nextNidToAlloc: Int
    /// `next_nid_to_free`: where the next round-robin pool shrink starts.
    var nextNidToFree: Int

    /// An empty pool of pages of `order` on a machine with `nodeCount` nodes.
    ///
    /// Models: `hugetlb_add_hstate()` (mm/hugetlb.c): both round-robin cursors start at
    /// `first_memory_node`.
    init(order: Int, nodeCount: Int, firstMemoryNode: Int) {
        self.order = order
        nrHugePagesNode = Array(repeating: 0, count: nodeCount)
        freeHugePagesNode = Array(repeating: 0, count: nodeCount)
        surplusHugePagesNode = Array(repeating: 0, count: nodeCount)
        hugepageFreelists = Array(repeating: [], count: nodeCount)
        nextNidToAlloc = firstMemoryNode
        nextNidToFree = firstMemoryNode
    }

    /// `hstate_is_gigantic(h)`: larger than the buddy allocator's largest block.
    public var isGigantic: Bool { order > Kernel.maxPageOrder }
    /// `huge_page_size(h) / SZ_1K`.
    public var pageSizeKB: Int { (Kernel.pageSize << order) >> 10 }
    /// The hstate's sysfs directory name, e.g. `hugepages-2048kB`.
    public var name: String { "hugepages-\(pageSizeKB)kB" }
    /// `persistent_huge_pages(h)`: pool pages that are not surplus.
    public var persistentHugePages: Int { nrHugePages - surplusHugePages }

    /// `htlb_alloc_mask(h)` (include/linux/hugetlb.h, 6.12+): `__GFP_COMP | __GFP_NOWARN` with
    /// `GFP_HIGHUSER_MOVABLE` when the size can migrate (`hugepage_movable_supported()`: the
    /// 2 MiB size on x86_64), else `GFP_HIGHUSER` (gigantic pages).
    public var allocMask: GFP { [isGigantic ? .highuser : .highuserMovable, .comp, .nowarn] }
}
