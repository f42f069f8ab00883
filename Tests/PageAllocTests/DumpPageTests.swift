import Testing

@testable import PageAlloc

/// `dump_page()` text (mm/debug.c `__dump_folio()`, lib/vsprintf.c `%pGp`, Linux 6.18).
///
/// The flags word, by hand: PG_head is bit 6 (0x40); the fields area of an x86_64 distribution
/// kernel has the node at bit 54, the zone at bit 51 (ZONE_NORMAL = 2: 0x10000000000000) and
/// the last cpupid at bit 30, reset to all 21 bits set (0x1fffff << 30 = 0x7ffffc0000000): a
/// plain ZONE_NORMAL page on node 0 is 0x17ffffc0000000, as real 6.x dumps show it.
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

                """)
        // A tail shows the folio's refcount and flags, its own mapcount, and index + 1.
        #expect(
            m.dumpPage(f + 1) == """
                page: refcount:1 mapcount:0 mapping:0000000000000000 index:0x1 pfn:0x100001
                head: order:2 mapcount:0 entire_mapcount:0 nr_pages_mapped:0 pincount:0
                flags: 0x17ffffc0000040(head|node=0|zone=2|lastcpupid=0x1fffff)

                """)
    }

    @Test func freeBuddyPageShowsItsPageType() {
        let m = FreePagesTests.oneGiB()
        // The second order-10 block: PageBuddy, `page_type` 0xf0000000, mapcount printed as 0.
        #expect(
            m.dumpPage(Self.base + 1024) == """
                page: refcount:0 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100400
                flags: 0x17ffffc0000000(node=0|zone=2|lastcpupid=0x1fffff)
                page_type: f0(buddy)

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
