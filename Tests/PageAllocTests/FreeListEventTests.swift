import Testing

@testable import PageAlloc

/// The free-list events of `__add_to_free_list()` (mm/page_alloc.c:805), `move_to_free_list()`
/// (:831) and `__del_page_from_free_list()` (:855): recorded only when asked.
@Suite struct FreeListEventTests {
    /// A 16 MiB Normal zone at pfn 0x100000: four free order-10 Movable blocks.
    static func small() -> Machine { Machine(layout: .contiguous(zones: [(.normal, 4096)])) }

    @Test func nothingIsRecordedUnlessAsked() {
        var machine = Self.small()
        _ = machine.allocPages(.highuserMovable, order: 4)
        #expect(machine.freeListEvents.isEmpty)
    }

    /// `__rmqueue_smallest()` takes the head of free_list[10][Movable]; `expand()` puts the
    /// upper halves at orders 9 down to 4 at the head of their lists (mm/page_alloc.c:1708).
    @Test func anOrder4AllocationDeletesOneBlockAndAddsSix() {
        var machine = Self.small()
        machine.recordingFreeLists = true
        let pfn = machine.allocPages(.highuserMovable, order: 4)
        #expect(pfn == 0x100000)
        let zone = Machine.zoneIndex(node: 0, type: .normal)
        let expected =
            [FreeListEvent(zone: zone, order: 10, migratetype: .movable, pfn: 0x100000, kind: .delete(previous: nil))]
            + (4...9).reversed().map {
                FreeListEvent(
                    zone: zone, order: $0, migratetype: .movable, pfn: 0x100000 + (1 << $0), kind: .add(tail: false))
            }
        #expect(machine.freeListEvents == expected)
        machine.clearFreeListEvents()
        #expect(machine.freeListEvents.isEmpty)
    }

    /// A block deleted from its list records the block before it, so that the list can be
    /// rebuilt: freeing an order-8 block whose buddy waits on free_list[8][Movable] behind
    /// another block deletes the buddy for the merge (`__free_one_page()`, mm/page_alloc.c).
    @Test func aDeleteRecordsItsPlace() throws {
        var machine = Self.small()
        let zone = Machine.zoneIndex(node: 0, type: .normal)
        var blocks: [Int] = []
        for _ in 0..<4 { blocks.append(machine.allocPages(.highuserMovable, order: 8) ?? -1) }
        #expect(blocks == [0x100000, 0x100100, 0x100200, 0x100300])
        machine.freePages(blocks[0], order: 8)
        machine.freePages(blocks[2], order: 8)
        let list = machine.memmap.entries(of: machine.zones[zone].freeArea[8].freeList[MigrateType.movable.rawValue])
        let index = try #require(list.firstIndex(of: blocks[0]))
        machine.recordingFreeLists = true
        machine.freePages(blocks[1], order: 8)
        let delete = machine.freeListEvents.first { $0.pfn == blocks[0] }
        #expect(delete?.order == 8)
        #expect(delete?.kind == .delete(previous: index == 0 ? nil : list[index - 1]))
        #expect(list == [blocks[2], blocks[0]], "the later free went to the head, so the buddy is second")
    }
}
