import Testing

@testable import PageAlloc

/// `split_page()`, `alloc_pages_exact()` and `free_pages_exact()` (mm/page_alloc.c, Linux 6.18)
/// on the 1 GiB machine of `FreePagesTests`, where a movable order-3 allocation is `base` and a
/// drain leaves the hole `base..base+7` with its buddies free at every order above.
@Suite struct SplitPageTests {
    static let base = FreePagesTests.base

    @Test func splitPageGivesEightIndependentPagesThatMergeBackAfterTheLast() throws {
        var m = FreePagesTests.oneGiB()
        let p = try m.mustAlloc(.highuserMovable, order: 3)
        m.drainAllPages()
        m.splitPage(p, order: 3)
        // set_page_refcounted() on pages 1..7; page 0 keeps its own reference.
        for page in p..<(p + 8) { #expect(m.pageRefCount(page) == 1) }
        for page in p..<(p + 8) where page != p + 3 { m.freePages(page, order: 0) }
        // Order-0 frees go first on the pcp list (LIFO).
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [p + 7, p + 6, p + 5, p + 4, p + 2, p + 1, p])
        m.drainAllPages()
        // p and p+1 merge to order 1; p+2 waits for p+3; p+4..p+7 merge to order 2; the
        // order-1 and order-2 blocks' buddies are not free, so nothing merges further.
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal      1      1      1      1      1      1      1      1      1      1    255 \n"
        )
        #expect(m.freeList(.normal, order: 0, .movable) == [p + 2])
        #expect(m.freeList(.normal, order: 1, .movable) == [p])
        #expect(m.freeList(.normal, order: 2, .movable) == [p + 4])
        m.freePages(p + 3, order: 0)
        m.drainAllPages()
        #expect(m.buddyinfo() == FreePagesTests.allFree)
        #expect(m.checkInvariants() == [])
    }

    @Test func allocPagesExactKeepsFivePagesAndFreesTheRestToTheBuddyTail() throws {
        var m = FreePagesTests.oneGiB()
        // 5 pages -> get_order = 3; __GFP_HIGHMEM is dropped. The block is base (pcp refill).
        let exact = m.allocPagesExact(size: 5 * Kernel.pageSize - 100, .highuserMovable)
        let p = try #require(exact)
        #expect(p == Self.base)
        for page in p..<(p + 5) { #expect(m.pageRefCount(page) == 1) }
        // make_alloc_exact(): p+5, p+6, p+7 go to __free_pages_ok(FPI_TO_TAIL), not the pcp
        // lists. p+5's buddy p+4 is in use; p+6 waits for p+7, then the two merge to order 1,
        // whose buddy p+4..p+5 is not free.
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).isEmpty)
        #expect(m.freeList(.normal, order: 0, .movable) == [p + 5])
        #expect(m.freeList(.normal, order: 1, .movable) == [p + 6])
        for page in (p + 5)..<(p + 8) { #expect(m.pageRefCount(page) == 0) }
        m.freePagesExact(p, size: 5 * Kernel.pageSize - 100)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [p + 4, p + 3, p + 2, p + 1, p])
        m.drainAllPages()
        #expect(m.buddyinfo() == FreePagesTests.allFree)
        #expect(m.checkInvariants() == [])
    }

    @Test func allocPagesExactOfZeroBytesFails() {
        var m = FreePagesTests.oneGiB()
        let pfn = m.allocPagesExact(size: 0, .kernel)
        #expect(pfn == nil)
    }
}
