import PageAlloc
import Testing

@testable import Diagrams

/// The free-list diff, against changes derived by hand from the buddy rules of Linux 6.18
/// (mm/page_alloc.c).
@Suite struct BuddyChangeTests {
    /// The order-10 Movable blocks of `small()`: memblock_free_all() frees them in ascending
    /// order to the tail, so 0x100000 heads the list.
    static let order10 = [0x100000, 0x100400, 0x100800, 0x100c00]

    /// `__rmqueue_smallest()` takes the head of free_list[10][Movable], the first list with a
    /// block, and `expand()` puts back the upper halves at orders 9 down to 4.
    @Test func order4AllocationSplitsTheFirstOrder10Block() throws {
        let (before, after, pfn) = try TestMachines.smallAfterOrder4()
        #expect(pfn == 0x100000)
        let changes = BuddyChange.changes(from: before, to: after)
        #expect(
            changes.map(\.description) == [
                "free_list[4][Movable] +0x100010",
                "free_list[5][Movable] +0x100020",
                "free_list[6][Movable] +0x100040",
                "free_list[7][Movable] +0x100080",
                "free_list[8][Movable] +0x100100",
                "free_list[9][Movable] +0x100200",
                "free_list[10][Movable] -0x100000",
            ])
        #expect(changes.allSatisfy { $0.zone == TestMachines.normal && $0.node == 0 && $0.zoneType == .normal })
        #expect(changes.filter { $0.kind == .added }.reduce(0) { $0 + $1.pages } == 1024 - 16)
    }

    /// `__free_one_page()` merges the freed order-4 block with each free buddy in turn
    /// (0x100010, 0x100020, ... 0x100200) back into the order-10 block.
    @Test func freeingMergesTheBuddiesBack() throws {
        let (_, before, pfn) = try TestMachines.smallAfterOrder4()
        var after = before
        after.freePages(pfn, order: 4)
        #expect(
            BuddyChange.changes(from: before, to: after).map(\.description) == [
                "free_list[4][Movable] -0x100010",
                "free_list[5][Movable] -0x100020",
                "free_list[6][Movable] -0x100040",
                "free_list[7][Movable] -0x100080",
                "free_list[8][Movable] -0x100100",
                "free_list[9][Movable] -0x100200",
                "free_list[10][Movable] +0x100000",
            ])
    }

    @Test func identicalSnapshotsHaveNoChanges() throws {
        let machine = try TestMachines.busy()
        #expect(BuddyChange.changes(from: machine, to: machine).isEmpty)
        #expect(BuddyChange.changes(from: TestMachines.small(), to: TestMachines.small()).isEmpty)
    }

    /// A list can keep its head, tail and length while an entry in the middle is swapped:
    /// order-10 blocks are taken from the head and freed to the head (`buddy_merge_likely()`
    /// is false at MAX_PAGE_ORDER - 1 and above), so taking B2 and B3 and freeing B1 and B2
    /// turns [B2 B3 B4 .. B7] into [B2 B1 B4 .. B7].
    @Test func findsAChangeInTheMiddleOfAListWhoseEndsAndLengthStayed() throws {
        let block = (0..<8).map { 0x100000 + $0 * 0x400 }
        var before = Machine(layout: .contiguous(zones: [(.normal, 8192)]))
        for k in 0..<3 { #expect(try before.mustAlloc(.highuserMovable, order: 10) == block[k]) }
        before.freePages(block[2], order: 10)
        var after = before
        #expect(try after.mustAlloc(.highuserMovable, order: 10) == block[2])
        #expect(try after.mustAlloc(.highuserMovable, order: 10) == block[3])
        after.freePages(block[1], order: 10)
        after.freePages(block[2], order: 10)
        let list = { (m: Machine) in m.zones[TestMachines.normal].freeArea[10].freeList[MigrateType.movable.rawValue] }
        try #require(list(before) == list(after), "the list's head, tail and count are meant to stay")
        #expect(after.memmap.entries(of: list(after)) == [block[2], block[1]] + block[4...])
        #expect(
            BuddyChange.changes(from: before, to: after).map(\.description) == [
                "free_list[10][Movable] -0x100c00", "free_list[10][Movable] +0x100400",
            ])
    }

    /// Snapshots of two layouts (a reboot) compare every list: the 100-page DMA machine has
    /// Unmovable blocks of orders 2, 5 and 6 (mobility grouping is off below
    /// pageblock_nr_pages * MIGRATE_TYPES pages), the Normal machine four order-10 Movable ones.
    @Test func comparesMachinesOfDifferentLayouts() {
        let changes = BuddyChange.changes(from: TestMachines.small(), to: TestMachines.tinyDMA())
        #expect(
            changes.map(\.descriptionWithZone) == [
                "Node 0, zone DMA: free_list[2][Unmovable] +0x60",
                "Node 0, zone DMA: free_list[5][Unmovable] +0x40",
                "Node 0, zone DMA: free_list[6][Unmovable] +0x0",
                "Node 0, zone Normal: free_list[10][Movable] -0x100000",
                "Node 0, zone Normal: free_list[10][Movable] -0x100400",
                "Node 0, zone Normal: free_list[10][Movable] -0x100800",
                "Node 0, zone Normal: free_list[10][Movable] -0x100c00",
            ])
    }

    @Test func sortsByZoneOrderTypeKindAndPfn() {
        func change(_ zone: Int, _ order: Int, _ type: MigrateType, _ pfn: Int, _ kind: BuddyChange.Kind) -> BuddyChange
        {
            BuddyChange(zone: zone, node: 0, zoneType: .normal, order: order, migratetype: type, pfn: pfn, kind: kind)
        }
        let sorted = [
            change(1, 0, .movable, 5, .removed), change(2, 0, .unmovable, 9, .removed),
            change(2, 0, .unmovable, 1, .added),
            change(2, 0, .movable, 0, .removed), change(2, 3, .unmovable, 0, .removed),
        ]
        #expect(sorted.reversed().sorted() == sorted)
        #expect(sorted[1].description == "free_list[0][Unmovable] -0x9")
        #expect(sorted[1].pages == 1 && sorted[4].pages == 8)
    }
}
