import PageAlloc

/// A zone's pageblocks as a grid of cells, each coloured by its migratetype and filled as far
/// as its pages are free in the buddy allocator.
///
/// Shows `get_pfnblock_migratetype()` (mm/page_alloc.c) of every pageblock the zone spans,
/// Isolate and HighAtomic included, and how many of each pageblock's pages lie in free buddy
/// blocks (pages on per-CPU lists count as allocated, as they do for the buddy allocator).
///
/// Downsampling: when the zone has more pageblocks than `maxCells`, each cell stands for
/// 2^k consecutive pageblocks, aligned to 2^k, with k the smallest that keeps the number of
/// cells within `maxCells`. Such a cell takes the migratetype most of its pageblocks have
/// (ties go to the lower `enum migratetype` value); a cell whose pageblocks differ is marked
/// mixed, with a band in the colour of the next most common type, and is written in lowercase
/// in the text map.
public struct PageblockMap: Sendable, Equatable, Codable {
    /// One cell of the map: one pageblock, or a run of them when downsampled.
    public struct Cell: Sendable, Equatable, Codable {
        /// The first pfn the cell covers that the zone spans.
        public var startPfn: Int
        /// The number of the zone's pages the cell covers.
        public var pages: Int
        /// How many of those pages lie in free buddy blocks.
        public var freePages: Int
        /// How many of the cell's pageblocks have each migratetype, by raw value.
        public var pageblocks: [Int]

        /// The migratetype most of the cell's pageblocks have, ties to the lower value.
        public var migratetype: MigrateType { ranked[0] }

        /// Whether the cell's pageblocks have more than one migratetype.
        public var isMixed: Bool { pageblocks.filter { $0 > 0 }.count > 1 }

        /// The migratetypes present in the cell, most common first, ties to the lower value.
        var ranked: [MigrateType] {
            MigrateType.allCases.filter { pageblocks[$0.rawValue] > 0 }
                .sorted { (pageblocks[$0.rawValue], -$0.rawValue) > (pageblocks[$1.rawValue], -$1.rawValue) }
        }

        /// The free share drawn as a bar of `levels` steps: 0 only when nothing is free,
        /// `levels` only when everything is.
        func fillLevel(of levels: Int) -> Int {
            if freePages == 0 || pages == 0 { return 0 }
            if freePages >= pages { return levels }
            return min(max((freePages * levels + pages / 2) / pages, 1), levels - 1)
        }
    }

    /// The number of cells in a row of the drawing and of the text map.
    public static let columns = 64

    /// The zone's node.
    public let node: Int
    /// The zone's type.
    public let zoneType: ZoneType
    /// The diagram's accessible name and heading.
    public let title: String
    /// How many pageblocks each cell stands for: a power of two, 1 unless downsampled.
    public let pageblocksPerCell: Int
    /// The cells in pfn order.
    public let cells: [Cell]

    /// The pageblocks of `machine.zones[zone]` in at most `maxCells` cells.
    public init(machine: Machine, zone: Int, maxCells: Int = 256, title: String? = nil) {
        precondition(machine.zones.indices.contains(zone), "no zone \(zone) on this machine")
        precondition(maxCells > 0, "a map needs at least one cell")
        let z = machine.zones[zone]
        node = z.node
        zoneType = z.type
        self.title = title ?? "Node \(z.node), zone \(z.type.name): pageblocks"
        let order = Kernel.pageblockOrder
        let first = z.startPfn >> order
        let end = z.isPopulated ? (z.endPfn + Kernel.pageblockNrPages - 1) >> order : first
        var free = Array(repeating: 0, count: end - first)
        for area in z.freeArea.enumerated() {
            for list in area.element.freeList {
                for pfn in machine.memmap.entries(of: list) {
                    var block = pfn
                    let blockEnd = pfn + (1 << area.offset)
                    while block < blockEnd {
                        let next = min(blockEnd, (block >> order + 1) << order)
                        free[block >> order - first] += next - block
                        block = next
                    }
                }
            }
        }
        var group = 1
        while end > first && (end - 1) / group - first / group + 1 > maxCells { group *= 2 }
        pageblocksPerCell = group
        var cells: [Cell] = []
        var index = first
        while index < end {
            let stop = min(end, (index / group + 1) * group)
            var cell = Cell(
                startPfn: max(index << order, z.startPfn), pages: 0, freePages: 0,
                pageblocks: Array(repeating: 0, count: MigrateType.count))
            for block in index..<stop {
                let start = max(block << order, z.startPfn)
                cell.pages += min((block + 1) << order, z.endPfn) - start
                cell.freePages += free[block - first]
                cell.pageblocks[machine.pageblockMigratetype(start).rawValue] += 1
            }
            cells.append(cell)
            index = stop
        }
        self.cells = cells
    }

    /// How many pageblocks of each migratetype the zone has, by raw value.
    public var pageblockCounts: [Int] {
        cells.reduce(into: Array(repeating: 0, count: MigrateType.count)) { sum, cell in
            for type in cell.pageblocks.indices { sum[type] += cell.pageblocks[type] }
        }
    }

