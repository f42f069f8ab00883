import Diagrams
import PageAlloc

/// A diagram a `show` statement drew: the site renders it as SVG in place of the text
/// fallback that the output (and the terminal) carries.
///
/// Plain data: the diagram holds what it draws (free-area counts, pageblock types, the
/// memmap window), taken from the machine when the statement ran, and renders from that alone.
public struct Figure: Sendable, Equatable, Codable {
    /// What the diagram shows.
    public enum Kind: Sendable, Equatable, Codable {
        /// `show free_area ZONE`: flat zone index.
        case freeArea(zone: Int)
        /// `show pageblocks ZONE`.
        case pageblocks(zone: Int)
        /// `show memmap p [ORDER]`.
        case memmap(pfn: Int, order: Int)
    }

    /// The data of a drawn diagram.
    public enum Diagram: Sendable, Equatable, Codable {
        case freeArea(FreeAreaDiagram)
        case pageblocks(PageblockMap)
        case memmap(MemmapStrip)
    }

    public var kind: Kind
    /// What the diagram draws.
    public var diagram: Diagram
    /// The range of output lines (0-based, end exclusive) holding the text fallback.
    public var outputLines: Range<Int>

    /// The diagram of `kind` with the data of `machine`, the machine when the statement ran.
    init(kind: Kind, machine: Machine, outputLines: Range<Int>) {
        self.kind = kind
        self.outputLines = outputLines
        diagram =
            switch kind {
            case .freeArea(let zone): .freeArea(FreeAreaDiagram(machine: machine, zone: zone))
            case .pageblocks(let zone): .pageblocks(PageblockMap(machine: machine, zone: zone))
            case .memmap(let pfn, let order): .memmap(MemmapStrip(machine: machine, pfn: pfn, order: order))
            }
    }

    /// The diagram as inline SVG.
    public var svg: String {
        switch diagram {
        case .freeArea(let d): d.svg()
        case .pageblocks(let d): d.svg()
        case .memmap(let d): d.svg()
        }
    }

    /// The diagram as text, for terminals and recorded outputs.
    var text: String {
        switch diagram {
        case .freeArea(let d): d.text()
        case .pageblocks(let d): d.text()
        case .memmap(let d): d.text()
        }
    }
}
