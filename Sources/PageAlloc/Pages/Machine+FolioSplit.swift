extension Machine {
    /// The head-page flags a split copies to every new folio (PG_locked too, but the new
    /// folios are unlocked again at once).
    ///
    /// Models: the flag mask of `__split_folio_to_order()` (mm/huge_memory.c), with the
    /// `folio_test_young()` / `folio_test_idle()` copies.
    private static let splitClonedFlags: PageFlags = [
        .referenced, .swapbacked, .ownerPriv1, .mlocked, .uptodate, .active, .workingset, .unevictable, .dirty,
        .young, .idle,
    ]

    /// Splits a large folio into order-0 folios; the pages nobody maps or caches are freed.
    ///
    /// Models: `split_folio()` → `split_huge_page_to_list_to_order(&folio->page, NULL, 0)` →
    /// `__folio_split()` → `__split_unmapped_folio()` / `__split_folio_to_order()`
    /// (mm/huge_memory.c, 6.18). Refused: a small folio (-EINVAL); a folio that is neither
    /// anonymous nor in a file mapping (-EBUSY, mm/huge_memory.c:3629-3630: a folio fresh from
    /// the allocator); a hugetlb folio (-EBUSY: the kernel never hands one to the THP split, whose
    /// callers skip them, e.g. mm/huge_memory.c:4277, so the pool keeps it whole); a folio under writeback (-EBUSY, mm/huge_memory.c:3648-3649); a
    /// folio with references beyond its mappings, the page cache's 2^order (a file folio) and
    /// the caller's one (`can_split_folio()`, mm/huge_memory.c:3251-3265, -EAGAIN). Then the
    /// count is frozen, every tail page becomes an independent folio (`PAGE_FLAGS_CHECK_AT_PREP`
    /// cleared, the head's state flags copied, `compound_head` cleared, the second page's folio
    /// fields gone, the same mapping) and the head loses PG_head (`ClearPageCompound()`). Each
    /// new folio is unfrozen with `folio_expected_ref_count()` + 1 references
    /// (mm/huge_memory.c:3806-3807): one per mapping, one for the page cache if it is a file
    /// folio, plus one; the one holding the first page keeps that extra reference as the
    /// caller's, the others drop it (`free_folio_and_swap_cache()`), so a page neither mapped
    /// nor cached goes straight back to the allocator. A file folio's new folios go to the
    /// young end of the LRU one by one (the kernel's `lru_add_split_folio()` puts them next to
    /// the head). Unmapping and remapping, the deferred-split queue, the xarray split, swap
    /// cache, memcg and statistics are not modelled; the caller's folio lock is not required.
    public mutating func splitFolio(_ folio: Int) throws(FolioSplitError) {
        enter("split_folio")
        defer { leave() }
        let order = memmap.folioOrder(ofFolio: folio)
        guard !memmap.isTail(folio), order > 0 else { throw .invalid }
        guard !folioTestHugetlb(folio) else { throw .busy }
        let mapping = memmap.folioMapping[folio]
        guard mapping != .unmapped else { throw .busy }
        guard !memmap.flags[folio].contains(.writeback) else { throw .busy }
        let mapcount = Int(memmap.largeMapcount[folio + 1]) + 1
        let cachePins = mapping == .file ? 1 << order : 0
        guard folioRefCount(folio) - cachePins - 1 == mapcount else { throw .again }
        let onLRU = memmap.flags[folio].contains(.lru)
        if onLRU { lruDelFolio(folio) }
        memmap.refcount[folio] = 0
        let cloned = memmap.flags[folio].intersection(Machine.splitClonedFlags)
        for page in (folio + 1)..<(folio + (1 << order)) {
            memmap.flags[page] = memmap.flags[page].intersection(.hwpoison).union(cloned)
            memmap.privateValue[page] = 0
            memmap.setCompoundHead(page, 0)
            memmap.folioMapping[page] = mapping
        }
        memmap.folioOrder[folio + 1] = 0
        memmap.largeMapcount[folio + 1] = 0
        memmap.nrPagesMapped[folio + 1] = 0
        memmap.entireMapcount[folio + 1] = 0
        memmap.pincount[folio + 1] = 0
        memmap.flags[folio].remove(.head)
        let cacheRef = mapping == .file ? 1 : 0
        for page in folio..<(folio + (1 << order)) {
            memmap.refcount[page] = Int32(memmap.mapcount(page) + 1 + cacheRef) + 1
            if onLRU { lruAddFolio(page, order: 0, dirty: memmap.flags[page].contains(.dirty)) }
        }
        for page in (folio + 1)..<(folio + (1 << order)) { folioPut(page) }
    }
}
