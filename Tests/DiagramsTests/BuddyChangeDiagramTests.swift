import PageAlloc
import Testing

@testable import Diagrams

/// The before/after drawing of changed free lists.
@Suite struct BuddyChangeDiagramTests {
    @Test func drawsEachChangedListBeforeAndAfter() throws {
        let (events, after, _) = try TestMachines.smallAfterOrder4()
        let diagram = BuddyChangeDiagram(events: events, after: after)
        #expect(diagram.changes == BuddyChange.changes(events: events, after: after))
        #expect(diagram.rows.map(\.name) == (4...10).map { "free_list[\($0)][Movable]" })
        #expect(diagram.rows[0].before.isEmpty)
        #expect(diagram.rows[0].after == [.block(pfn: 0x100010, changed: true)])
        #expect(
            diagram.rows[6].before == [
                .block(pfn: 0x100000, changed: true), .block(pfn: 0x100400, changed: false),
                .block(pfn: 0x100800, changed: false), .block(pfn: 0x100c00, changed: false),
            ])
        #expect(diagram.rows[6].tally == "−1")
        #expect(
            diagram.freePages == [
                .init(zone: TestMachines.normal, node: 0, zoneType: .normal, before: 4096, after: 4080)
            ])
        let svg = diagram.svg()
        #expect(svg.contains(#"<rect class="mmd-entry mmd-mt-movable removed" x="#))
        #expect(svg.contains(#"<rect class="mmd-entry mmd-mt-movable added" x="#))
        #expect(svg.contains(">-0x100000</text>"))
        #expect(svg.contains(">+0x100200</text>"))
    }

    /// The merged order-10 block goes to the head of its list: `buddy_merge_likely()` is false
    /// at MAX_PAGE_ORDER - 1 and above, so `__free_one_page()` does not add it to the tail.
    @Test func showsWhereABlockJoinsItsList() throws {
        var (_, after, pfn) = try TestMachines.smallAfterOrder4()
        let events = TestMachines.recording(&after) { $0.freePages(pfn, order: 4) }
        let diagram = BuddyChangeDiagram(events: events, after: after)
        #expect(
            diagram.rows.last?.after == [
                .block(pfn: 0x100000, changed: true), .block(pfn: 0x100400, changed: false),
                .block(pfn: 0x100800, changed: false), .block(pfn: 0x100c00, changed: false),
            ])
        #expect(
            diagram.text().hasSuffix(
                """
                  free_list[10][Movable]  before (3):   0x100400 0x100800 0x100c00
                                          after (4):    +0x100000 0x100400 0x100800 0x100c00

                """))
    }

    @Test func shortensLongLists() {
        let list = Array(0x1000..<0x1020)
        #expect(BuddyChangeDiagram.shorten(Array(list.prefix(10)), changed: [0x1003]).count == 10)
        #expect(
            BuddyChangeDiagram.shorten(list, changed: [0x1002, 0x1010]) == [
                .block(pfn: 0x1000, changed: false), .block(pfn: 0x1001, changed: false),
                .block(pfn: 0x1002, changed: true),
                .elided(13), .block(pfn: 0x1010, changed: true), .elided(14), .block(pfn: 0x101f, changed: false),
            ])
        let crowded = BuddyChangeDiagram.shorten(list, changed: Set(list.filter { $0 % 2 == 0 }))
        #expect(crowded.count == BuddyChangeDiagram.maxBoxes)
        #expect(crowded.last == .truncated(list.count - 9), "the last box counts every block not drawn")
    }

    @Test func saysWhenNothingChanged() {
        let diagram = BuddyChangeDiagram(events: [], after: TestMachines.small())
        #expect(diagram.changes.isEmpty && diagram.rows.isEmpty)
        #expect(diagram.text() == "Free-list changes\nNo free list changed.\n")
        #expect(diagram.svg().contains("<desc>No free list changed.</desc>"))
    }
}
