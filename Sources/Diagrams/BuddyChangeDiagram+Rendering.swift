import PageAlloc

extension BuddyChangeDiagram {
    /// The heading of a zone's rows: `Node 0, zone Normal: 4096 → 4080 free pages`.
    static func heading(_ zone: FreePages, arrow: String) -> String {
        "Node \(zone.node), zone \(zone.zoneType.name): \(zone.before) \(arrow) \(zone.after) free pages"
    }

    /// The diagram as inline SVG.
    public func svg() -> String {
        let margin = 8, labelWidth = 190, tagWidth = 84, boxWidth = 68, boxHeight = 18, pitch = 72
        let lineHeight = 22, headingHeight = 24
        let boxesX = margin + labelWidth + tagWidth
        let mostBoxes = rows.map { max($0.before.count, $0.after.count) }.max() ?? 0
        let width = max(boxesX + mostBoxes * pitch + margin, 560)
        var height = 44
        height += freePages.count * headingHeight + rows.count * (2 * lineHeight + 8)
        if rows.isEmpty { height += lineHeight }
        var svg = SVGWriter()
        svg.openDocument(
            kind: "buddy-change", width: width, height: height + margin, title: title, description: summary)
        svg.label(title, x: margin, y: 18, classes: "mmd-title")
        guard !rows.isEmpty else {
            svg.label("No free list changed.", x: margin, y: 44 + 14, classes: "mmd-label mmd-muted")
            svg.closeDocument()
            return svg.markup
        }
        svg.label("list", x: margin, y: 38, classes: "mmd-label mmd-small mmd-muted")
        svg.label("head → tail", x: boxesX, y: 38, classes: "mmd-label mmd-small mmd-muted")
        var y = 44
        var zoneIndex = -1
        for row in rows {
            let first = row.changes[0]
            if first.zone != zoneIndex, let totals = freePages.first(where: { $0.zone == first.zone }) {
                zoneIndex = first.zone
                svg.label(
                    BuddyChangeDiagram.heading(totals, arrow: "→"), x: margin, y: y + 16,
                    classes: "mmd-label mmd-strong")
                y += headingHeight
            }
            svg.line(x1: margin, y1: y, x2: width - margin, y2: y, classes: "mmd-rule")
            svg.label(row.name, x: margin, y: y + 16)
            svg.label(row.tally, x: margin, y: y + lineHeight + 16, classes: "mmd-label mmd-small mmd-muted")
            for (tag, count, entries, kind) in [
                ("before", row.countBefore, row.before, BuddyChange.Kind.removed),
                ("after", row.countAfter, row.after, .added),
            ] {
                let lineY = y + 4 + (kind == .removed ? 0 : lineHeight)
                svg.label("\(tag) (\(count))", x: margin + labelWidth, y: lineY + 13, classes: "mmd-label mmd-muted")
                if entries.isEmpty {
                    svg.label("(empty)", x: boxesX, y: lineY + 13, classes: "mmd-label mmd-muted")
                }
                for (i, entry) in entries.enumerated() {
                    let x = boxesX + i * pitch
                    switch entry {
                    case .block(let pfn, let changed):
                        svg.rect(
                            x: x, y: lineY, width: boxWidth, height: boxHeight,
                            classes: "mmd-entry \(first.migratetype.diagramClass)"
                                + (changed ? (kind == .removed ? " removed" : " added") : ""),
                            tooltip: "\(pfn.hex), order \(first.order) (\(1 << first.order) pages)"
                                + (changed ? (kind == .removed ? ": removed" : ": added") : ""))
                    case .elided(let n):
                        svg.rect(
                            x: x, y: lineY, width: boxWidth, height: boxHeight, classes: "mmd-more",
                            tooltip: "\(n) unchanged blocks")
                    case .truncated(let n):
                        svg.rect(
                            x: x, y: lineY, width: boxWidth, height: boxHeight, classes: "mmd-more",
                            tooltip: "\(n) more blocks, not drawn")
                    }
                    svg.label(
                        BuddyChangeDiagram.label(entry, sign: kind.sign), x: x + boxWidth / 2, y: lineY + 13,
                        anchor: "middle")
                }
            }
            y += 2 * lineHeight + 8
        }
        svg.closeDocument()
        return svg.markup
    }

    /// The diagram as text for the terminal: each changed list before and after, changed
    /// blocks marked `-` and `+`.
    public func text() -> String {
        var lines = [title]
        guard !rows.isEmpty else { return title + "\nNo free list changed.\n" }
        let nameWidth = (rows.map(\.name.count).max() ?? 0) + 2
        var zoneIndex = -1
        for row in rows {
            let first = row.changes[0]
            if first.zone != zoneIndex, let totals = freePages.first(where: { $0.zone == first.zone }) {
                zoneIndex = first.zone
                lines.append(BuddyChangeDiagram.heading(totals, arrow: "->"))
            }
            for (tag, count, entries, kind) in [
                ("before", row.countBefore, row.before, BuddyChange.Kind.removed),
                ("after", row.countAfter, row.after, .added),
            ] {
                let name = kind == .removed ? row.name : ""
                let boxes =
                    entries.isEmpty
                    ? "(empty)"
                    : entries.map { BuddyChangeDiagram.label($0, sign: kind.sign) }
                        .joined(separator: " ")
                lines.append("  " + name.rightPadded(to: nameWidth) + "\(tag) (\(count)):".rightPadded(to: 14) + boxes)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
