import PageAlloc

extension MemmapStrip {
    /// The CSS classes, label and hover text of a shape of `cells` cells starting with `page`
    /// at window offset `offset`.
    func style(of page: Page, at offset: Int, cells: Int) -> (classes: String, label: String, tooltip: String) {
        let pfn = startPfn + offset
        let wide = cells >= 6
        switch page {
        case .hole:
            return ("mmd-hole", wide ? "no zone" : "", "\(pfn.hex): no zone")
        case .reserved:
            return ("mmd-reserved", wide ? "reserved" : "", "\(pfn.hex): reserved (PG_reserved)")
        case .free(let head, let order, let type):
            return (
                "mmd-buddy \(type.diagramClass)", wide ? "order \(order)" : "\(order)",
                "free block \(head.hex), order \(order) (\(1 << order) pages), \(type.name)"
            )
        case .perCPU(let head, let order, let cpu, let type):
            return (
                "mmd-pcp \(type.diagramClass)", cells >= 3 ? "pcp" : "p",
                "block \(head.hex), order \(order), on cpu \(cpu)'s \(type.name) per-CPU list"
            )
        case .compoundHead(let order):
            return (
                "mmd-compound", wide ? "compound o\(order)" : "C",
                "compound page \(pfn.hex), order \(order) (\(1 << order) pages)"
            )
        case .compoundTail(let head):
            return ("mmd-compound", wide ? "tail of \(head.hex)" : "c", "\(pfn.hex): tail page of \(head.hex)")
        case .allocated(let refcount):
            let rest = cells > 1 ? " (and \(cells - 1) pages after it with refcount 0)" : ""
            return (
                "mmd-alloc", cells >= 8 ? "allocated" : cells >= 4 ? "alloc" : "",
                "\(pfn.hex): allocated, refcount \(refcount)\(rest)"
            )
        }
    }

    /// The diagram as inline SVG.
    public func svg() -> String {
        let margin = 8, labelWidth = 72, cellWidth = 12, cellHeight = 22, markerHeight = 12, tickHeight = 10
        let columns = min(MemmapStrip.columns, pages.count)
        let rows = (pages.count + columns - 1) / columns
        let pitch = markerHeight + cellHeight + tickHeight
        let gridX = margin + labelWidth, gridY = 26
        let legendY = gridY + rows * pitch + 10
        let width = max(gridX + columns * cellWidth + margin, 620)
        let height = legendY + 20
        var svg = SVGWriter()
        svg.openDocument(kind: "memmap", width: width, height: height, title: title, description: summary)
        svg.label(title, x: margin, y: 18, classes: "mmd-title")
        for row in 0..<rows {
            let y = gridY + row * pitch + markerHeight
            svg.label((startPfn + row * columns).hex, x: margin, y: y + 15, classes: "mmd-label mmd-small")
            var tick = 0
            while tick <= min(columns, pages.count - row * columns) {
                let x = gridX + tick * cellWidth
                svg.line(
                    x1: x, y1: y + cellHeight + 1, x2: x, y2: y + cellHeight + (tick % 16 == 0 ? 6 : 3),
                    classes: "mmd-rule")
                tick += 8
            }
        }
        for span in spans {
            var lower = span.range.lowerBound
            while lower < span.range.upperBound {
                let upper = min(span.range.upperBound, (lower / columns + 1) * columns)
                let x = gridX + (lower % columns) * cellWidth
                let y = gridY + (lower / columns) * pitch + markerHeight
                let cells = upper - lower
                let (classes, label, tooltip) = style(of: pages[lower], at: lower, cells: cells)
                svg.rect(
                    x: x + 1, y: y, width: cells * cellWidth - 2, height: cellHeight, classes: classes, tooltip: tooltip
                )
                if case .compoundHead = pages[lower] {
                    svg.rect(x: x + 1, y: y, width: 3, height: cellHeight, classes: "mmd-head")
                }
                // A span of a third of a row or more is labelled at its start, which stays in view
                // when a narrow screen shows only the left of the strip; shorter ones in the middle.
                if !label.isEmpty && cells >= 24 {
                    svg.label(label, x: x + 8, y: y + 15)
                } else if !label.isEmpty {
                    svg.label(label, x: x + cells * cellWidth / 2, y: y + 15, anchor: "middle")
                }
                lower = upper
            }
        }
        let offset = focus - startPfn
        let fx = gridX + (offset % columns) * cellWidth + cellWidth / 2
        let fy = gridY + (offset / columns) * pitch + markerHeight - 2
        svg.polygon([(fx - 5, fy - 8), (fx + 5, fy - 8), (fx, fy)], classes: "mmd-focus")
        // The marker's label: the pfn it points at, beside it on the side with room.
        let onRight = offset % columns < columns - 12
        svg.label(
            focus.hex, x: onRight ? fx + 8 : fx - 8, y: fy - 1, classes: "mmd-label mmd-small mmd-strong",
            anchor: onRight ? "start" : "end")
        svg.label(
            "colour = migratetype of free and per-CPU blocks; dashed = per-CPU list; grey = allocated;"
                + " outlined = compound page (dark edge: head); ticks every 8 pages", x: margin, y: legendY + 4,
            classes: "mmd-label mmd-small mmd-muted")
        svg.closeDocument()
        return svg.markup
    }

    /// The character of a page in the text strip.
    func character(at offset: Int) -> Character {
        let page = pages[offset]
        let first = offset == 0 || owner(of: pages[offset - 1], at: offset - 1) != owner(of: page, at: offset)
        switch page {
        case .hole: return "."
        case .reserved: return "R"
        case .free(_, let order, _):
            return first ? Character(String(order, radix: 36)) : "-"
        case .perCPU: return first ? "P" : "p"
        case .compoundHead: return "C"
        case .compoundTail: return "c"
        case .allocated: return "#"
        }
    }

    /// The diagram as text for the terminal: a character per page, 64 to a line, and a caret
    /// under the focus pfn.
    public func text() -> String {
        let columns = min(MemmapStrip.columns, pages.count)
        var lines = [title]
        let width = (startPfn + pages.count - 1).hex.count
        var row = 0
        while row * columns < pages.count {
            let lower = row * columns, upper = min(lower + columns, pages.count)
            lines.append(
                (startPfn + lower).hex.leftPadded(to: width) + " "
                    + String((lower..<upper).map { character(at: $0) }))
            let offset = focus - startPfn
            if (lower..<upper).contains(offset) {
                lines.append(String(repeating: " ", count: width + 1 + offset - lower) + "^ \(focus.hex)")
            }
            row += 1
        }
        lines.append("0-9 a: free block of that order, - its other pages; P p: per-CPU list block;")
        lines.append("C c: compound head, tail; #: allocated; R: reserved; .: no zone")
        return lines.joined(separator: "\n") + "\n"
    }
}
