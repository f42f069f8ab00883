extension Machine {
    /// Makes an allocated block a page-cache folio on its node's file LRU, clean or dirty;
    /// returns false, changing nothing, when `pfn` does not start such a block.
    ///
    /// Models what `filemap_add_folio()` (mm/filemap.c), `folio_add_lru()` (mm/swap.c) and, for
    /// a dirty folio, `folio_mark_dirty()` leave behind: PG_lru (and PG_dirty) on the first
    /// page, the folio at the young end (head) of the node's inactive file list,
    /// NR_ZONE_INACTIVE_FILE (and NR_ZONE_WRITE_PENDING) raised by its pages.
    /// `__filemap_add_folio()` (mm/filemap.c) gives the page cache `folio_nr_pages()`
    /// references and points `mapping` at the file; the caller's own reference is then dropped
    /// (as readahead does with `readahead_folio()`), so the folio is left with
    /// `folio_nr_pages()` references, all the page cache's: 2^order for a compound block, 1 for
    /// a block that is not compound (to the kernel its first page is an order-0 folio). The model has one stand-in file (`FolioMapping.file`), no
    /// active list or memory cgroups; it remembers the folio's order in `memmap.lruFolioOrder`
    /// and its mapping in `memmap.folioMapping`. A block qualifies when
    /// `pfn` is aligned to `order`, the block lies in one zone, its first page has exactly one
    /// reference and is not a compound tail (a compound head must have this order), it is not a
    /// hugetlb page, and no page of it is free, on a per-CPU list or already on the LRU. The
    /// caller is expected to have allocated it movable or reclaimable, as the page cache does
    /// (`GFP_HIGHUSER_MOVABLE`). Before its last reference is put, a folio must leave the cache
    /// with `pageCacheRelease(_:)`, as `folio_put()` does; reclaim and compaction do that
    /// themselves.
    @discardableResult
    public mutating func markPageCache(_ pfn: Int, order: Int, dirty: Bool) -> Bool {
        enter("filemap_add_folio")
        defer { leave() }
        guard order >= 0, order <= Kernel.maxPageOrder, pfn >= 0, pfn & ((1 << order) - 1) == 0,
            pfn + (1 << order) <= memmap.count, let z = zoneIndex(ofPfn: pfn),
            zoneIndex(ofPfn: pfn + (1 << order) - 1) == z, memmap.refcount[pfn] == 1,
            memmap.compoundHead[pfn] & 1 == 0
        else { return false }
        if memmap.flags[pfn].contains(.head) && Int(memmap.folioOrder[pfn + 1]) != order { return false }
        let range = pfn..<(pfn + (1 << order))
        for p in range where memmap.isBuddy(p) || memmap.flags[p].contains(.lru) || memmap.flags[p].contains(.reserved)
        {
            return false
        }
        if pcpListsHold(range, zone: z) || hugetlbHstateIndex(ofPfn: pfn) != nil { return false }
        if memmap.folioMapping[pfn] != .unmapped { return false }
        memmap.refcount[pfn] = Int32(memmap.folioNrPages(pfn))
        memmap.folioMapping[pfn] = .file
        lruAddFolio(pfn, order: order, dirty: dirty)
        return true
    }

    /// Whether any per-CPU list of zone `z` holds a page of `range`.
    private func pcpListsHold(_ range: Range<Int>, zone z: Int) -> Bool {
        for pcp in zones.pcps(of: z) {
            for list in pcp.lists where memmap.entries(of: list).contains(where: range.contains) { return true }
        }
        return false
    }

    /// The number of pages of page-cache folios on the node's file LRU.
    public func pageCachePages(node: Int) -> Int {
        zones.filter { $0.node == node }.reduce(0) { $0 + $1.nrZoneInactiveFile }
    }

    /// The first pfns of the node's page-cache folios, oldest (the end reclaim takes from) first.
    public func pageCacheFolios(node: Int) -> [Int] { memmap.entries(of: nodes[node].fileLRU).reversed() }

    /// Puts a folio at the young end of its node's file LRU.
    ///
    /// Models: `lruvec_add_folio()` (include/linux/mm_inline.h) for the inactive file list:
    /// PG_lru set, the folio added at the list head, the zone's NR_ZONE_INACTIVE_FILE (and
    /// NR_ZONE_WRITE_PENDING for a dirty folio) raised.
    mutating func lruAddFolio(_ pfn: Int, order: Int, dirty: Bool) {
        guard let z = zoneIndex(ofPfn: pfn) else { return }
        memmap.flags[pfn].insert(.lru)
        if dirty { memmap.flags[pfn].insert(.dirty) }
        memmap.lruFolioOrder[pfn] = UInt8(order)
        memmap.addFirst(pfn, to: &nodes[zones[z].node].fileLRU)
        zones[z].nrZoneInactiveFile += 1 << order
        if dirty { zones[z].nrZoneWritePending += 1 << order }
    }

    /// Takes a folio off its node's file LRU (isolating it); returns its order.
    ///
    /// Models: `lruvec_del_folio()` (include/linux/mm_inline.h) after
    /// `folio_test_clear_lru()`: PG_lru cleared, the zone counters lowered. PG_dirty and the
    /// order in `memmap.lruFolioOrder` stay with the isolated folio.
    @discardableResult
    mutating func lruDelFolio(_ pfn: Int) -> Int {
        let order = Int(memmap.lruFolioOrder[pfn])
        guard let z = zoneIndex(ofPfn: pfn) else { return order }
        memmap.remove(pfn, from: &nodes[zones[z].node].fileLRU)
        memmap.flags[pfn].remove(.lru)
        zones[z].nrZoneInactiveFile -= 1 << order
        if memmap.flags[pfn].contains(.dirty) { zones[z].nrZoneWritePending -= 1 << order }
        return order
    }

    /// Takes a page-cache folio out of the cache before its last reference goes.
    ///
    /// Models: `__page_cache_release()` (mm/swap.c), which `__folio_put()` runs for an LRU
    /// folio: off the LRU, PG_dirty cleared with the mapping gone. The free path calls this for
    /// a PG_lru folio before it frees the pages; `__folio_clear_lru_flags()` also drops
    /// PG_active and PG_unevictable; the mapping goes as `page_cache_delete()` clears it.
    public mutating func pageCacheRelease(_ pfn: Int) {
        guard pfn >= 0, pfn < memmap.count, memmap.flags[pfn].contains(.lru) else { return }
        lruDelFolio(pfn)
        memmap.flags[pfn].subtract([.lru, .active, .unevictable, .dirty])
        memmap.lruFolioOrder[pfn] = 0
        if memmap.folioMapping[pfn] == .file { memmap.folioMapping[pfn] = .unmapped }
    }

    /// Takes a folio out of the page cache, as truncation does, and drops the page cache's
    /// references; frees the folio when they were the last. A block that is not a page-cache
    /// folio is left alone.
    ///
    /// Models: `filemap_remove_folio()` (mm/filemap.c:249-264): `page_cache_delete()` clears
    /// `mapping` (mm/filemap.c:144), then `filemap_free_folio()` drops `folio_nr_pages()`
    /// references (mm/filemap.c:238); with the last one `__folio_put()` takes the folio off the
    /// LRU (`pageCacheRelease(_:)`) and frees it, as one block of its order. The model's LRU
    /// holds page-cache folios only, so a folio someone still holds leaves it at once.
    public mutating func filemapRemoveFolio(_ pfn: Int) {
        enter("filemap_remove_folio")
        defer { leave() }
        guard pfn >= 0, pfn < memmap.count, memmap.folioMapping[pfn] == .file else { return }
        let order = Int(memmap.lruFolioOrder[pfn])
        let nr = memmap.folioNrPages(pfn)
        pageCacheRelease(pfn)
        memmap.folioMapping[pfn] = .unmapped
        memmap.refcount[pfn] -= Int32(nr)
        if memmap.refcount[pfn] == 0 { freeFrozenPages(pfn, order: order) }
    }

    /// Drops clean, otherwise unused page-cache folios that reclaim isolated and frees them in
    /// batches; returns the pages freed.
    ///
    /// Models the fate of clean folios in `shrink_folio_list()` (mm/vmscan.c:1099-1640): for
    /// each folio, isolation (`isolate_lru_folios()`) has taken one reference on top of the
    /// page cache's `folio_nr_pages()`; `__remove_mapping()` freezes the count at exactly that,
    /// `1 + folio_nr_pages()` (mm/vmscan.c:770-771), then `__filemap_remove_folio()` clears
    /// `mapping`; the frozen folio joins a batch, which `free_unref_folios()` frees whenever it
    /// is full (`PAGEVEC_SIZE`, 31 folios: mm/vmscan.c:1566-1569) and once more at the end
    /// (mm/vmscan.c:1638).
    mutating func shrinkFolioList(_ folios: [Int]) -> Int {
        enter("shrink_folio_list")
        defer { leave() }
        var batch: [(pfn: Int, order: Int)] = []
        var freed = 0
        for pfn in folios {
            let order = removeMapping(pfn)
            freed += 1 << order
            batch.append((pfn, order))
            if batch.count == Machine.pagevecSize {
                freeUnrefFolios(batch)
                batch.removeAll()
            }
        }
        if !batch.isEmpty { freeUnrefFolios(batch) }
        return freed
    }

    /// `PAGEVEC_SIZE` (include/linux/pagevec.h, not in the shared 6.18 copy): the folios a
    /// `struct folio_batch` holds.
    static let pagevecSize = 31

    /// Takes one clean page-cache folio off the LRU and out of the cache with its count frozen
    /// at zero; returns its order.
    ///
    /// Models: `isolate_lru_folios()`'s reference and `__remove_mapping()` (mm/vmscan.c:728-800)
    /// for a clean folio.
    private mutating func removeMapping(_ pfn: Int) -> Int {
        enter("__remove_mapping")
        defer { leave() }
        let order = lruDelFolio(pfn)
        memmap.refcount[pfn] += 1
        assert(Int(memmap.refcount[pfn]) == 1 + memmap.folioNrPages(pfn), "folioIsReclaimable() checked the count")
        memmap.refcount[pfn] = 0
        memmap.flags[pfn].remove(.referenced)
        memmap.lruFolioOrder[pfn] = 0
        memmap.folioMapping[pfn] = .unmapped
        return order
    }

    /// Whether reclaim may drop the folio at `pfn`: clean, not under writeback, referenced only
    /// by the page cache (`folio_nr_pages()` references, see `markPageCache`).
    func folioIsReclaimable(_ pfn: Int) -> Bool {
        let flags = memmap.flags[pfn]
        return !flags.contains(.dirty) && !flags.contains(.writeback) && !flags.contains(.locked)
            && Int(memmap.refcount[pfn]) == memmap.folioNrPages(pfn)
    }

    /// `node_states[N_MEMORY]`: the nodes with a populated zone, in order.
    public var nodesWithMemory: [Int] { (0..<nodeCount).filter(nodeHasMemory) }
}
