import Testing

@testable import PageAlloc

/// Splitting and merging, pfn by pfn, as `__rmqueue_smallest()`, `expand()` and
/// `__free_one_page()` (mm/page_alloc.c, Linux 6.18) do them. Expected pfns follow from the
/// kernel's rules: `expand()` hands out the lowest part and puts each upper half at the head of
/// its list; boot frees blocks to the tail (FPI_TO_TAIL) in ascending pfn order.
@Suite struct BuddyTests {
    /// A 16 MiB ZONE_NORMAL at 4 GiB: exactly four order-10 blocks, nothing else.
    static func fourBlockMachine() -> Machine {
        Machine(layout: .contiguous(zones: [(.normal, 4096)]))
    }

    static let base = 0x100000

    func list(_ m: Machine, order: Int, _ mt: MigrateType) -> [Int] { m.freeList(.normal, order: order, mt) }

    @Test func bootLeavesOnlyOrder10MovableBlocksInPfnOrder() {
        let m = Self.fourBlockMachine()
        #expect(list(m, order: 10, .movable) == [0x100000, 0x100400, 0x100800, 0x100c00])
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0      4 \n"
        )
    }

    @Test func order4AllocationSplitsOneOrder10BlockAndFreeRestoresIt() throws {
        var m = Self.fourBlockMachine()
        let before = (0...10).map { list(m, order: $0, .movable) }
        let pfn = try m.mustAlloc(.highuserMovable, order: 4)
        #expect(pfn == Self.base)
        // expand(): upper halves at base + 2^(k) for k = 9 ... 4, one block per order.
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal      0      0      0      0      1      1      1      1      1      1      3 \n"
        )
        for k in 4...9 { #expect(list(m, order: k, .movable) == [Self.base + (1 << k)]) }
        #expect(list(m, order: 10, .movable) == [0x100400, 0x100800, 0x100c00])
        #expect(m.memmap.refcount[pfn] == 1)
        m.freePages(pfn, order: 4)
        #expect((0...10).map { list(m, order: $0, .movable) } == before)
        #expect(m.zones[Machine.zoneIndex(node: 0, type: .normal)].freePages == 4096)
    }

    @Test func mergePlacementFollowsBuddyMergeLikely() throws {
        // Order 4: the per-CPU lists never cache it, so every step is the buddy allocator's.
        var m = Self.fourBlockMachine()
        let a = try m.mustAlloc(.highuserMovable, order: 4)  // base, leaves o4 @ base+16
        let b = try m.mustAlloc(.highuserMovable, order: 4)  // base+16 (head of o4 list)
        #expect(b == Self.base + 16)
        let c = try m.mustAlloc(.highuserMovable, order: 4)  // splits o5 @ base+32 → base+32, o4 @ base+48
        #expect(c == Self.base + 32)
        // Free a: its buddy (base+16) is allocated, so no merge at order 4. buddy_merge_likely:
        // the order-5 buddy of base (base+32) is not free → head.
        m.freePages(a, order: 4)
        #expect(list(m, order: 4, .movable) == [Self.base, Self.base + 48])
        // Free c: merges with base+48 into order 5 @ base+32; the order-5 buddy is base, which is
        // not a free order-5 block, stop. buddy_merge_likely(order 5): the order-6 buddy of
        // base (base+64) is a free order-6 block → queued at the tail.
        let z = Machine.zoneIndex(node: 0, type: .normal)
        #expect(m.buddyMergeLikely(zone: z, pfn: Self.base + 32, buddyPfn: Self.base, order: 5))
        m.freePages(c, order: 4)
        #expect(list(m, order: 5, .movable) == [Self.base + 32])
        #expect(list(m, order: 4, .movable) == [Self.base])
        // Free b: merges with base (o4), then with base+32 (o5), then base+64 (o6) ... back to
        // one order-10 block at base, at the head (orders 9 and 10 never go to the tail).
        m.freePages(b, order: 4)
        #expect(list(m, order: 10, .movable) == [0x100000, 0x100400, 0x100800, 0x100c00])
    }
}
