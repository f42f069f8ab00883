import Diagrams
import Testing

/// Every diagram, drawn and written as text, against its reviewed golden. Each is drawn from
/// its data after a round trip through JSON, which shows that the data carries everything the
/// drawing needs.
@Suite struct GoldenTests {
    @Test func freeArea() throws {
        let diagram = try TestMachines.roundTripped(
            FreeAreaDiagram(machine: try TestMachines.busy(), zone: TestMachines.normal))
        Golden.check(diagram.svg(), Goldens.freeAreaSVG, name: "freeAreaSVG")
        Golden.check(diagram.text(), Goldens.freeAreaText, name: "freeAreaText")
    }

    @Test func pageblocks() throws {
        let diagram = try TestMachines.roundTripped(
            PageblockMap(machine: try TestMachines.busy(), zone: TestMachines.normal))
        Golden.check(diagram.svg(), Goldens.pageblockSVG, name: "pageblockSVG")
        Golden.check(diagram.text(), Goldens.pageblockText, name: "pageblockText")
    }

    @Test func memmap() throws {
        let diagram = try TestMachines.roundTripped(
            MemmapStrip(machine: try TestMachines.busy(), pfn: 0x100804, order: 7))
        Golden.check(diagram.svg(), Goldens.memmapSVG, name: "memmapSVG")
        Golden.check(diagram.text(), Goldens.memmapText, name: "memmapText")
    }

    /// The largest window, 16 rows: the whole order-10 block after an order-4 split.
    @Test func memmapWholeBlock() throws {
        let diagram = try TestMachines.roundTripped(
            MemmapStrip(machine: try TestMachines.smallAfterOrder4().after, pfn: 0x100000, order: 10))
        Golden.check(diagram.svg(), Goldens.memmapWholeBlockSVG, name: "memmapWholeBlockSVG")
    }

    @Test func buddyChange() throws {
        let (events, after, _) = try TestMachines.smallAfterOrder4()
        let diagram = try TestMachines.roundTripped(
            BuddyChangeDiagram(
                events: try TestMachines.roundTripped(events), after: after,
                title: "alloc_pages(GFP_HIGHUSER_MOVABLE, 4)"))
        Golden.check(diagram.svg(), Goldens.buddyChangeSVG, name: "buddyChangeSVG")
        Golden.check(diagram.text(), Goldens.buddyChangeText, name: "buddyChangeText")
    }
}
