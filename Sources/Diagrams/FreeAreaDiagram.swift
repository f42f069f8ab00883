import PageAlloc

/// A zone's `free_area`: the number of free blocks on each order's list of each migratetype,
/// drawn as a heatmap with the totals in blocks and pages.
///
/// Shows `zone->free_area[order].free_list[migratetype]` (include/linux/mmzone.h), the counts
/// that /proc/pagetypeinfo prints. A cell's shade says how many blocks its list holds: none,
/// 1-3, 4-15, 16-63, or 64 and more (`mmd-heat-0` to `mmd-heat-4`); the number is written in it.
public struct FreeAreaDiagram: Sendable, Equatable, Codable {
    /// The zone's node.
    public let node: Int
    /// The zone's type.
    public let zoneType: ZoneType
    /// The diagram's accessible name and heading.
    public let title: String
    /// `blocks[order][migratetype.rawValue]`: the length of each free list.
    public let blocks: [[Int]]

    /// The free area of `machine.zones[zone]`, titled `title` or "Node N, zone Z: free_area".
    public init(machine: Machine, zone: Int, title: String? = nil) {
        precondition(machine.zones.indices.contains(zone), "no zone \(zone) on this machine")
        let z = machine.zones[zone]
        node = z.node
        zoneType = z.type
        self.title = title ?? "Node \(z.node), zone \(z.type.name): free_area"
        blocks = z.freeArea.map { area in area.freeList.map(\.count) }
    }

    /// The number of free pages on the lists of `migratetype`.
    public func pages(of migratetype: MigrateType) -> Int {
        blocks.indices.reduce(0) { $0 + blocks[$1][migratetype.rawValue] << $1 }
    }

    /// The number of free blocks of `order` on every list (`nr_free`).
    public func nrFree(order: Int) -> Int { blocks[order].reduce(0, +) }

    /// The number of free pages on every list.
    public var totalPages: Int { MigrateType.allCases.reduce(0) { $0 + pages(of: $1) } }

    /// The shade of a cell holding `count` blocks, 0 to 4.
    static func heat(_ count: Int) -> Int {
        switch count {
        case 0: 0
        case 1..<4: 1
        case 4..<16: 2
        case 16..<64: 3
        default: 4
        }
    }

    /// A block size as the kernel's docs write it: 4K, 8K, ..., 4M.
    static func size(order: Int) -> String {
        let kib = (Kernel.pageSize >> 10) << order
        return kib >= 1024 ? "\(kib >> 10)M" : "\(kib)K"
    }

    /// What a screen reader says about the diagram.
    var summary: String {
        let count = blocks.indices.reduce(0) { $0 + nrFree(order: $1) }
        var text =
            "Free blocks of each order and migratetype in node \(node), zone \(zoneType.name): "
            + "\(totalPages) free pages in \(count) blocks"
        if let largest = blocks.indices.last(where: { nrFree(order: $0) > 0 }) {
            text += "; the largest free block is order \(largest)"
        }
        return text + "."
    }

    /// The diagram as inline SVG.
    public func svg() -> String {
        let margin = 8, labelWidth = 96, cellWidth = 52, rowHeight = 24, totalWidth = 80
        let gridX = margin + labelWidth
        let totalX = gridX + blocks.count * cellWidth + margin
        let width = totalX + totalWidth + margin
        let headerY = 40, gridY = 60
        let footerY = gridY + MigrateType.count * rowHeight + 6
        let height = footerY + 2 * rowHeight + margin
        var svg = SVGWriter()
        svg.openDocument(kind: "free-area", width: width, height: height, title: title, description: summary)
        svg.label(title, x: margin, y: 18, classes: "mmd-title")
        svg.label("order", x: margin, y: headerY)
        svg.label("pages", x: totalX + totalWidth, y: headerY, anchor: "end")
        for order in blocks.indices {
            let centre = gridX + order * cellWidth + cellWidth / 2
            svg.label("\(order)", x: centre, y: headerY, anchor: "middle")
            svg.label(
                FreeAreaDiagram.size(order: order), x: centre, y: headerY + 12,
                classes: "mmd-label mmd-small mmd-muted",
                anchor: "middle")
        }
        for type in MigrateType.allCases {
            let y = gridY + type.rawValue * rowHeight
            svg.label(type.name, x: margin, y: y + 16)
            for order in blocks.indices {
                let count = blocks[order][type.rawValue]
                let x = gridX + order * cellWidth
                svg.rect(
                    x: x + 1, y: y + 1, width: cellWidth - 2, height: rowHeight - 2,
                    classes: "mmd-heat \(type.diagramClass) mmd-heat-\(FreeAreaDiagram.heat(count))",
                    tooltip: "free_list[\(order)][\(type.name)]: \(count) blocks, \(count << order) pages")
                svg.label(
                    "\(count)", x: x + cellWidth / 2, y: y + 16,
                    classes: count == 0 ? "mmd-label mmd-muted" : "mmd-label", anchor: "middle")
            }
            svg.label("\(pages(of: type))", x: totalX + totalWidth, y: y + 16, anchor: "end")
        }
        svg.line(x1: margin, y1: footerY - 3, x2: width - margin, y2: footerY - 3, classes: "mmd-rule")
        svg.label("nr_free", x: margin, y: footerY + 16)
        svg.label("pages", x: margin, y: footerY + rowHeight + 16)
        for order in blocks.indices {
            let centre = gridX + order * cellWidth + cellWidth / 2
            svg.label("\(nrFree(order: order))", x: centre, y: footerY + 16, anchor: "middle")
            svg.label(
                "\(nrFree(order: order) << order)", x: centre, y: footerY + rowHeight + 16,
                classes: "mmd-label mmd-muted",
                anchor: "middle")
        }
        svg.label(
            "\(totalPages)", x: totalX + totalWidth, y: footerY + rowHeight + 16, classes: "mmd-label mmd-strong",
            anchor: "end")
        svg.closeDocument()
        return svg.markup
    }

    /// The diagram as a plain-text table for the terminal.
    public func text() -> String {
        let labelWidth = 12, column = 8
        var lines = [title]
        lines.append(
            "order".rightPadded(to: labelWidth)
                + blocks.indices.map { "\($0)".leftPadded(to: column) }.joined() + "pages".leftPadded(to: column + 2))
        for type in MigrateType.allCases {
            lines.append(
                type.name.rightPadded(to: labelWidth)
                    + blocks.map { "\($0[type.rawValue])".leftPadded(to: column) }.joined()
                    + "\(pages(of: type))".leftPadded(to: column + 2))
        }
        lines.append(
            "nr_free".rightPadded(to: labelWidth)
                + blocks.indices.map { "\(nrFree(order: $0))".leftPadded(to: column) }.joined())
        lines.append(
            "pages".rightPadded(to: labelWidth)
                + blocks.indices.map { "\(nrFree(order: $0) << $0)".leftPadded(to: column) }.joined()
                + "\(totalPages)".leftPadded(to: column + 2))
        return lines.joined(separator: "\n") + "\n"
    }
}
