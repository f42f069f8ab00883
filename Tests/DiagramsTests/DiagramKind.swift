import Diagrams
import PageAlloc
import Testing

/// Every diagram in the states the conformance tests draw, so that each test runs on all.
enum DiagramKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case freeArea, freeAreaEmptyZone, pageblocks, pageblocksDownsampled, memmap, memmapHoles, buddyChange,
        buddyChangeNone

    var testDescription: String { rawValue }

    /// The diagram drawn from freshly built machines, with `title` when given.
    func render(title: String? = nil) throws -> (svg: String, text: String) {
        switch self {
        case .freeArea:
            let d = FreeAreaDiagram(machine: try TestMachines.busy(), zone: TestMachines.normal, title: title)
            return (d.svg(), d.text())
        case .freeAreaEmptyZone:
            let d = FreeAreaDiagram(
                machine: TestMachines.small(), zone: Machine.zoneIndex(node: 0, type: .dma), title: title)
            return (d.svg(), d.text())
        case .pageblocks:
            let d = PageblockMap(machine: try TestMachines.busy(), zone: TestMachines.normal, title: title)
            return (d.svg(), d.text())
        case .pageblocksDownsampled:
            let d = PageblockMap(machine: try TestMachines.busy(), zone: TestMachines.normal, maxCells: 5, title: title)
            return (d.svg(), d.text())
        case .memmap:
            let d = MemmapStrip(machine: try TestMachines.busy(), pfn: 0x100804, order: 7, title: title)
            return (d.svg(), d.text())
        case .memmapHoles:
            let d = MemmapStrip(machine: TestMachines.tinyDMA(), pfn: 0, order: 7, title: title)
            return (d.svg(), d.text())
        case .buddyChange:
            let (events, after, _) = try TestMachines.smallAfterOrder4()
            let d = BuddyChangeDiagram(events: events, after: after, title: title)
            return (d.svg(), d.text())
        case .buddyChangeNone:
            let d = BuddyChangeDiagram(events: [], after: TestMachines.small(), title: title)
            return (d.svg(), d.text())
        }
    }
}
