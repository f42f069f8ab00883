import Testing

@testable import PageAlloc

/// `__free_pages()` with and without a speculative reference, compound pages and `put_page()`,
/// pfn by pfn, as `___free_pages()`, `free_frozen_pages()`, `put_page()` and `__folio_put()`
/// (mm/page_alloc.c, include/linux/mm.h, mm/swap.c, Linux 6.18) do them.
///
/// All on the 1 GiB ZONE_NORMAL of `PCPTests` (base pfn 0x100000, pcp batch 63, high_min 7040).
/// A movable order-3 allocation refills the order-3 per-CPU list with
/// `nr_pcp_alloc()` = max(63 >> 3, 2) = 7 blocks cut from the first order-10 block and hands out
/// the lowest, `base`. After a drain everything but `base..base+7` is free again: the buddies of
/// that hole at orders 3 to 9 are `base + 2^k`, and 255 order-10 blocks are untouched.
@Suite struct FreePagesTests {
    static func oneGiB() -> Machine { Machine(layout: .contiguous(zones: [(.normal, 262_144)])) }
    static let base = 0x100000
    static let holeOfOrder3 =
        "Node 0, zone   Normal      0      0      0      1      1      1      1      1      1      1    255 \n"
    static let allFree =
        "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0    256 \n"

    @Test func order3WithASpeculativeReferenceFreesTheUpperHalvesAtOnce() throws {
        var m = Self.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 3)
        #expect(p == Self.base)
        m.drainAllPages()
        #expect(m.buddyinfo() == Self.holeOfOrder3)

        // A page-cache lookup takes a speculative reference on page[0].
        let speculative = m.getPageUnlessZero(p)
        #expect(speculative)
        #expect(m.pageRefCount(p) == 2)
        m.tracing = true
        m.freePages(p, order: 3)
        // ___free_pages(): the count drops to 1, page[0] is not PageHead, so
        // __free_frozen_pages(page + 4, 2), (page + 2, 1), (page + 1, 0), in that order.
        let freed = m.trace.compactMap { record -> [Int]? in
            if case .pageFree(let pfn, let order) = record.event { return [pfn, order] } else { return nil }
        }
        #expect(freed == [[p + 4, 2], [p + 2, 1], [p + 1, 0]])
        #expect(m.pageRefCount(p) == 1)
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable) == [p + 4])
        #expect(m.pcpList(.normal, cpu: 0, order: 1, .movable) == [p + 2])
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [p + 1])
        #expect(m.buddyinfo() == Self.holeOfOrder3)

        // In the buddy allocator none of the three can merge: each one's buddy is page[0]'s block.
        m.drainAllPages()
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal      1      1      1      1      1      1      1      1      1      1    255 \n"
        )
        #expect(m.freeList(.normal, order: 0, .movable) == [p + 1])
        #expect(m.freeList(.normal, order: 1, .movable) == [p + 2])
        #expect(m.freeList(.normal, order: 2, .movable) == [p + 4])

        // The other holder's put_page() frees page[0] alone, as order 0, and it merges back
        // all the way to order 10.
        m.putPage(p)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [p])
        m.drainAllPages()
        #expect(m.buddyinfo() == Self.allFree)
        #expect(m.checkInvariants() == [])
    }

    @Test func order3WithoutAnExtraReferenceIsFreedWhole() throws {
        var m = Self.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 3)
        m.drainAllPages()
        m.freePages(p, order: 3)
        #expect(m.pcpList(.normal, cpu: 0, order: 3, .movable) == [p])
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).isEmpty)
        m.drainAllPages()
        #expect(m.buddyinfo() == Self.allFree)
    }

    @Test func compoundOrder2RefcountsAndHeadsOfEverySubpage() throws {
        var m = Self.oneGiB()
        // Order-2 refill: max(63 >> 2, 2) = 15 blocks, base .. base + 56; base is handed out.
        let p = try m.mustAlloc([.highuserMovable, .comp], order: 2)
        #expect(p == Self.base)
        #expect(m.pageHead(p) && !m.pageTail(p) && m.compoundOrder(p) == 2 && m.folioNrPages(p) == 4)
        #expect(m.pageRefCount(p) == 1)
        for tail in (p + 1)...(p + 3) {
            #expect(m.pageTail(tail) && m.pageCompound(tail) && !m.pageHead(tail))
            #expect(m.compoundHead(tail) == p)
            #expect(m.pageFolio(tail) == p)
            #expect(m.pageRefCount(tail) == 0)
            #expect(m.pageCount(tail) == 1)
        }
        // get_page() / put_page() through a tail act on the head's count.
        m.getPage(p + 2)
        #expect(m.pageRefCount(p) == 2 && m.pageRefCount(p + 2) == 0)
        m.putPage(p + 3)
        #expect(m.pageRefCount(p) == 1)
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).count == 14)
        // The last reference, dropped through a tail, frees the whole order-2 page.
        m.putPage(p + 1)
        let list = m.pcpList(.normal, cpu: 0, order: 2, .movable)
        #expect(list.first == p && list.count == 15)
        #expect(!m.pageHead(p) && m.compoundOrder(p) == 0)
        for tail in (p + 1)...(p + 3) { #expect(!m.pageTail(tail) && m.compoundHead(tail) == tail) }
        #expect(m.reports == [])
        #expect(m.checkInvariants() == [])
    }

    @Test func freePagesOnACompoundHeadWithAnotherReferenceFreesNothingYet() throws {
        var m = Self.oneGiB()
        let p = try m.mustAlloc([.highuserMovable, .comp], order: 2)
        let speculative = m.getPageUnlessZero(p)
        #expect(speculative)
        m.freePages(p, order: 2)
        // PageHead: no upper halves are freed; the folio waits for its last put_page().
        #expect(m.pageRefCount(p) == 1 && m.pageHead(p))
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).count == 14)
        #expect(m.pcpList(.normal, cpu: 0, order: 1, .movable).isEmpty)
        m.putPage(p)
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).first == p)
        #expect(m.checkInvariants() == [])
    }

    @Test func putPageOfANonCompoundHighOrderPageFreesOnlyItsFirstPage() throws {
        var m = Self.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 3)
        m.drainAllPages()
        // __folio_put() frees folio_order() pages, 0 for a page that is not compound.
        m.putPage(p)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [p])
        #expect(m.pcpList(.normal, cpu: 0, order: 3, .movable).isEmpty)
    }

    @Test func speculativeReferenceFailsOnAFreePageAndOnTails() throws {
        var m = Self.oneGiB()
        let onFreePage = m.getPageUnlessZero(Self.base + 1024)
        #expect(!onFreePage)
        let p = try m.mustAlloc([.highuserMovable, .comp], order: 2)
        let onTail = m.getPageUnlessZero(p + 1)
        #expect(!onTail)
        let onFolio = m.folioTryGet(p)
        #expect(onFolio)
        #expect(m.folioRefCount(p) == 2)
        #expect(m.reports == [])
    }
}
