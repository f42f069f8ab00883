extension Machine {
    /// Counts one more PTE mapping of a page.
    ///
    /// Models: the mapcount part of `folio_add_anon_rmap_ptes()` / `__folio_add_rmap()` with
    /// RMAP_LEVEL_PTE and one page (mm/rmap.c, CONFIG_PAGE_MAPCOUNT): `page->_mapcount` grows;
    /// in a large folio `_nr_pages_mapped` counts the page when its first mapping appears and
    /// `_large_mapcount` grows. The page tables, the anon_vma, PageAnonExclusive, the MM-ID
    /// tracking and the NR_ANON_MAPPED statistics are not modelled, nor is the reference the
    /// mapping holds: take it with `getPage(_:)`. A free page or a page with a type (whose
    /// `page_type` the count would overwrite) is left alone. A folio with no mapping becomes
    /// anonymous at its first mapping (see `folioSetAnon(_:)`), as a new anonymous folio is
    /// when `folio_add_new_anon_rmap()` first maps it.
    public mutating func pageAddRmapPTE(_ pfn: Int) {
        enter("folio_add_anon_rmap_ptes")
        defer { leave() }
        guard !memmap.hasType(pfn), !isFreeInAllocator(pfn) else { return }
        let folio = memmap.head(pfn)
        folioSetAnon(folio)
        memmap.pageType[pfn] &+= 1
        guard memmap.isHead(folio) else { return }
        if memmap.mapcount(pfn) == 0 { memmap.nrPagesMapped[folio + 1] += 1 }
        memmap.largeMapcount[folio + 1] += 1
    }

    /// Counts one PTE mapping of a page less.
    ///
    /// Models: the mapcount part of `folio_remove_rmap_ptes()` / `__folio_remove_rmap()` with
    /// RMAP_LEVEL_PTE and one page (mm/rmap.c, CONFIG_PAGE_MAPCOUNT), the reverse of
    /// `pageAddRmapPTE(_:)`. Deferred splitting of a partly mapped folio is not modelled. An
    /// unmapped page (`_mapcount` -1) or a page with a type is left alone.
    public mutating func pageRemoveRmapPTE(_ pfn: Int) {
        enter("folio_remove_rmap_ptes")
        defer { leave() }
        guard memmap.mapcount(pfn) >= 0 else { return }
        let folio = memmap.head(pfn)
        memmap.pageType[pfn] &-= 1
        guard memmap.isHead(folio) else { return }
        if memmap.mapcount(pfn) == -1 { memmap.nrPagesMapped[folio + 1] -= 1 }
        memmap.largeMapcount[folio + 1] -= 1
    }

    /// Makes a folio with no mapping anonymous: its `mapping` points at the model's anon_vma
    /// with `PAGE_MAPPING_ANON` set (`FolioMapping.anon`). A folio that already has a mapping,
    /// a tail page and a free page are left alone.
    ///
    /// Models: the anon_vma assignment of `folio_add_new_anon_rmap()` (mm/rmap.c), which a new
    /// anonymous folio gets when a fault maps it; the anon_vma itself, PageAnonExclusive and
    /// the mapping counts are not part of it (see `pageAddRmapPTE(_:)`).
    public mutating func folioSetAnon(_ folio: Int) {
        guard !memmap.isTail(folio), !isFreeInAllocator(folio), memmap.folioMapping[folio] == .unmapped else { return }
        memmap.folioMapping[folio] = .anon
    }
}
