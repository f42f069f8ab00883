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

    /// Splits a large folio into order-0 folios; the pages nobody maps are freed.
    ///
    /// Models: `split_folio()` → `split_huge_page_to_list_to_order(&folio->page, NULL, 0)` →
    /// `__folio_split()` → `__split_unmapped_folio()` / `__split_folio_to_order()`
    /// (mm/huge_memory.c, 6.18), as for an anonymous folio (the model has no anon_vma or page
    /// cache; the kernel refuses a folio with neither with -EBUSY). Refused: a small folio
    /// (-EINVAL), a hugetlb folio (-EBUSY: the model gives it neither an anon_vma nor a file
    /// mapping), a folio under writeback (-EBUSY), a folio with references beyond
    /// its mappings and the caller's one (`can_split_folio()`, -EAGAIN). Then the count is
    /// frozen, every tail page becomes an independent folio (`PAGE_FLAGS_CHECK_AT_PREP`
    /// cleared, the head's state flags copied, `compound_head` cleared, the second page's folio
    /// fields gone) and the head loses PG_head (`ClearPageCompound()`). Each new folio is
    /// unfrozen with one reference per mapping plus one; the one holding the first page keeps
    /// that extra reference as the caller's, the others drop it (`free_folio_and_swap_cache()`),
    /// so an unmapped page goes straight back to the allocator. Unmapping and remapping,
    /// the deferred-split queue, LRU placement (`lru_add_split_folio()`), swap cache, memcg and
    /// statistics are not modelled; the caller's folio lock is not required.
    public mutating func splitFolio(_ folio: Int) throws(FolioSplitError) {
        enter("split_folio")
        defer { leave() }
        let order = memmap.folioOrder(ofFolio: folio)
        guard !memmap.isTail(folio), order > 0 else { throw .invalid }
        guard !folioTestHugetlb(folio) else { throw .busy }
        guard !memmap.flags[folio].contains(.writeback) else { throw .busy }
        let mapcount = Int(memmap.largeMapcount[folio + 1]) + 1
        guard folioRefCount(folio) == mapcount + 1 else { throw .again }
        memmap.refcount[folio] = 0
        let cloned = memmap.flags[folio].intersection(Machine.splitClonedFlags)
        for page in (folio + 1)..<(folio + (1 << order)) {
            memmap.flags[page] = memmap.flags[page].intersection(.hwpoison).union(cloned)
            memmap.privateValue[page] = 0
            memmap.setCompoundHead(page, 0)
        }
        memmap.folioOrder[folio + 1] = 0
        memmap.largeMapcount[folio + 1] = 0
        memmap.nrPagesMapped[folio + 1] = 0
        memmap.entireMapcount[folio + 1] = 0
        memmap.pincount[folio + 1] = 0
        memmap.flags[folio].remove(.head)
        for page in folio..<(folio + (1 << order)) {
            memmap.refcount[page] = Int32(memmap.mapcount(page) + 1) + 1
        }
        for page in (folio + 1)..<(folio + (1 << order)) { folioPut(page) }
    }
}
