extension Machine {
    /// Isolates the pageblocks of `start..<end`, which must be `MAX_PAGE_ORDER`-aligned and in
    /// one zone; returns 0, or `-EBUSY` (-16) when a pageblock is already isolated or holds a
    /// page that cannot move (then nothing stays isolated).
    ///
    /// Models: `start_isolate_page_range()` (mm/page_isolation.c), see
    /// `startIsolatePageRange(_:_:zone:)`. Free blocks move to the Isolate free lists, which
    /// `NR_FREE_PAGES` does not count; a page freed into an isolated pageblock goes to them too
    /// and does not merge with a buddy in a pageblock of another type.
    public mutating func startIsolatePageRange(_ start: Int, _ end: Int) -> Int {
        guard let z = zoneIndex(ofPfn: start) else { return -22 }
        return startIsolatePageRange(start, end, zone: z) ? 0 : -16
    }

    /// Un-isolates the pageblocks of `start..<end`: their free pages go back to the lists of
    /// the pageblocks' own types, merging where they now can.
    ///
    /// Models: `undo_isolate_page_range()` (mm/page_isolation.c), see
    /// `undoIsolatePageRange(_:_:zone:)`.
    public mutating func undoIsolatePageRange(_ start: Int, _ end: Int) {
        guard let z = zoneIndex(ofPfn: start) else { return }
        undoIsolatePageRange(start, end, zone: z)
    }

    /// Allocates the pages of `start..<end` (`MAX_PAGE_ORDER`-aligned, one zone); returns 0 or
    /// `-EBUSY` (-16). Without `__GFP_COMP` every page is handed out as its own page with one
    /// reference; with it, the range becomes one compound page whose head holds the reference.
    ///
    /// Models: `alloc_contig_range_noprof()` (mm/page_alloc.c, 6.18): see
    /// `allocContigRange(_:_:gfp:)` for isolation, migration and the isolated test;
    /// `split_free_pages()` prepares each page, `set_page_refcounted()` gives it its reference.
    public mutating func allocContigRangeNoprof(_ start: Int, _ end: Int, gfp: GFP) -> Int {
        enter("alloc_contig_range_noprof")
        defer { leave() }
        guard allocContigRange(start, end, gfp: gfp) else { return -16 }
        if gfp.contains(.comp) {
            memmap.refcount[start] = 1
        } else {
            for pfn in start..<end {
                prepNewPage(pfn, order: 0, gfp: gfp)
                memmap.refcount[pfn] = 1
            }
        }
        return 0
    }

    /// Frees the pages `alloc_contig_range()` gave: a compound range with one `folio_put()`,
    /// otherwise page by page.
    ///
    /// Models: `free_contig_range()` (mm/page_alloc.c): `__free_page()` of every page of a
    /// non-compound range (the warning about pages still in use is not modelled).
    public mutating func freeContigRange(_ pfn: Int, nrPages: Int) {
        enter("free_contig_range")
        defer { leave() }
        if memmap.isHead(pfn) {
            folioPut(pfn)
            return
        }
        for page in pfn..<(pfn + nrPages) { freePages(page, order: 0) }
    }

    /// Isolates or un-isolates the pageblock at `block` when it is part of a free block
    /// larger than a pageblock: the block is taken off its list, the pageblock's isolate bit
    /// toggled, and the block freed again in pageblock pieces, each to its own pageblock's
    /// list, so the piece in an isolated pageblock does not merge with the others. Returns
    /// false, changing nothing, when no such block covers the pageblock.
    ///
    /// Models: the large-buddy case of `__move_freepages_block_isolate()` (mm/page_alloc.c:2106-2115):
    /// `find_large_buddy()`, `del_page_from_free_list()`, `toggle_pageblock_isolate()`,
    /// `split_large_buddy()`.
    mutating func moveFreepagesBlockIsolate(_ block: Int, zone z: Int, isolate: Bool) -> Bool {
        guard Kernel.pageblockOrder < Kernel.maxPageOrder else { return false }
        for order in (Kernel.pageblockOrder + 1)...Kernel.maxPageOrder {
            let head = block & ~((1 << order) - 1)
            guard zoneIndex(ofPfn: head) == z, memmap.isBuddy(head), memmap.buddyOrder(head) == order else { continue }
            let type = pageblockMigratetype(head)
            delFromFreeList(head, zone: z, order: order, type)
            accountFreepages(zone: z, pages: -(1 << order), type)
            if isolate {
                pageblockBits[block >> Kernel.pageblockOrder] |= Machine.isolateBit
            } else {
                pageblockBits[block >> Kernel.pageblockOrder] &= ~Machine.isolateBit
            }
            splitLargeBuddy(head, zone: z, order: order, fpi: [])
            return true
        }
        return false
    }
}
