extension Machine {
    /// `LIST_POISON1` (include/linux/poison.h, not in the shared 6.18 copy): `0x100 +
    /// POISON_POINTER_DELTA`, what `list_del()` leaves in `next`.
    static let listPoison1: UInt64 = 0xdead_0000_0000_0100
    /// `LIST_POISON2`: `0x122 + POISON_POINTER_DELTA`, what `list_del()` leaves in `prev`.
    static let listPoison2: UInt64 = 0xdead_0000_0000_0122
    /// What the model puts for a list link that points at a list head rather than at a page (a
    /// free list in `struct zone`, a per-CPU list, a node's LRU): one stand-in kernel address
    /// in the direct map for every such head, 8-byte aligned. The kernel's value would be the
    /// address of that particular `list_head`.
    static let listHeadPointer: UInt64 = 0xffff_8881_3ffd_6d40

    /// The address of the `struct page` of `pfn` (`pfn_to_page()` with the x86_64 vmemmap).
    static func structPageAddress(_ pfn: Int) -> UInt64 {
        TraceEvent.vmemmapBase &+ UInt64(pfn) &* TraceEvent.structPageSize
    }

    /// The eight 64-bit words of the `struct page` of `pfn`, as `print_hex_dump()` reads them
    /// for `dump_page()`'s `raw:` and `head:` lines. A page of a large folio is read at its
    /// place in the folio whose head is `head` (by default its own compound head); `detached`,
    /// or a page the model has already unlinked from that head, reads as
    /// `free_tail_page_prepare()` leaves a tail: `compound_head` and `mapping` cleared, the
    /// folio fields it holds intact.
    ///
    /// Models: the layout of `struct page` and `struct folio` on x86_64 with CONFIG_MEMCG
    /// (include/linux/mm_types.h:78-209, 375-466): word 0 `flags`; words 1-2 `lru` (or
    /// `buddy_list`/`pcp_list`; on a tail page word 1 is `compound_head`, the head's address
    /// with bit 0 set); word 3 `mapping`; word 4 `index`; word 5 `private`; word 6 `_mapcount`
    /// (or `page_type`) in its low half and `_refcount` in its high half; word 7 `memcg_data`.
    /// A large folio's second page holds `_large_mapcount` and `_nr_pages_mapped` in word 2,
    /// `_entire_mapcount` and `_pincount` in word 3, `_mm_id_mapcount[2]` in word 4 (both -1
    /// as `prep_compound_head()` sets them, mm/internal.h:802-803: the model tracks no MM IDs),
    /// `_mm_ids` (0, mm/internal.h:801) in word 5 and `_nr_pages` in word 7
    /// (`NR_PAGES_IN_LARGE_FOLIO`, include/linux/mm_types.h:288-291); its third page the
    /// `_deferred_list` in words 2-3, empty (both links point at itself, the model's
    /// `MemMap.deferredListPointer`). `free_tail_page_prepare()` clears a tail's `mapping`
    /// and `compound_head` once it has checked it. Values the model does not keep are
    /// documented stand-ins: a link to a list head is `listHeadPointer`; a page on no list
    /// shows the poison `list_del()` leaves (`listPoison1`, `listPoison2`) once it has been on
    /// one, and before that its own `lru` twice, as `INIT_LIST_HEAD()` set it at boot
    /// (`__init_single_page()`, mm/mm_init.c:591); a later tail
    /// page keeps in word 2 whichever of the two its `lru.prev` held; `index` is 0 (the model's file has no offsets);
    /// `memcg_data` is 0 (no memory cgroup charges); a hugetlb folio's fourth page shows no
    /// subpool or cgroup pointers.
    func structPageWords(_ pfn: Int, detached: Bool, head knownHead: Int? = nil) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: 8)
        words[0] = pageFlagsWord(pfn)
        words[5] = UInt64(memmap.privateValue[pfn])
        words[6] = UInt64(memmap.pageType[pfn]) | UInt64(UInt32(bitPattern: memmap.refcount[pfn])) << 32
        if let head = memmap.isTail(pfn) ? memmap.head(pfn) : knownHead, head != pfn {
            let linked = memmap.isTail(pfn) && !detached
            words[1] = linked ? Machine.structPageAddress(head) | 1 : 0
            words[3] = linked ? memmap.mapping(pfn) : 0
            switch pfn - head {
            case 1:
                words[2] =
                    UInt64(UInt32(bitPattern: memmap.largeMapcount[pfn]))
                    | UInt64(UInt32(bitPattern: memmap.nrPagesMapped[pfn])) << 32
                words[4] = UInt64.max
                words[7] = UInt64(memmap.folioNrPages(head))
            case 2:
                words[2] = MemMap.deferredListPointer
            default:
                words[2] =
                    memmap.links[pfn].wasUnlinked ? Machine.listPoison2 : Machine.structPageAddress(pfn) + 8
            }
            return words
        }
        let onList = memmap.isBuddy(pfn) || memmap.pcpOrder[pfn] >= 0 || memmap.flags[pfn].contains(.lru)
        if onList && !detached {
            let links = memmap.links[pfn]
            words[1] = links.next >= 0 ? Machine.structPageAddress(Int(links.next)) + 8 : Machine.listHeadPointer
            words[2] = links.prev >= 0 ? Machine.structPageAddress(Int(links.prev)) + 8 : Machine.listHeadPointer
        } else if detached {
            words[2] = Machine.listPoison2
        } else if memmap.links[pfn].wasUnlinked {
            words[1] = Machine.listPoison1
            words[2] = Machine.listPoison2
        } else {
            words[1] = Machine.structPageAddress(pfn) + 8
            words[2] = words[1]
        }
        words[3] = detached ? 0 : memmap.mapping(pfn)
        return words
    }

    /// `print_hex_dump(KERN_WARNING, prefix, DUMP_PREFIX_NONE, 32, sizeof(unsigned long), …)`
    /// of whole struct pages: four zero-padded 16-digit words a line, after `prefix`.
    ///
    /// Models: `print_hex_dump()` as mm/debug.c:121-127 calls it, with 8-byte groups on a
    /// little-endian machine (its line formatting, in lib/hexdump.c, is not in the shared 6.18
    /// copy).
    static func hexDumpLines(_ words: [UInt64], prefix: String) -> [String] {
        stride(from: 0, to: words.count, by: 4).map { start in
            let line = words[start..<min(start + 4, words.count)].map { CFormat.zeroPaddedHex($0, 16) }
            return prefix + line.joined(separator: " ")
        }
    }
}
