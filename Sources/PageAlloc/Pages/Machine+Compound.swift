extension Machine {
    /// Makes a block a compound page: PG_head on the first page, every other page a tail
    /// pointing at it, the folio fields in the second page.
    ///
    /// Models: `prep_compound_page()` (mm/page_alloc.c, 6.15–6.18 form): `__SetPageHead()`,
    /// `prep_compound_tail()` for every tail, then `prep_compound_head()`.
    mutating func prepCompoundPage(_ pfn: Int, order: Int) {
        enter("prep_compound_page")
        defer { leave() }
        memmap.flags[pfn].insert(.head)
        for index in 1..<(1 << order) { prepCompoundTail(pfn, index: index) }
        prepCompoundHead(pfn, order: order)
    }

    /// Links one tail page to its head.
    ///
    /// Models: `prep_compound_tail()` (mm/internal.h): `mapping = TAIL_MAPPING` (derived by
    /// `MemMap.mapping(_:)` from the tail link), `set_compound_head()`, `private = 0`.
    private mutating func prepCompoundTail(_ head: Int, index: Int) {
        memmap.setCompoundHead(head + index, head << 1 | 1)
        memmap.privateValue[head + index] = 0
    }

    /// Sets up the folio fields a large folio keeps in its second page.
    ///
    /// Models: `prep_compound_head()` (mm/internal.h, 6.15–6.18, 64-bit): `folio_set_order()`
    /// (order byte and `_nr_pages`), `_large_mapcount = -1`, `_nr_pages_mapped = 0`
    /// (CONFIG_PAGE_MAPCOUNT), `_pincount = 0`, `_entire_mapcount = -1`. The MM-ID slots
    /// (CONFIG_MM_ID) and `_deferred_list` are not modelled.
    private mutating func prepCompoundHead(_ pfn: Int, order: Int) {
        memmap.folioOrder[pfn + 1] = UInt8(order)
        memmap.largeMapcount[pfn + 1] = -1
        memmap.nrPagesMapped[pfn + 1] = 0
        memmap.pincount[pfn + 1] = 0
        memmap.entireMapcount[pfn + 1] = -1
    }

    /// `compound_head(page)`: the pfn of the head page of the compound page `pfn` is part of,
    /// or `pfn` itself.
    public func compoundHead(_ pfn: Int) -> Int { memmap.head(pfn) }

    /// `page_folio(page)`: the pfn of the folio (its first page) that `pfn` belongs to.
    public func pageFolio(_ pfn: Int) -> Int { memmap.head(pfn) }

    /// `compound_order(page)`: the order of a compound page's head, 0 for any other page.
    public func compoundOrder(_ pfn: Int) -> Int { memmap.folioOrder(ofFolio: pfn) }

    /// `PageHead(page)`.
    public func pageHead(_ pfn: Int) -> Bool { memmap.isHead(pfn) }

    /// `PageTail(page)`.
    public func pageTail(_ pfn: Int) -> Bool { memmap.isTail(pfn) }

    /// `PageCompound(page)`.
    public func pageCompound(_ pfn: Int) -> Bool { memmap.isCompound(pfn) }

    /// `folio_test_large(folio)`: the folio has more than one page (PG_head).
    public func folioTestLarge(_ folio: Int) -> Bool { memmap.isHead(folio) }

    /// `folio_order(folio)`.
    public func folioOrder(_ folio: Int) -> Int { memmap.folioOrder(ofFolio: folio) }

    /// `folio_nr_pages(folio)`.
    public func folioNrPages(_ folio: Int) -> Int { memmap.folioNrPages(folio) }

    /// `folio_test_hugetlb(folio)`: the folio's head has the hugetlb page type.
    public func folioTestHugetlb(_ folio: Int) -> Bool { memmap.type(folio) == .hugetlb }
}
