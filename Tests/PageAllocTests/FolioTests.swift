import Testing

@testable import PageAlloc

/// `folio_alloc()`, `folio_put()` and `split_folio()` (include/linux/gfp.h, mm/swap.c,
/// mm/huge_memory.c, Linux 6.18) on the 1 GiB machine of `FreePagesTests`, where a movable
/// order-2 allocation refills the order-2 pcp list with 15 blocks and hands out `base`.
@Suite struct FolioTests {
    static let base = FreePagesTests.base

    @Test func folioAllocMakesALargeRmappableCompoundPage() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        #expect(f == Self.base)
        #expect(m.folioTestLarge(f) && m.folioOrder(f) == 2 && m.folioNrPages(f) == 4)
        #expect(m.folioRefCount(f) == 1)
        #expect(m.pageFolio(f + 3) == f)
        // prep_compound_head(): _large_mapcount = -1, _nr_pages_mapped = 0, _pincount = 0,
        // _entire_mapcount = -1, all in page[1]; page_rmappable_folio() sets PG_large_rmappable.
        #expect(m.memmap.largeMapcount[f + 1] == -1 && m.memmap.entireMapcount[f + 1] == -1)
        #expect(m.memmap.nrPagesMapped[f + 1] == 0 && m.memmap.pincount[f + 1] == 0)
        #expect(m.memmap.flags[f + 1].contains(.largeRmappable))
        #expect(m.memmap.mapping(f + 3) == MemMap.tailMapping)

        let small = try m.mustFolioAlloc(.highuserMovable, order: 0)
        #expect(!m.folioTestLarge(small) && m.folioOrder(small) == 0 && m.folioNrPages(small) == 1)
    }

    @Test func folioPutFreesTheWholeFolioWithItsLastReference() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        m.folioGet(f)
        m.folioPut(f)
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).count == 14)
        m.folioPut(f)
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).first == f)
        // free_pages_prepare() cleared PAGE_FLAGS_SECOND and the order.
        #expect(m.memmap.flags[f + 1].isEmpty && m.memmap.folioOrder[f + 1] == 0)
        #expect(m.checkInvariants() == [])
    }

    @Test func splitFolioFreesTheUnmappedPagesAndKeepsTheCallersOne() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        // __folio_split(): neither anonymous nor in a file: -EBUSY.
        #expect(throws: FolioSplitError.busy) { try m.splitFolio(f) }
        m.folioSetAnon(f)
        // can_split_folio(): the count must be the mappings (0) plus the caller's reference.
        m.getPage(f)
        #expect(throws: FolioSplitError.again) { try m.splitFolio(f) }
        m.putPage(f)
        #expect(throws: FolioSplitError.invalid) { try m.splitFolio(f + 1) }
        try m.splitFolio(f)
        #expect(!m.pageHead(f) && m.pageRefCount(f) == 1)
        for page in (f + 1)...(f + 3) { #expect(!m.pageTail(page) && m.compoundHead(page) == page) }
        // The three new order-0 folios got one extra reference each and dropped it: freed, in
        // ascending order, so the last is first on the order-0 list.
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [f + 3, f + 2, f + 1])
        #expect(throws: FolioSplitError.invalid) { try m.splitFolio(f) }
        m.putPage(f)
        m.drainAllPages()
        #expect(m.buddyinfo() == FreePagesTests.allFree)
        #expect(m.checkInvariants() == [])
    }

    @Test func splitFolioKeepsAMappedPageWithItsMappingsReference() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        // One PTE maps page 2, and the mapping holds a reference.
        m.pageAddRmapPTE(f + 2)
        m.getPage(f + 2)
        #expect(m.folioRefCount(f) == 2)
        #expect(m.memmap.largeMapcount[f + 1] == 0 && m.memmap.nrPagesMapped[f + 1] == 1)
        try m.splitFolio(f)
        #expect(m.pageRefCount(f) == 1)
        #expect(m.pageRefCount(f + 2) == 1 && m.memmap.mapcount(f + 2) == 0)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [f + 3, f + 1])
        m.pageRemoveRmapPTE(f + 2)
        m.putPage(f + 2)
        m.putPage(f)
        #expect(m.reports == [])
        #expect(m.checkInvariants() == [])
    }

    @Test func splitFolioRefusesWriteback() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        m.memmap.flags[f].insert(.writeback)
        #expect(throws: FolioSplitError.busy) { try m.splitFolio(f) }
        #expect(FolioSplitError.busy.errno == 16)
    }
}
