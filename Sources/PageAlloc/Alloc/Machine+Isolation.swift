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

    /// Takes the pages of `start..<start + nrPages` out of the machine as memory hot-unplug
    /// does; returns 0, or `-EBUSY` (-16) when a page cannot be isolated or moved (then the
    /// range is left as it was, un-isolated).
    ///
    /// Models: `offline_pages()` (mm/memory_hotplug.c, not in the stored kernel subset) as far
    /// as the page allocator sees it: the zone's per-CPU lists are drained
    /// (`zone_pcp_disable()`), the range isolated (`start_isolate_page_range()`), its page
    /// cache migrated out of it (`do_migrate_range()`), the
    /// range checked wholly free (`test_pages_isolated()`), its free blocks taken off the
    /// Isolate lists (`__offline_isolated_pages()`, mm/page_alloc.c:7197-7241), the zone's
    /// managed and present pages reduced (`adjust_managed_page_count()`,
    /// `adjust_present_page_count()`) and the watermarks recomputed
    /// (`init_per_zone_wmark_min()`). Where the kernel retries migration until a signal, the
    /// model gives up at once. The pageblocks stay isolated; the offline struct pages stay in
    /// the memmap, reserved with one reference as before boot freed them; the zone's span is
    /// not shrunk.
    public mutating func offlinePages(_ start: Int, nrPages: Int) -> Int {
        enter("offline_pages")
        defer { leave() }
        let end = start + nrPages
        guard let z = zoneIndex(ofPfn: start) else { return -22 }
        drainAllPages(zone: z)
        guard startIsolatePageRange(start, end, zone: z) else { return -16 }
        let targetGfp: GFP = [.io, .fs, .reclaim, .movable, .retryMayfail]
        guard allocContigMigrateRange(start, end, zone: z, targetGfp: targetGfp, dropClean: false) else {
            undoIsolatePageRange(start, end, zone: z)
            return -16
        }
        drainAllPages(zone: z)
        guard testPagesIsolated(start, end) else {
            undoIsolatePageRange(start, end, zone: z)
            return -16
        }
        var pfn = start
        while pfn < end {
            let order = memmap.buddyOrder(pfn)
            delFromFreeList(pfn, zone: z, order: order, .isolate)
            pfn += 1 << order
        }
        for page in start..<end {
            memmap.flags[page].insert(.reserved)
            memmap.refcount[page] = 1
        }
        zones[z].managedPages -= nrPages
        zones[z].presentPages -= nrPages
        initPerZoneWmarkMin()
        return 0
    }
}
