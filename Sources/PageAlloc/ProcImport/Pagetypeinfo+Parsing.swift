extension Pagetypeinfo {
    /// Reads a /proc/pagetypeinfo: one section per node with memory, each the pageblock
    /// header, the free-list table and the block-count table.
    ///
    /// A `ProcFileError` names the line and column of the first thing that is not where
    /// `pagetypeinfo_show()` (mm/vmstat.c) prints it. A count printed `>100000` reads as
    /// `listCountCap`.
    public init(parsing text: String) throws(ProcFileError) {
        let lines = ProcFileLine.split(text)
        var index = 0
        func next(_ what: String) throws(ProcFileError) -> ProcFileLine {
            guard index < lines.count else {
                throw ProcFileError(
                    line: lines.count + 1, id: "unexpected-end",
                    summary: "the text ends where \(what) was expected")
            }
            index += 1
            return lines[index - 1]
        }
        func blank() throws(ProcFileError) {
            let line = try next("an empty line")
            guard line.tokens.isEmpty else {
                throw line.error("expected-empty-line", "expected an empty line", column: line.tokens[0].column)
            }
        }
        var nodes: [Node] = []
        while index < lines.count {
            let order = try next("'Page block order:'").value(after: ["Page", "block", "order:"])
            let pages = try next("'Pages per block:'").value(after: ["Pages", "per", "block:"])
            try blank()
            let header = try next("the free pages header")
            let title = ["Free", "pages", "count", "per", "migrate", "type", "at", "order"]
            guard header.starts(with: title) else {
                throw header.error(
                    "expected-field", "expected '\(title.joined(separator: " "))'",
                    column: header.tokens.first?.column ?? 1)
            }
            for i in title.count..<header.tokens.count where try header.integer(at: i) != i - title.count {
                throw header.error("bad-order", "orders are numbered from 0", column: header.tokens[i].column)
            }
            let orders = header.tokens.count - title.count
            var node: Node?
            var zones: [ZoneRows] = []
            var freeRows: [(line: ProcFileLine, zone: String, type: String, counts: [Int])] = []
            while index < lines.count, !lines[index].tokens.isEmpty {
                let line = try next("a free list row")
                let t = line.tokens
                let (id, zone) = try Pagetypeinfo.zoneLabel(line, zoneComma: true)
                guard t.count == 6 + orders, t[4].text == "type" else {
                    throw line.error(
                        "expected-counts", "expected 'type <name>' and \(orders) counts",
                        column: t.count > 4 ? t[4].column : 1)
                }
                if node == nil {
                    node = Node(id: id, pageblockOrder: order, pagesPerBlock: pages, typeNames: [], zones: [])
                }
                guard id == node?.id else {
                    throw line.error("node-mismatch", "a section lists one node", column: t[1].column)
                }
                var counts: [Int] = []
                for i in 6..<t.count {
                    let capped = t[i].text.hasPrefix(">")
                    let digits = capped ? t[i].text.dropFirst() : t[i].text
                    guard let value = Int(digits) else {
                        throw line.error("bad-number", "'\(t[i].text)' is not a count", column: t[i].column)
                    }
                    counts.append(value)
                }
                freeRows.append((line, zone, String(t[5].text), counts))
            }
            try blank()
            let blockHeader = try next("the block count header")
            let blockTitle = ["Number", "of", "blocks", "type"]
            guard blockHeader.starts(with: blockTitle) else {
                throw blockHeader.error(
                    "expected-field", "expected '\(blockTitle.joined(separator: " "))'",
                    column: blockHeader.tokens.first?.column ?? 1)
            }
            let names = blockHeader.tokens.dropFirst(blockTitle.count).map { String($0.text) }
            guard var section = node else {
                throw blockHeader.error("no-zones", "a node's section lists at least one zone")
            }
            guard !names.isEmpty, freeRows.count % names.count == 0 else {
                throw blockHeader.error("type-count", "every zone has one free row per type name of this header")
            }
            section.typeNames = names
            for start in stride(from: 0, to: freeRows.count, by: names.count) {
                let rows = freeRows[start..<(start + names.count)]
                for (row, name) in zip(rows, names) where row.zone != rows.first!.zone || row.type != name {
                    throw row.line.error("type-order", "expected zone \(rows.first!.zone), type \(name)")
                }
                zones.append(ZoneRows(zone: rows.first!.zone, free: rows.map(\.counts), blocks: []))
            }
            for z in zones.indices {
                let line = try next("the block counts of zone \(zones[z].zone)")
                let (id, zone) = try Pagetypeinfo.zoneLabel(line, zoneComma: false)
                guard id == section.id, zone == zones[z].zone else {
                    throw line.error("zone-mismatch", "expected node \(section.id), zone \(zones[z].zone)")
                }
                guard line.tokens.count == 4 + names.count else {
                    throw line.error("expected-counts", "expected \(names.count) block counts")
                }
                for i in 4..<line.tokens.count { zones[z].blocks.append(try line.integer(at: i)) }
            }
            section.zones = zones
            nodes.append(section)
        }
        self.init(nodes: nodes)
    }

    /// `Node %d, zone %8s` at the start of a row, with or without the comma after the zone.
    private static func zoneLabel(_ line: ProcFileLine, zoneComma: Bool) throws(ProcFileError) -> (Int, String) {
        let t = line.tokens
        guard t.count >= 4, t[0].text == "Node", t[1].text.hasSuffix(","), t[2].text == "zone",
            t[3].text.hasSuffix(",") == zoneComma
        else {
            throw line.error(
                "expected-zone-header", "expected 'Node <id>, zone <name>\(zoneComma ? "," : "")'",
                column: t.first?.column ?? 1)
        }
        guard let id = Int(t[1].text.dropLast()), id >= 0 else {
            throw line.error("bad-number", "'\(t[1].text.dropLast())' is not a node number", column: t[1].column)
        }
        return (id, String(zoneComma ? t[3].text.dropLast() : t[3].text))
    }
}