    /// What one cell stands for, in words.
    var scale: String {
        let pages = pageblocksPerCell << Kernel.pageblockOrder
        return pageblocksPerCell == 1
            ? "1 cell = 1 pageblock (\(pages) pages)"
            : "1 cell = \(pageblocksPerCell) pageblocks (\(pages) pages)"
    }

    /// The pageblock counts in words: "Movable 6, Unmovable 2".
    var countsText: String {
        let counts = pageblockCounts
        let present = MigrateType.allCases.filter { counts[$0.rawValue] > 0 }
        return present.isEmpty
            ? "no pageblocks" : present.map { "\($0.name) \(counts[$0.rawValue])" }.joined(separator: ", ")
    }

    /// What a screen reader says about the diagram.
    var summary: String {
        let pages = cells.reduce(0) { $0 + $1.pages }
        let free = cells.reduce(0) { $0 + $1.freePages }
        return "Migratetype and free pages of each pageblock of node \(node), zone \(zoneType.name): \(countsText); "
            + "\(free) of \(pages) pages free; \(scale)."
    }

    /// The hover text of a cell.
    func tooltip(_ cell: Cell) -> String {
        let range = "\(cell.startPfn.hex)-\((cell.startPfn + cell.pages - 1).hex)"
        let kind =
            cell.isMixed
            ? cell.ranked.map { "\($0.name) \(cell.pageblocks[$0.rawValue])" }.joined(separator: ", ")
            : cell.migratetype.name
        return "\(range) \(kind): \(cell.freePages) of \(cell.pages) pages free"
    }

    /// The diagram as inline SVG.
    public func svg() -> String {
        let margin = 8, labelWidth = 72, cellHeight = 22, rowGap = 4
        let columns = max(1, min(PageblockMap.columns, cells.count))
        let cellWidth = max(11, min(24, 704 / columns))
        let rows = (cells.count + columns - 1) / columns
        let gridX = margin + labelWidth, gridY = 30
        let legendY = gridY + rows * (cellHeight + rowGap) + 8
        let width = max(gridX + columns * cellWidth + margin, 560)
        let height = legendY + 40
        var svg = SVGWriter()
        svg.openDocument(kind: "pageblocks", width: width, height: height, title: title, description: summary)
        svg.label(title, x: margin, y: 18, classes: "mmd-title")
        for (i, cell) in cells.enumerated() {
            let x = gridX + (i % columns) * cellWidth
            let y = gridY + (i / columns) * (cellHeight + rowGap)
            if i % columns == 0 { svg.label(cell.startPfn.hex, x: margin, y: y + 15, classes: "mmd-label mmd-small") }
            let type = cell.migratetype
            svg.rect(
                x: x, y: y, width: cellWidth - 1, height: cellHeight,
                classes: "mmd-pageblock \(type.diagramClass)" + (cell.isMixed ? " mmd-mixed" : ""),
                tooltip: tooltip(cell))
            let fill = cell.fillLevel(of: cellHeight)
            if fill > 0 {
                svg.rect(
                    x: x, y: y + cellHeight - fill, width: cellWidth - 1, height: fill,
                    classes: "mmd-free \(type.diagramClass)")
            }
            if cell.isMixed {
                svg.rect(
                    x: x, y: y, width: cellWidth - 1, height: 4, classes: "mmd-minor \(cell.ranked[1].diagramClass)")
            }
        }
        var x = margin
        let counts = pageblockCounts
        for type in MigrateType.allCases {
            svg.rect(x: x, y: legendY, width: 10, height: 10, classes: "mmd-swatch \(type.diagramClass)")
            let text = "\(type.name) \(counts[type.rawValue])"
            svg.label(text, x: x + 14, y: legendY + 9)
            x += 14 + text.count * 7 + 14
        }
        svg.label(
            "\(scale); the filled part of a cell is free", x: margin, y: legendY + 28,
            classes: "mmd-label mmd-muted")
        svg.closeDocument()
        return svg.markup
    }

    /// The diagram as a character map for the terminal: a letter per cell for its
    /// migratetype (U M R H I; lowercase for a mixed cell) over a bar of its free share.
    public func text() -> String {
        let bars: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        var lines = [title, "\(scale); letters U M R H I = migratetype (lowercase: mixed), bars = free pages"]
        let width = max(cells.map { $0.startPfn.hex.count }.max() ?? 0, 8)
        var start = 0
        while start < cells.count {
            let row = cells[start..<min(start + PageblockMap.columns, cells.count)]
            let letters = row.map { cell -> String in
                let letter = String(cell.migratetype.diagramLetter)
                return cell.isMixed ? letter.lowercased() : letter
            }
            lines.append(row[start].startPfn.hex.rightPadded(to: width) + " " + letters.joined())
            lines.append(
                String(repeating: " ", count: width + 1)
                    + String(row.map { bars[$0.fillLevel(of: bars.count - 1)] }))
            start += PageblockMap.columns
        }
        lines.append(countsText)
        return lines.map { line in
            var line = Substring(line)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }.joined(separator: "\n") + "\n"
    }
}
