extension Machine {
    /// Allocates a folio of 2^order pages; returns its first pfn, or nil when the allocation
    /// fails.
    ///
    /// Models: `folio_alloc()` (include/linux/gfp.h, mm/mempolicy.c): the default mempolicy
    /// (the current CPU's node), `__alloc_pages(gfp | __GFP_COMP, order)`, then
    /// `page_rmappable_folio()`, which marks a large folio PG_large_rmappable. Other
    /// mempolicies are not modelled.
    public mutating func folioAlloc(_ gfp: GFP, order: Int) -> Int? {
        enter("folio_alloc")
        defer { leave() }
        guard let pfn = allocPages(gfp.union(.comp), order: order) else { return nil }
        if memmap.isHead(pfn) { memmap.flags[pfn + 1].insert(.largeRmappable) }
        return pfn
    }

    /// Frees a folio whose last reference is gone.
    ///
    /// Models: `__folio_put()` (mm/swap.c): `page_cache_release()`, then
    /// `free_frozen_pages(&folio->page, folio_order(folio))`, so a large folio goes back
    /// whole; a hugetlb folio goes back to its pool through `free_huge_folio()`. ZONE_DEVICE
    /// folios, deferred-split queues and memcg uncharging are not modelled.
    mutating func folioFree(_ folio: Int) {
        enter("__folio_put")
        defer { leave() }
        if hugetlbHstateIndex(ofPfn: folio) != nil {
            freeHugeFolio(folio)
            return
        }
        pageCacheRelease(folio)
        freeFrozenPages(folio, order: memmap.folioOrder(ofFolio: folio), referenced: true)
    }
}
