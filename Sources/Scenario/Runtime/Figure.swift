import Diagrams
import PageAlloc

/// A diagram a `show` statement drew: the site renders it as SVG in place of the text
/// fallback that the output (and the terminal) carries.
public struct Figure: Sendable {
    /// What the diagram shows.
    public enum Kind: Sendable, Equatable {
        /// `show free_area ZONE`: flat zone index.
        case freeArea(zone: Int)
        /// `show pageblocks ZONE`.
        case pageblocks(zone: Int)
        /// `show memmap p [ORDER]`.
        case memmap(pfn: Int, order: Int)
    }

    public var kind: Kind
    /// The machine when the statement ran.
    public var machine: Machine
    /// The range of output lines (0-based, end exclusive) holding the text fallback.
    public var outputLines: Range<Int>

    /// The diagram as inline SVG.
    public var svg: String {
        switch kind {
        case .freeArea(let zone): FreeAreaDiagram(machine: machine, zone: zone).svg()
        case .pageblocks(let zone): PageblockMap(machine: machine, zone: zone).svg()
        case .memmap(let pfn, let order): MemmapStrip(machine: machine, pfn: pfn, order: order).svg()
        }
    }

    /// The diagram as text, for terminals and recorded outputs.
    var text: String {
        switch kind {
        case .freeArea(let zone): FreeAreaDiagram(machine: machine, zone: zone).text()
        case .pageblocks(let zone): PageblockMap(machine: machine, zone: zone).text()
        case .memmap(let pfn, let order): MemmapStrip(machine: machine, pfn: pfn, order: order).text()
        }
    }
}
