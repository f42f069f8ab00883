import Testing

@testable import PageAlloc

/// Simulated kernel bugs, reported the way `bad_page()` (mm/page_alloc.c, Linux 6.18, no
/// CONFIG_DEBUG_VM, `check_pages_enabled` on) prints them, and never corrupting the model.
/// Each case follows `free_pages_prepare()`, `free_tail_page_prepare()`, `page_bad_reason()`
/// and `__dump_folio()`; the flags values are those of `DumpPageTests`, and so are the `raw:`
/// words (see there: flags, `lru` poison or links, mapping, index, private,
/// `_mapcount`/`page_type` + `_refcount << 32`, `memcg_data`).
@Suite struct BadPageTests {
    static let base = FreePagesTests.base
    static let plainFlags = "flags: 0x17ffffc0000000(node=0|zone=2|lastcpupid=0x1fffff)"
    static let headFlags = "flags: 0x17ffffc0000040(head|node=0|zone=2|lastcpupid=0x1fffff)"
    /// The first `raw:` line of a plain ZONE_NORMAL page that left its list with `list_del()`
    /// (LIST_POISON1, LIST_POISON2) and has no mapping.
    static let plainRaw = "raw: 0017ffffc0000000 dead000000000100 dead000000000122 0000000000000000"

    @Test func doubleFreeOfAnOrder0Page() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.freePages(p, order: 0)
        m.freePages(p, order: 0)
        // put_page_testzero() takes the free page's count to -1 and prints nothing; the page
        // stays first on its pcp list. check_new_pages() reports it when it is next allocated
        // (KernelFidelityTests.checkNewPagesOrder0DoubleFree).
        #expect(m.reports.isEmpty)
        #expect(m.pageRefCount(p) == -1)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).first == p)
        #expect(m.checkInvariants() == [])
        let q = try m.mustAlloc(.highuserMovable, order: 0)
        #expect(q != p)
        #expect(
            m.reports.map(\.text) == [
                """
                BUG: Bad page state in process mmbook  pfn:100000
                page: refcount:-1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100000
                \(Self.plainFlags)
                \(Self.plainRaw)
                raw: 0000000000000000 0000000000000000 ffffffffffffffff 0000000000000000
                page dumped because: nonzero _refcount

                """
            ])
        #expect(m.reports[0].pfn == p && !m.reports[0].modelOnly)
        #expect(m.checkInvariants() == [])
        m.clearReports()
        #expect(m.reports.isEmpty)
    }

    @Test func doubleFreeOfAFreeBuddyBlockAndGetPageOnAFreePage() throws {
        var m = FreePagesTests.oneGiB()
        m.comm = "kworker/0:1"
        // The head's count goes to -1 silently; ___free_pages() would then free the upper
        // halves, already free, a second time: the model refuses that with its own line.
        m.freePages(Self.base + 1024, order: 10)
        m.getPage(Self.base + 2048)
        #expect(m.reports.count == 2)
        #expect(m.reports[0].modelOnly && m.reports[0].pfn == Self.base + 1024 + 512)
        #expect(m.reports[0].lines.allSatisfy { $0.hasPrefix("mmbook: ") })
        #expect(
            m.reports[1].lines == [
                "BUG: Bad page state in process kworker/0:1  pfn:100800",
                "page: refcount:1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100800",
                Self.plainFlags, "page_type: f0(buddy)",
                // On the order-10 Movable list between 0x100400 and 0x100c00 (their lru at
                // page + 8); private = order 10; page_type PGTY_buddy 0xf0000000, _refcount 1.
                "raw: 0017ffffc0000000 ffffea0004030008 ffffea0004010008 0000000000000000",
                "raw: 0000000000000000 000000000000000a 00000001f0000000 0000000000000000",
                "page dumped because: nonzero _refcount",
            ])
        #expect(m.pageRefCount(Self.base + 1024) == -1)
        #expect(m.buddyinfo() == FreePagesTests.allFree)
        #expect(m.checkInvariants() == [])
    }

    @Test func freeingATailPageIsCaughtWhenTheFolioIsFreed() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        // __free_pages(tail, 0): the tail's own count goes from 0 to -1, silently.
        m.freePages(f + 1, order: 0)
        #expect(m.reports.isEmpty && m.pageRefCount(f + 1) == -1)
        // The folio's last put: free_tail_page_prepare() unlinks page 1, then
        // free_page_is_bad() finds its count and the whole folio is leaked. Unlinked, page 1
        // is dumped as a folio of its own: compound_head and mapping cleared
        // (mm/page_alloc.c:1178-1179), its index word is _mm_id_mapcount[2], both -1
        // (mm/internal.h:802-803, include/linux/mm_types.h:434), word 2 _large_mapcount -1
        // and _nr_pages_mapped 0, word 6 _mapcount -1 and _refcount -1, _nr_pages 0
        // (mm/page_alloc.c:1361-1362).
        m.folioPut(f)
        #expect(
            m.reports.map(\.text) == [
                """
                BUG: Bad page state in process mmbook  pfn:100001
                page: refcount:-1 mapcount:0 mapping:0000000000000000 index:0xffffffffffffffff pfn:0x100001
                \(Self.plainFlags)
                raw: 0017ffffc0000000 0000000000000000 00000000ffffffff 0000000000000000
                raw: ffffffffffffffff 0000000000000000 ffffffffffffffff 0000000000000000
                page dumped because: nonzero _refcount

                """
            ])
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).count == 14)
        #expect(m.checkInvariants() == [])
    }

    @Test func wrongOrderOverAnotherAllocationReportsItsReference() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 2)
        let neighbour = try m.mustAlloc(.highuserMovable, order: 2)
        #expect(neighbour == p + 4)
        // Freed as order 3: free_page_is_bad() on pages 1..7 finds page 4 in use.
        m.freePages(p, order: 3)
        #expect(
            m.reports.map(\.text) == [
                """
                BUG: Bad page state in process mmbook  pfn:100004
                page: refcount:1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100004
                \(Self.plainFlags)
                \(Self.plainRaw)
                raw: 0000000000000000 0000000000000000 00000001ffffffff 0000000000000000
                page dumped because: nonzero _refcount

                """
            ])
        #expect(m.pageRefCount(neighbour) == 1)
        #expect(m.pcpList(.normal, cpu: 0, order: 3, .movable).isEmpty)
        #expect(m.checkInvariants() == [])
    }

    @Test func compoundPageFreedWithTooLargeAnOrder() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        // f+4..f+7 is the next block on the order-2 pcp list: not tails of f, so
        // free_tail_page_prepare() reports each one and the free is abandoned.
        m.freePages(f, order: 3)
        #expect(m.reports.map(\.pfn) == [f + 4, f + 5, f + 6, f + 7])
        #expect(m.reports.allSatisfy { $0.reason == "corrupted mapping in tail page" && !$0.modelOnly })
        #expect(
            m.reports[0].lines == [
                "BUG: Bad page state in process mmbook  pfn:100004",
                "page: refcount:0 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100004",
                Self.plainFlags,
                // First on the order-2 pcp list: next is 0x100008's lru, prev the list head
                // (the model's stand-in address).
                "raw: 0017ffffc0000000 ffffea0004000208 \(String(Machine.listHeadPointer, radix: 16)) 0000000000000000",
                "raw: 0000000000000000 0000000000000000 00000000ffffffff 0000000000000000",
                "page dumped because: corrupted mapping in tail page",
            ])
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).first == f + 4)
        #expect(m.checkInvariants() == [])
    }

    @Test func compoundPageFreedWithTooSmallAnOrderIsTheModelsOwnReport() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        // The kernel asserts the order only under CONFIG_DEBUG_VM and would orphan pages 2-3.
        m.freePages(f, order: 1)
        // Without CONFIG_DEBUG_VM the kernel prints nothing: the model's own line says so.
        #expect(
            m.reports.map(\.lines) == [
                [
                    "mmbook: mmbook pfn:0x100000: VM_BUG_ON_PAGE(compound && compound_order(page) != order) is "
                        + "compiled out without CONFIG_DEBUG_VM: the kernel would free the head and orphan the rest "
                        + "of the folio; the model refuses it"
                ]
            ])
        #expect(m.reports[0].modelOnly)
        #expect(m.pageHead(f) && m.compoundHead(f + 3) == f)
        #expect(m.checkInvariants() == [])
    }

    @Test func refcountUnderflowOnANonCompoundTailIsCaughtWhenTheBlockIsFreed() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 1)
        // put_page() on page 1 of a non-compound block: its own count, 0, becomes -1. The page
        // was never on a list, so its lru still points at itself (INIT_LIST_HEAD() in
        // __init_single_page(), mm/mm_init.c:591): struct page 0xffffea0004000040, lru at + 8.
        m.putPage(p + 1)
        #expect(m.reports.isEmpty && m.pageRefCount(p + 1) == -1)
        m.freePages(p, order: 1)
        #expect(
            m.reports.map(\.text) == [
                """
                BUG: Bad page state in process mmbook  pfn:100001
                page: refcount:-1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100001
                \(Self.plainFlags)
                raw: 0017ffffc0000000 ffffea0004000048 ffffea0004000048 0000000000000000
                raw: 0000000000000000 0000000000000000 ffffffffffffffff 0000000000000000
                page dumped because: nonzero _refcount

                """
            ])
        #expect(m.checkInvariants() == [])
    }

    @Test func putPageAfterTheLastReferenceIsAnUnderflowOnAFreePage() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.getPage(p)
        m.putPage(p)
        m.putPage(p)
        m.putPage(p)
        #expect(m.reports.isEmpty && m.pageRefCount(p) == -1)
        _ = try m.mustAlloc(.highuserMovable, order: 0)
        #expect(m.reports.map(\.reason) == ["nonzero _refcount"])
        #expect(m.reports[0].lines[1] == "page: refcount:-1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x100000")
        #expect(m.checkInvariants() == [])
    }

    @Test func freeingAMappedPage() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.pageAddRmapPTE(p)
        m.putPage(p)
        // _mapcount is 0 (one mapping): page_bad_reason() says "nonzero mapcount"; the dump
        // prints _mapcount + 1. The page is leaked, its mapcount left as it is.
        #expect(
            m.reports.map(\.text) == [
                """
                BUG: Bad page state in process mmbook  pfn:100000
                page: refcount:0 mapcount:1 mapping:0000000000000000 index:0x0 pfn:0x100000
                \(Self.plainFlags)
                \(Self.plainRaw)
                raw: 0000000000000000 0000000000000000 0000000000000000 0000000000000000
                page dumped because: nonzero mapcount

                """
            ])
        #expect(m.memmap.mapcount(p) == 0)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).first != p)
        #expect(m.checkInvariants() == [])
    }

    @Test func freeingAMappedLargeFolio() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        m.pageAddRmapPTE(f)
        m.folioPut(f)
        // free_pages_prepare() first zeroes page 1's order and _nr_pages, so dumping page 1
        // (still a tail) finds index 1 > nr_pages 0: "page does not match folio", and page 1
        // is dumped on its own; its mapping word holds _entire_mapcount (-1) and _pincount (0),
        // 0x00000000ffffffff, whose low bits read as KSM; its index is its own word 4,
        // _mm_id_mapcount[2] (both -1, mm/internal.h:802-803), and its raw word 2 holds
        // _large_mapcount 0 and _nr_pages_mapped 1 (include/linux/mm_types.h:428-429).
        // Unlinking it then writes NULL there, so the head's dump shows _entire_mapcount 0 + 1
        // and its head: lines show page 1 with compound_head and mapping cleared
        // (mm/page_alloc.c:1178-1179). The head: raw word 6 is _mapcount 0, _refcount 0.
        #expect(
            m.reports.map(\.text) == [
                """
                BUG: Bad page state in process mmbook  pfn:100001
                page does not match folio
                page: refcount:0 mapcount:0 mapping:0000000000000000 index:0xffffffffffffffff pfn:0x100001
                ksm \(Self.plainFlags)
                raw: 0017ffffc0000000 ffffea0004000001 0000000100000000 00000000ffffffff
                raw: ffffffffffffffff 0000000000000000 00000000ffffffff 0000000000000000
                page dumped because: nonzero large_mapcount

                """,
                """
                BUG: Bad page state in process mmbook  pfn:100000
                page: refcount:0 mapcount:1 mapping:0000000000000000 index:0x0 pfn:0x100000
                head: order:0 mapcount:1 entire_mapcount:1 nr_pages_mapped:1 pincount:0
                \(Self.headFlags)
                raw: 0017ffffc0000040 dead000000000100 dead000000000122 0000000000000000
                raw: 0000000000000000 0000000000000000 0000000000000000 0000000000000000
                head: 0017ffffc0000040 dead000000000100 dead000000000122 0000000000000000
                head: 0000000000000000 0000000000000000 0000000000000000 0000000000000000
                head: 0017ffffc0000000 0000000000000000 0000000100000000 0000000000000000
                head: ffffffffffffffff 0000000000000000 00000000ffffffff 0000000000000000
                page dumped because: nonzero mapcount

                """,
            ])
        #expect(m.checkInvariants() == [])
    }

    @Test func blockFreedOverPagesOnAPcpListIsTheModelsOwnReport() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        // p+1.. are still on the order-0 pcp list; the kernel's checks pass on them and it
        // would put them on a second list.
        m.freePages(p, order: 1)
        #expect(m.reports.map(\.pfn) == [p + 1])
        #expect(m.reports[0].modelOnly && m.reports[0].reason == Machine.alreadyFreeReason)
        #expect(m.pcpList(.normal, cpu: 0, order: 1, .movable).isEmpty)
        #expect(m.checkInvariants() == [])
    }

    /// The tails of a non-compound block are checked in one pass (`MemMap.tailsNeedNoPrep`);
    /// a flag of PAGE_FLAGS_CHECK_AT_FREE on one of them still sends the block through
    /// `free_page_is_bad()` page by page, which reports that page and keeps the block out,
    /// while PG_hwpoison alone is no fault there and is kept when the block is freed
    /// (mm/page_alloc.c, `free_pages_prepare()`).
    @Test func flagsOnTheTailsOfANonCompoundBlock() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 2)
        m.setPageFlag(p + 2, .lru, on: true, head: false)
        m.freePages(p, order: 2)
        #expect(m.reports.map(\.pfn) == [p + 2])
        #expect(m.reports.map(\.reason) == ["PAGE_FLAGS_CHECK_AT_FREE flag(s) set"])
        #expect(!m.pcpList(.normal, cpu: 0, order: 2, .movable).contains(p))

        var clean = FreePagesTests.oneGiB()
        let q = try clean.mustAlloc(.highuserMovable, order: 2)
        clean.setPageFlag(q + 3, .hwpoison, on: true, head: false)
        clean.freePages(q, order: 2)
        #expect(clean.reports.isEmpty)
        #expect(clean.pcpList(.normal, cpu: 0, order: 2, .movable).first == q)
        #expect(clean.testPageFlag(q + 3, .hwpoison, head: false))
        #expect(clean.checkInvariants() == [])
    }
}
