import Testing

@testable import PageAlloc

/// `reserve_highatomic_pageblock()` and `unreserve_highatomic_pageblock()` (mm/page_alloc.c,
/// Linux 6.18) on a 256 MiB ZONE_NORMAL (65536 pages from pfn 0x100000).
///
/// The reserve limit: 65536 / 100 = 655 >= 512, ALIGN(655, 512) = 1024 pages, two pageblocks.
@Suite struct HighatomicTests {
    static let base = 0x100000
    static let z = Machine.zoneIndex(node: 0, type: .normal)

    /// Two reserved pageblocks built by hand. An order-4 GFP_ATOMIC allocation finds no
    /// Unmovable block and claims the first order-10 Movable block whole (two pageblocks,
    /// `try_to_claim_block()`), keeping base and leaving free blocks of orders 4 to 8 at
    /// base+16 ... base+256 and an order-9 block at base+512; reserving base's pageblock moves
    /// the free ones to the HighAtomic lists. The second allocation then splits the order-9
    /// block (base+512, leaving base+528 ... base+768), whose pageblock is reserved too.
    static func twoReservedPageblocks() throws -> Machine {
        var m = Machine(layout: .contiguous(zones: [(.normal, 65536)]))
        #expect(try m.mustAlloc(.atomic, order: 4) == base)
        m.reserveHighatomicPageblock(base, zone: z, order: 4)
        #expect(try m.mustAlloc(.atomic, order: 4) == base + 512)
        m.reserveHighatomicPageblock(base + 512, zone: z, order: 4)
        #expect(m.zones[z].nrReservedHighatomic == 1024)
        #expect(m.freeList(.normal, order: 4, .highAtomic) == [base + 16, base + 528])
        #expect(m.zones[z].nrFreeHighatomic == 2 * (16 + 32 + 64 + 128 + 256))
        return m
    }

    /// Without force, a zone keeps its last reserved pageblock; the first call gives back the
    /// pageblock of the head of the lowest non-empty HighAtomic list (order 4: base+16), moving
    /// its 496 free pages to the allocation's type (Unmovable for GFP_KERNEL).
    @Test func unreserveGivesBackOnePageblock() throws {
        var m = try Self.twoReservedPageblocks()
        let ac = try #require(m.prepareAllocPages(.kernel, node: 0))
        let first = m.unreserveHighatomicPageblock(ac: ac, force: false)
        #expect(first)
        #expect(m.pageblockMigratetype(Self.base) == .unmovable)
        #expect(m.pageblockMigratetype(Self.base + 512) == .highAtomic)
        #expect(m.zones[Self.z].nrReservedHighatomic == 512)
        #expect(m.zones[Self.z].nrFreeHighatomic == 496)
        #expect(m.freeList(.normal, order: 4, .highAtomic) == [Self.base + 528])
        #expect(m.freeList(.normal, order: 4, .unmovable) == [Self.base + 16])
        #expect(m.checkInvariants() == [])
        let second = m.unreserveHighatomicPageblock(ac: ac, force: false)
        #expect(!second)
        let forced = m.unreserveHighatomicPageblock(ac: ac, force: true)
        #expect(forced)
        #expect(m.zones[Self.z].nrReservedHighatomic == 0)
        #expect(m.zones[Self.z].nrFreeHighatomic == 0)
        #expect(m.checkInvariants() == [])
    }
}
