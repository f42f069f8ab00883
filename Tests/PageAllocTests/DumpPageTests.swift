import Testing

@testable import PageAlloc

/// `dump_page()` text (mm/debug.c `__dump_folio()`, lib/vsprintf.c `%pGp`, Linux 6.18).
///
/// The flags word, by hand: PG_head is bit 6 (0x40); the fields area of an x86_64 distribution
/// kernel has the node at bit 54, the zone at bit 51 (ZONE_NORMAL = 2: 0x10000000000000) and
/// the last cpupid at bit 30, reset to all 21 bits set (0x1fffff << 30 = 0x7ffffc0000000): a
/// plain ZONE_NORMAL page on node 0 is 0x17ffffc0000000, as real 6.x dumps show it.
///
/// The `raw:` lines are the page's eight words (include/linux/mm_types.h:78-209, x86_64 with
/// CONFIG_MEMCG) four to a line (`print_hex_dump(..., 32, sizeof(unsigned long), ...)`,
/// mm/debug.c:121-123): flags; `lru.next`, `lru.prev` (LIST_POISON1 0xdead000000000100 and
/// LIST_POISON2 0xdead000000000122 after `list_del()`, or links to other pages' `lru`, their
/// struct page + 8, at 0xffffea0000000000 + pfn * 64); mapping; index; private;
/// `_mapcount` (or `page_type`) | `_refcount << 32`; `memcg_data` (0). A large folio adds
/// the `head:` lines, its first two pages (mm/debug.c:124-127).
@Suite struct DumpPageTests {
    static let base = FreePagesTests.base

    @Test func headAndTailOfAnOrder2Folio() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        #expect(
            m.dumpPage(f) == """
                page: refcount:1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100000
                head: order:2 mapcount:0 entire_mapcount:0 nr_pages_mapped:0 pincount:0
                flags: 0x17ffffc0000040(head|node=0|zone=2|lastcpupid=0x1fffff)
                raw: 0017ffffc0000040 dead000000000100 dead000000000122 0000000000000000
                raw: 0000000000000000 0000000000000000 00000001ffffffff 0000000000000000
                \(Self.order2HeadLines)

                """)
        // A tail shows the folio's refcount and flags, its own mapcount, and index + 1; its raw
        // words are the second page's: page[1].flags with the order (2) and PG_large_rmappable
        // (PG_workingset, 0x200) in _flags_1; compound_head = head's struct page | 1;
        // _large_mapcount -1 and _nr_pages_mapped 0; _entire_mapcount -1 and _pincount 0;
        // _mm_id_mapcount[0..1] -1 (mm/internal.h:802-803); _mm_ids 0; _mapcount -1 and
        // _refcount 0; _nr_pages 4 (include/linux/mm_types.h:420-448).
        #expect(
            m.dumpPage(f + 1) == """
                page: refcount:1 mapcount:0 mapping:0000000000000000 index:0x1 pfn:0x100001
                head: order:2 mapcount:0 entire_mapcount:0 nr_pages_mapped:0 pincount:0
                flags: 0x17ffffc0000040(head|node=0|zone=2|lastcpupid=0x1fffff)
                raw: 0017ffffc0000202 ffffea0004000001 00000000ffffffff 00000000ffffffff
                raw: ffffffffffffffff 0000000000000000 00000000ffffffff 0000000000000004
                \(Self.order2HeadLines)

                """)
    }

    /// The `head:` lines of the order-2 folio at 0x100000 with one reference: the head page's
    /// words, then the second page's (as in the tail's `raw:` lines above).
    static let order2HeadLines = """
        head: 0017ffffc0000040 dead000000000100 dead000000000122 0000000000000000
        head: 0000000000000000 0000000000000000 00000001ffffffff 0000000000000000
        head: 0017ffffc0000202 ffffea0004000001 00000000ffffffff 00000000ffffffff
        head: ffffffffffffffff 0000000000000000 00000000ffffffff 0000000000000004
        """

    /// A page that has never been on a list still has the `lru` that `INIT_LIST_HEAD()` gave
    /// it at boot, pointing at itself (`__init_single_page()`, mm/mm_init.c:591): the second
    /// page of an order-4 block split off the first free block of the zone was never a free
    /// block's first page. Its own `lru` is at its struct page + 8: 0xffffea0000000000 +
    /// 0x100001 * 64 + 8. The block's first page came off a free list with `list_del()`
    /// (`__rmqueue_smallest()` → `del_page_from_free_list()`, mm/page_alloc.c), so it shows
    /// LIST_POISON1 and LIST_POISON2.
    @Test func aPageNeverOnAListPointsAtItself() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.kernel, order: 4)
        #expect(p == 0x100000)
        #expect(
            m.dumpPage(p + 1).split(separator: "\n").filter { $0.hasPrefix("raw:") } == [
                "raw: 0017ffffc0000000 ffffea0004000048 ffffea0004000048 0000000000000000",
                "raw: 0000000000000000 0000000000000000 00000000ffffffff 0000000000000000",
            ])
        #expect(
            m.dumpPage(p).split(separator: "\n").filter { $0.hasPrefix("raw:") }.first
                == "raw: 0017ffffc0000000 dead000000000100 dead000000000122 0000000000000000")
    }

    @Test func freeBuddyPageShowsItsPageType() {
        let m = FreePagesTests.oneGiB()
        // The second order-10 block: PageBuddy, `page_type` 0xf0000000, mapcount printed as 0.
        // On the Movable order-10 list between 0x100000 and 0x100800 (boot frees ascending to
        // the tail); private = its order, 10.
        #expect(
            m.dumpPage(Self.base + 1024) == """
                page: refcount:0 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100400
                flags: 0x17ffffc0000000(node=0|zone=2|lastcpupid=0x1fffff)
                page_type: f0(buddy)
                raw: 0017ffffc0000000 ffffea0004020008 ffffea0004000008 0000000000000000
                raw: 0000000000000000 000000000000000a 00000000f0000000 0000000000000000

                """)
    }

    @Test func flagNamesComeInTableOrderAndDMA32IsZone1() throws {
        var m = Machine(layout: .contiguous(zones: [(.dma32, 4096)]))
        let p = try m.mustAlloc(.kernel, order: 0)
        m.memmap.flags[p].formUnion([.lru, .waiters, .locked, .swapbacked])
        // locked 0x1, lru 0x20, waiters 0x80, swapbacked 0x20000; zone 1 << 51.
        let word: UInt64 = 0x1 | 0x20 | 0x80 | 0x20000 | 1 << 51 | 0x1f_ffff << 30
        #expect(m.pageFlagsWord(p) == word)
        #expect(
            m.dumpPage(p).split(separator: "\n")[1]
                == "flags: 0xfffffc00200a1(locked|waiters|lru|swapbacked|node=0|zone=1|lastcpupid=0x1fffff)")
    }
}
