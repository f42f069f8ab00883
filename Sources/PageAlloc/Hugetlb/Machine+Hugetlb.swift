extension Machine {
    /// Registers the hugetlb page sizes of an x86_64 machine with empty pools.
    ///
    /// Models: `hugetlb_init()` → `hugetlb_add_hstate()` (mm/hugetlb.c) for the 2 MiB default
    /// size and, as on CPUs with GB pages, the 1 GiB size; no pages are set aside at boot.
    mutating func hugetlbInit() {
        let firstNode = nodesWithMemory.first ?? 0
        hstates = [Kernel.hpagePmdOrder, Hstate.gigantic1GOrder].map {
            Hstate(order: $0, nodeCount: nodeCount, firstMemoryNode: firstNode)
        }
    }

    /// Resizes a hugetlb pool's persistent part, as writing `vm.nr_hugepages` (or the hstate's
    /// `nr_hugepages` in sysfs) does; returns the persistent size reached.
    ///
    /// Models: `set_max_huge_pages(h, count, NUMA_NO_NODE, &node_states[N_MEMORY])`
    /// (mm/hugetlb.c): surplus pages become persistent first; then fresh pages are allocated one
    /// by one with `alloc_pool_huge_folio()`, round-robin over the nodes with memory, until the
    /// pool is large enough or a round over all nodes fails, which ends the growth silently (the
    /// kernel prints nothing; the pool is just smaller than asked, as `maxHugePages` and the
    /// counters show); the new pages join the free lists in one batch
    /// (`prep_and_add_allocated_folios()`). Shrinking takes free pages round-robin
    /// (`remove_pool_hugetlb_folio()`), keeps what reservations and pages in use need, and frees
    /// the removed pages to the buddy allocator in the order they were removed (as
    /// `update_and_free_pages_bulk()` does with CONFIG_HUGETLB_PAGE_OPTIMIZE_VMEMMAP and the
    /// vmemmap optimisation off, the default); in-use pages beyond the count become surplus.
    /// The vmemmap optimisation (HVO), signals and the resize lock are not modelled.
    @discardableResult
    public mutating func setMaxHugePages(_ count: Int, hstate hi: Int = 0) -> Int {
        enter("set_max_huge_pages")
        defer { leave() }
        var noretry: Set<Int>? = []
        while hstates[hi].surplusHugePages > 0 && count > hstates[hi].persistentHugePages {
            if !adjustPoolSurplus(hi, delta: -1) { break }
        }
        var allocated: [Int] = []
        while count > hstates[hi].persistentHugePages + allocated.count {
            guard let pfn = allocPoolHugeFolio(hi, noretry: &noretry) else { break }
            allocated.insert(pfn, at: 0)
        }
        prepAndAddAllocatedFolios(hi, allocated)
        let h = hstates[hi]
        var persistentFree = h.freeHugePages
        if h.freeHugePages > h.persistentHugePages {
            persistentFree = h.freeHugePages > h.surplusHugePages ? h.freeHugePages - h.surplusHugePages : 0
        }
        let minCount = max(count, h.resvHugePages + h.persistentHugePages - persistentFree)
        var removed: [Int] = []
        while minCount < hstates[hi].persistentHugePages {
            guard let pfn = removePoolHugetlbFolio(hi, acctSurplus: false) else { break }
            removed.append(pfn)
        }
        for pfn in removed { updateAndFreeHugetlbFolio(hi, pfn) }
        while count < hstates[hi].persistentHugePages {
            if !adjustPoolSurplus(hi, delta: 1) { break }
        }
        hstates[hi].maxHugePages = hstates[hi].persistentHugePages
        return hstates[hi].maxHugePages
    }

    /// Sets how many surplus pages a pool may grow by on demand; false (nothing changed) for a
    /// gigantic hstate.
    ///
    /// Models: writing `vm.nr_overcommit_hugepages` (`hugetlb_overcommit_handler()`,
    /// mm/hugetlb.c), which refuses gigantic hstates with -EINVAL.
    @discardableResult
    public mutating func setNrOvercommitHugePages(_ count: Int, hstate hi: Int = 0) -> Bool {
        guard !hstates[hi].isGigantic, count >= 0 else { return false }
        hstates[hi].nrOvercommitHugePages = count
        return true
    }

    /// Allocates one fresh huge page for the pool, trying each node with memory once,
    /// round-robin from where the last call stopped; returns its first pfn.
    ///
    /// Models: `alloc_pool_huge_folio()` (mm/hugetlb.c): `htlb_alloc_mask(h) | __GFP_THISNODE`,
    /// so each try stays on its node, and `for_each_node_mask_to_alloc()` over `next_nid_to_alloc`.
    private mutating func allocPoolHugeFolio(_ hi: Int, noretry: inout Set<Int>?) -> Int? {
        enter("alloc_pool_huge_folio")
        defer { leave() }
        let gfp = hstates[hi].allocMask.union(.thisnode)
        let nodes = nodesWithMemory
        for _ in nodes.indices {
            let node = Machine.nextNodeAllowed(from: hstates[hi].nextNidToAlloc, in: nodes)
            hstates[hi].nextNidToAlloc = Machine.nextNodeAllowed(from: node + 1, in: nodes)
            if let pfn = onlyAllocFreshHugetlbFolio(hi, gfp: gfp, node: node, noretry: &noretry) { return pfn }
        }
        return nil
    }

    /// `get_valid_node_allowed()` / `next_node_allowed()` (mm/hugetlb.c): the first node of
    /// `nodes` at or after `node`, wrapping around.
    private static func nextNodeAllowed(from node: Int, in nodes: [Int]) -> Int {
        nodes.first { $0 >= node } ?? nodes.first ?? 0
    }

    /// Allocates one huge page on `node` without adding it to the pool; returns its first pfn.
    ///
    /// Models: `only_alloc_fresh_hugetlb_folio()` (mm/hugetlb.c): gigantic pages from a
    /// contiguous range (`alloc_gigantic_frozen_folio()`), others from the buddy allocator
    /// (`alloc_buddy_hugetlb_folio()`). The folio comes back frozen (refcount 0), as 6.18's
    /// frozen allocation helpers return it, and `init_new_hugetlb_folio()` gives its head the
    /// hugetlb page type (`__folio_set_hugetlb()`).
    private mutating func onlyAllocFreshHugetlbFolio(_ hi: Int, gfp: GFP, node: Int, noretry: inout Set<Int>?) -> Int? {
        let pfn =
            hstates[hi].isGigantic
            ? allocContigPages(order: hstates[hi].order, gfp: gfp, node: node)
            : allocBuddyHugetlbFolio(hi, gfp: gfp, node: node, noretry: &noretry)
        if let pfn { memmap.setType(pfn, .hugetlb) }
        return pfn
    }

    /// Allocates a 2 MiB huge page from the buddy allocator, trying hard unless an earlier
    /// hard try on this node failed in the same resize.
    ///
    /// Models: `alloc_buddy_hugetlb_folio()` (mm/hugetlb.c; `alloc_buddy_frozen_folio()` in
    /// 6.18): `__GFP_RETRY_MAYFAIL` is added unless the node is in `node_alloc_noretry`; a hard
    /// try that fails puts the node there, an easy try that succeeds takes it out. With the
    /// pool's mask this asks `__alloc_frozen_pages()` for `GFP_HIGHUSER_MOVABLE | __GFP_COMP |
    /// __GFP_NOWARN | __GFP_THISNODE | __GFP_RETRY_MAYFAIL`, order 9.
    private mutating func allocBuddyHugetlbFolio(_ hi: Int, gfp: GFP, node: Int, noretry: inout Set<Int>?) -> Int? {
        enter("alloc_buddy_hugetlb_folio")
        defer { leave() }
        let tryHard = !(noretry?.contains(node) ?? false)
        let mask = tryHard ? gfp.union(.retryMayfail) : gfp
        let pfn = allocFrozenPages(mask, order: hstates[hi].order, node: node)
        if pfn != nil && !tryHard { noretry?.remove(node) }
        if pfn == nil && tryHard { noretry?.insert(node) }
        return pfn
    }

    /// Accounts freshly allocated huge pages to the pool and puts them on the free lists, in
    /// list order.
    ///
    /// Models: `prep_and_add_allocated_folios()` → `account_new_hugetlb_folio()` and
    /// `enqueue_hugetlb_folio()` (mm/hugetlb.c).
    private mutating func prepAndAddAllocatedFolios(_ hi: Int, _ folios: [Int]) {
        for pfn in folios {
            let node = nodeOf(pfn)
            hstates[hi].nrHugePages += 1
            hstates[hi].nrHugePagesNode[node] += 1
            enqueueHugetlbFolio(hi, pfn)
        }
    }

    /// Puts a pool page at the head of its node's free list.
    ///
    /// Models: `enqueue_hugetlb_folio()` (mm/hugetlb.c).
    private mutating func enqueueHugetlbFolio(_ hi: Int, _ pfn: Int) {
        let node = nodeOf(pfn)
        hstates[hi].hugepageActivelist.removeAll { $0 == pfn }
        hstates[hi].hugepageFreelists[node].insert(pfn, at: 0)
        hstates[hi].freeHugePages += 1
        hstates[hi].freeHugePagesNode[node] += 1
    }

    /// Takes a free page out of the pool, round-robin over the nodes from `next_nid_to_free`;
    /// returns its first pfn.
    ///
    /// Models: `remove_pool_hugetlb_folio()` (mm/hugetlb.c): the head of the first node's free
    /// list that has one (with `acctSurplus`, only nodes with surplus pages).
    private mutating func removePoolHugetlbFolio(_ hi: Int, acctSurplus: Bool) -> Int? {
        let nodes = nodesWithMemory
        for _ in nodes.indices {
            let node = Machine.nextNodeAllowed(from: hstates[hi].nextNidToFree, in: nodes)
            hstates[hi].nextNidToFree = Machine.nextNodeAllowed(from: node + 1, in: nodes)
            if (!acctSurplus || hstates[hi].surplusHugePagesNode[node] > 0),
                let pfn = hstates[hi].hugepageFreelists[node].first
            {
                removeHugetlbFolio(hi, pfn, adjustSurplus: acctSurplus)
                return pfn
            }
        }
        return nil
    }

    /// Takes a page off the pool's lists and counts.
    ///
    /// Models: `remove_hugetlb_folio()` (mm/hugetlb.c): without vmemmap optimisation the
    /// hugetlb page type is cleared here (`__folio_clear_hugetlb()`).
    private mutating func removeHugetlbFolio(_ hi: Int, _ pfn: Int, adjustSurplus: Bool) {
        let node = nodeOf(pfn)
        if let index = hstates[hi].hugepageFreelists[node].firstIndex(of: pfn) {
            hstates[hi].hugepageFreelists[node].remove(at: index)
            hstates[hi].freeHugePages -= 1
            hstates[hi].freeHugePagesNode[node] -= 1
        }
        hstates[hi].hugepageActivelist.removeAll { $0 == pfn }
        if adjustSurplus {
            hstates[hi].surplusHugePages -= 1
            hstates[hi].surplusHugePagesNode[node] -= 1
        }
        memmap.clearType(pfn)
        hstates[hi].nrHugePages -= 1
        hstates[hi].nrHugePagesNode[node] -= 1
    }

    /// Returns a page that left the pool to the buddy allocator.
    ///
    /// Models: `update_and_free_hugetlb_folio()` → `__update_and_free_hugetlb_folio()` and
    /// `hugetlb_free_folio()` (mm/hugetlb.c): the frozen folio gets its reference back and is put
    /// with `folio_put()`, a compound free through `__free_pages()` (per-CPU lists for order 9,
    /// pageblock pieces for a gigantic page).
    private mutating func updateAndFreeHugetlbFolio(_ hi: Int, _ pfn: Int) {
        enter("update_and_free_hugetlb_folio")
        defer { leave() }
        memmap.refcount[pfn] = 1
        freePages(pfn, order: hstates[hi].order)
    }

    /// Moves one page between the persistent and the surplus part of the pool; false when no
    /// node has one to move.
    ///
    /// Models: `adjust_pool_surplus()` (mm/hugetlb.c): surplus to persistent (`delta` -1) scans
    /// from `next_nid_to_alloc` for a node with surplus pages; persistent to surplus (+1) from
    /// `next_nid_to_free` for a node with persistent pages.
    private mutating func adjustPoolSurplus(_ hi: Int, delta: Int) -> Bool {
        let nodes = nodesWithMemory
        for _ in nodes.indices {
            let node: Int
            if delta < 0 {
                node = Machine.nextNodeAllowed(from: hstates[hi].nextNidToAlloc, in: nodes)
                hstates[hi].nextNidToAlloc = Machine.nextNodeAllowed(from: node + 1, in: nodes)
                guard hstates[hi].surplusHugePagesNode[node] > 0 else { continue }
            } else {
                node = Machine.nextNodeAllowed(from: hstates[hi].nextNidToFree, in: nodes)
                hstates[hi].nextNidToFree = Machine.nextNodeAllowed(from: node + 1, in: nodes)
                guard hstates[hi].surplusHugePagesNode[node] < hstates[hi].nrHugePagesNode[node] else { continue }
            }
            hstates[hi].surplusHugePages += delta
            hstates[hi].surplusHugePagesNode[node] += delta
            return true
        }
        return false
    }

    /// Hands out one huge page from a pool, with one reference; returns its first pfn, or nil
    /// when the pool has no free page and may not grow.
    ///
    /// Models the page-finding part of `alloc_hugetlb_folio()` (mm/hugetlb.c), the closest the
    /// model comes to a hugetlb page fault: with free pages beyond the reserved ones,
    /// `dequeue_hugetlb_folio_nodemask()` takes the first free page of the first node in the
    /// `node`'s zonelist order that has one; otherwise, while surplus pages are below
    /// `nr_overcommit_hugepages`, a fresh surplus page is allocated on `node`
    /// (`alloc_surplus_hugetlb_folio()`, no `__GFP_THISNODE`). The page moves to the active list
    /// and gets its reference (`folio_ref_unfreeze(folio, 1)`). Mappings, reservations, subpools
    /// and cgroup charging are not modelled.
    public mutating func allocHugetlbFolio(hstate hi: Int = 0, node: Int? = nil) -> Int? {
        enter("alloc_hugetlb_folio")
        defer { leave() }
        let node = node ?? currentNode
        var pfn: Int?
        if hstates[hi].freeHugePages - hstates[hi].resvHugePages > 0 {
            var seen = Set<Int>()
            for z in nodes[node].zonelistFallback where seen.insert(zones[z].node).inserted {
                if let first = hstates[hi].hugepageFreelists[zones[z].node].first {
                    removeFromFreelist(hi, first)
                    pfn = first
                    break
                }
            }
        }
        if pfn == nil { pfn = allocSurplusHugetlbFolio(hi, node: node) }
        guard let pfn else { return nil }
        hstates[hi].hugepageActivelist.insert(pfn, at: 0)
        memmap.refcount[pfn] = 1
        return pfn
    }

    /// Takes a page off its node's free list for use.
    ///
    /// Models: `dequeue_hugetlb_folio_node_exact()` (mm/hugetlb.c).
    private mutating func removeFromFreelist(_ hi: Int, _ pfn: Int) {
        let node = nodeOf(pfn)
        hstates[hi].hugepageFreelists[node].removeAll { $0 == pfn }
        hstates[hi].freeHugePages -= 1
        hstates[hi].freeHugePagesNode[node] -= 1
    }

    /// Allocates a fresh page beyond the persistent pool when overcommit allows; returns its
    /// first pfn.
    ///
    /// Models: `alloc_surplus_hugetlb_folio()` (mm/hugetlb.c): never for gigantic pages; the
    /// page is counted in `nr_huge_pages` and `surplus_huge_pages`.
    private mutating func allocSurplusHugetlbFolio(_ hi: Int, node: Int) -> Int? {
        guard !hstates[hi].isGigantic, hstates[hi].surplusHugePages < hstates[hi].nrOvercommitHugePages else {
            return nil
        }
        var noretry: Set<Int>?
        guard let pfn = onlyAllocFreshHugetlbFolio(hi, gfp: hstates[hi].allocMask, node: node, noretry: &noretry)
        else { return nil }
        let nid = nodeOf(pfn)
        hstates[hi].nrHugePages += 1
        hstates[hi].nrHugePagesNode[nid] += 1
        hstates[hi].surplusHugePages += 1
        hstates[hi].surplusHugePagesNode[nid] += 1
        return pfn
    }

    /// Returns a huge page whose last reference is gone to its pool, or to the buddy allocator
    /// when its node has surplus pages.
    ///
    /// Models: `free_huge_folio()` (mm/hugetlb.c), which `folio_put()` calls for a hugetlb
    /// folio: a surplus page leaves the pool (`remove_hugetlb_folio()` and
    /// `update_and_free_hugetlb_folio()`), any other goes back on its node's free list
    /// (`enqueue_hugetlb_folio()`). The folio ends frozen (refcount 0). A pfn that is not an
    /// in-use pool page is ignored.
    public mutating func freeHugeFolio(_ pfn: Int) {
        enter("free_huge_folio")
        defer { leave() }
        guard let hi = hugetlbHstateIndex(ofPfn: pfn), hstates[hi].hugepageActivelist.contains(pfn) else { return }
        memmap.refcount[pfn] = 0
        if hstates[hi].surplusHugePagesNode[nodeOf(pfn)] > 0 {
            removeHugetlbFolio(hi, pfn, adjustSurplus: true)
            updateAndFreeHugetlbFolio(hi, pfn)
        } else {
            enqueueHugetlbFolio(hi, pfn)
        }
    }

    /// The hstate whose pool (free or in use) holds the huge page starting at `pfn`.
    ///
    /// Models: `folio_test_hugetlb()` and `folio_hstate()` for a folio's first page.
    func hugetlbHstateIndex(ofPfn pfn: Int) -> Int? {
        hstates.indices.first { hi in
            hstates[hi].hugepageActivelist.contains(pfn) || hstates[hi].hugepageFreelists.contains { $0.contains(pfn) }
        }
    }

    /// `NR_HUGETLB` of a node: the pages of its hugetlb folios in use, not the pool.
    ///
    /// Models: the `NR_HUGETLB` node counter (include/linux/mmzone.h), raised by
    /// `alloc_hugetlb_folio()` and lowered by `free_huge_folio()` by `pages_per_huge_page(h)`
    /// (mm/hugetlb.c): the in-use folios are the ones on the active lists.
    public func nrHugetlb(node: Int) -> Int {
        hstates.reduce(0) { sum, h in
            sum + (h.hugepageActivelist.filter { nodeOf($0) == node }.count << h.order)
        }
    }

    /// The pfn ranges of every hugetlb pool page, free or in use.
    var hugetlbRanges: [Range<Int>] {
        hstates.flatMap { h in
            (h.hugepageActivelist + h.hugepageFreelists.flatMap { $0 }).map { $0..<($0 + (1 << h.order)) }
        }
    }

    /// The hugetlb lines of /proc/meminfo.
    ///
    /// Models: `hugetlb_report_meminfo()` (mm/hugetlb.c): the default (2 MiB) hstate's
    /// `HugePages_Total:   %5lu`, `HugePages_Free:    %5lu`, `HugePages_Rsvd:    %5lu`,
    /// `HugePages_Surp:    %5lu` and `Hugepagesize:   %8lu kB`, then `Hugetlb:        %8lu kB`,
    /// the memory of every hstate's pool.
    public func hugetlbReportMeminfo() -> String {
        let h = hstates[0]
        let total = hstates.reduce(0) { $0 + $1.nrHugePages * $1.pageSizeKB }
        return "HugePages_Total:   \(CFormat.right(h.nrHugePages, 5))\n"
            + "HugePages_Free:    \(CFormat.right(h.freeHugePages, 5))\n"
            + "HugePages_Rsvd:    \(CFormat.right(h.resvHugePages, 5))\n"
            + "HugePages_Surp:    \(CFormat.right(h.surplusHugePages, 5))\n"
            + "Hugepagesize:   \(CFormat.right(h.pageSizeKB, 8)) kB\n"
            + "Hugetlb:        \(CFormat.right(total, 8)) kB\n"
    }

    /// `page_to_nid()`: the node of the zone holding `pfn`.
    private func nodeOf(_ pfn: Int) -> Int { zoneIndex(ofPfn: pfn).map { zones[$0].node } ?? 0 }
}
