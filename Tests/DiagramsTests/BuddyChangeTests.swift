import PageAlloc
import Testing

@testable import Diagrams

/// The free-list changes rebuilt from free-list events, against changes derived by hand from
/// the buddy rules of Linux 6.18 (mm/page_alloc.c).
@Suite struct BuddyChangeTests {
    /// The order-10 Movable blocks of `small()`: memblock_free_all() frees them in ascending
    /// order to the tail, so 0x100000 heads the list.
    static let order10 = [0x100000, 0x100400, 0x100800, 0x100c00]

    /// `__rmqueue_smallest()` takes the head of free_list[10][Movable], the first list with a
    /// block, and `expand()` puts back the upper halves at orders 9 down to 4.
    @Test func order4AllocationSplitsTheFirstOrder10Block() throws {
        let (events, after, pfn) = try TestMachines.smallAfterOrder4()
        #expect(pfn == 0x100000)
        let changes = BuddyChange.changes(events: events, after: after)
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
        var (_, after, pfn) = try TestMachines.smallAfterOrder4()
        let events = TestMachines.recording(&after) { $0.freePages(pfn, order: 4) }
        #expect(
            BuddyChange.changes(events: events, after: after).map(\.description) == [
                "free_list[4][Movable] -0x100010",
                "free_list[5][Movable] -0x100020",
                "free_list[6][Movable] -0x100040",
                "free_list[7][Movable] -0x100080",
                "free_list[8][Movable] -0x100100",
                "free_list[9][Movable] -0x100200",
                "free_list[10][Movable] +0x100000",
            ])
    }

    @Test func noEventsNoChanges() throws {
        #expect(BuddyChange.changes(events: [], after: try TestMachines.busy()).isEmpty)
    }

    /// An order-10 allocation takes the head of free_list[10][Movable] and its free puts it back
    /// at the head: the events are there, the list ends as it started.
    @Test func listsThatEndAsTheyStartedDidNotChange() throws {
        var machine = TestMachines.small()
        let events = try TestMachines.recording(&machine) { m in
            let pfn = try m.mustAlloc(.highuserMovable, order: 10)
            m.freePages(pfn, order: 10)
        }
        #expect(!events.isEmpty)
        #expect(BuddyChange.changes(events: events, after: machine).isEmpty)
    }

    /// Undoing the events rebuilds every touched list exactly, order included, on a busy machine.
    @Test func undoingTheEventsRebuildsTheListsBefore() throws {
        let before = try TestMachines.busy()
        var after = before
        let events = try TestMachines.recording(&after) { m in
            for order in [0, 3, 9, 2] { try m.mustAlloc(.kernel, order: order) }
            m.drainAllPages()
        }
        for (id, old, _) in BuddyChange.changedLists(events: events, after: after) {
            #expect(old == before.memmap.entries(of: id.list(in: before)))
        }
        #expect(!BuddyChange.changedLists(events: events, after: after).isEmpty)
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
        var taken: [Int] = []
        let events = try TestMachines.recording(&after) { m in
            for _ in 0..<2 { taken.append(try m.mustAlloc(.highuserMovable, order: 10)) }
            m.freePages(block[1], order: 10)
            m.freePages(block[2], order: 10)
        }
        #expect(taken == [block[2], block[3]])
        let list = { (m: Machine) in m.zones[TestMachines.normal].freeArea[10].freeList[MigrateType.movable.rawValue] }
        try #require(list(before) == list(after), "the list's head, tail and count are meant to stay")
        #expect(after.memmap.entries(of: list(after)) == [block[2], block[1]] + block[4...])
        #expect(
            BuddyChange.changes(events: events, after: after).map(\.description) == [
                "free_list[10][Movable] -0x100c00", "free_list[10][Movable] +0x100400",
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
