/// Reads a /proc/zoneinfo into a `Zoneinfo`, remembering which line each zone's fields came
/// from so that later checks can point at them.
///
/// The grammar is that of `zoneinfo_show_print()` (mm/vmstat.c) in 6.18; tokens may be
/// separated by any run of blanks, everything else must be where the kernel prints it.
struct ZoneinfoParser {
    /// The line numbers of one zone's fields, by label (`"header"`, `"present"`,
    /// `"managed"`, `"pagesets"`, ...).
    typealias FieldLines = [String: Int]

    private let lines: [ProcFileLine]
    private var index = 0
    /// `fieldLines[n][z]`: the field lines of zone `z` of the `n`th node printed.
    private(set) var fieldLines: [[FieldLines]] = []

    init(_ text: String) { lines = ProcFileLine.split(text) }

    /// The fixed `label value` lines between `pages free` and `cma`, in print order.
    private static let fixedFields: [[String]] = [
        ["pages", "free"], ["boost"], ["min"], ["low"], ["high"], ["promo"], ["spanned"], ["present"], ["managed"],
        ["cma"],
    ]

    /// Parses the whole text.
    mutating func parse() throws(ProcFileError) -> Zoneinfo {
        var nodes: [Zoneinfo.Node] = []
        var statsZone: [Int?] = []
        var statsLine: [Int] = []
        while index < lines.count {
            let header = lines[index]
            let (nodeID, name) = try zoneHeader(header)
            if nodes.last?.id != nodeID {
                if nodes.contains(where: { $0.id == nodeID }) {
                    throw header.error(
                        "node-out-of-order", "node \(nodeID) was already printed",
                        column: header.tokens[1].column)
                }
                nodes.append(Zoneinfo.Node(id: nodeID, stats: [], zones: []))
                fieldLines.append([])
                statsZone.append(nil)
                statsLine.append(0)
            }
            let n = nodes.count - 1
            if nodes[n].zones.contains(where: { $0.name == name }) {
                throw header.error("duplicate-zone", "zone \(name) of node \(nodeID) was already printed")
            }
            var fields: FieldLines = ["header": header.number]
            index += 1
            if let line = current, line.starts(with: ["per-node", "stats"]) {
                if statsZone[n] != nil {
                    throw line.error("misplaced-node-stats", "node \(nodeID) already printed its per-node stats")
                }
                statsZone[n] = nodes[n].zones.count
                statsLine[n] = line.number
                index += 1
                nodes[n].stats = try counters(until: ["pages", "free"])
            }
            let zone = try zoneBody(name: name, fields: &fields)
            nodes[n].zones.append(zone)
            fieldLines[n].append(fields)
        }
        for n in nodes.indices {
            let first = nodes[n].zones.firstIndex { $0.isPopulated }
            guard statsZone[n] != first else { continue }
            if statsZone[n] != nil {
                let summary =
                    first.map { "per-node stats belong before zone \(nodes[n].zones[$0].name)" }
                    ?? "node \(nodes[n].id) has no populated zone to print per-node stats before"
                throw lines[statsLine[n] - 1].error("misplaced-node-stats", summary)
            }
            if let first, let header = fieldLines[n][first]["header"] {
                throw lines[header - 1].error(
                    "missing-node-stats",
                    "the first populated zone of a node starts with its per-node stats")
            }
        }
        return Zoneinfo(nodes: nodes)
    }

    /// The line being read, nil at the end.
    private var current: ProcFileLine? { index < lines.count ? lines[index] : nil }

    /// The next line, or an error naming what was expected after the last line.
    private mutating func next(expecting what: String) throws(ProcFileError) -> ProcFileLine {
        guard let line = current else {
            let last = lines.last
            throw ProcFileError(
                line: (last?.number ?? 0) + 1, id: "unexpected-end",
                summary: "the text ends where \(what) was expected")
        }
        index += 1
        return line
    }

    /// `Node %d, zone %8s`.
    private func zoneHeader(_ line: ProcFileLine) throws(ProcFileError) -> (Int, String) {
        let t = line.tokens
        guard t.count == 4, t[0].text == "Node", t[1].text.hasSuffix(","), t[2].text == "zone" else {
            throw line.error("expected-zone-header", "expected 'Node <id>, zone <name>'", column: t.first?.column ?? 1)
        }
        guard let id = Int(t[1].text.dropLast()), id >= 0 else {
            throw line.error("bad-number", "'\(t[1].text.dropLast())' is not a node number", column: t[1].column)
        }
        return (id, String(t[3].text))
    }

    /// `name value` counter lines up to (not including) the line starting with `end`.
    private mutating func counters(until end: [String]) throws(ProcFileError) -> [Zoneinfo.Counter] {
        var out: [Zoneinfo.Counter] = []
        while let line = current, !line.starts(with: end) {
            guard line.tokens.count == 2 else {
                throw line.error(
                    "expected-counter", "expected '<counter> <value>' or '\(end.joined(separator: " "))'",
                    column: line.tokens.first?.column ?? 1)
            }
            out.append(Zoneinfo.Counter(name: String(line.tokens[0].text), value: try line.integer(at: 1)))
            index += 1
        }
        return out
    }

    /// From `pages free` to `start_pfn` (or to `protection` for an unpopulated zone).
    private mutating func zoneBody(name: String, fields: inout FieldLines) throws(ProcFileError) -> Zoneinfo.Zone {
        var values: [Int] = []
        for label in ZoneinfoParser.fixedFields {
            let line = try next(expecting: "'\(label.joined(separator: " "))'")
            values.append(try line.value(after: label))
            fields[label.joined(separator: " ")] = line.number
        }
        let protectionLine = try next(expecting: "'protection:'")
        let protection = try self.protection(protectionLine)
        var zone = Zoneinfo.Zone(
            name: name, pagesFree: values[0], boost: values[1], min: values[2], low: values[3], high: values[4],
            promo: values[5], spanned: values[6], present: values[7], managed: values[8], cma: values[9],
            protection: protection, counters: [], pagesets: [], nodeUnreclaimable: false, startPfn: 0)
        let hasDetails = current.map { !$0.starts(with: ["Node"]) } ?? false
        guard zone.isPopulated else {
            if hasDetails, let line = current {
                throw line.error(
                    "unexpected-zone-details",
                    "zone \(name) has no present pages, so the kernel prints nothing after protection")
            }
            return zone
        }
        guard hasDetails else {
            throw ProcFileError(
                line: protectionLine.number + 1, id: "missing-zone-details",
                summary: "populated zone \(name) needs its counters, pagesets and start_pfn")
        }
        zone.counters = try counters(until: ["pagesets"])
        fields["pagesets"] = try next(expecting: "'pagesets'").number
        while let line = current, line.starts(with: ["cpu:"]) {
            zone.pagesets.append(try pageset())
        }
        let unreclaimable = try next(expecting: "'node_unreclaimable:'")
        let flag = try unreclaimable.value(after: ["node_unreclaimable:"])
        guard flag == 0 || flag == 1 else {
            throw unreclaimable.error(
                "bad-number", "node_unreclaimable is 0 or 1",
                column: unreclaimable.tokens[1].column)
        }
        zone.nodeUnreclaimable = flag == 1
        let start = try next(expecting: "'start_pfn:'")
        zone.startPfn = try start.value(after: ["start_pfn:"])
        fields["start_pfn"] = start.number
        return zone
    }

    /// `protection: (%ld, %ld, ...)`.
    private func protection(_ line: ProcFileLine) throws(ProcFileError) -> [Int] {
        guard line.starts(with: ["protection:"]), line.tokens.count >= 2 else {
            throw line.error("expected-field", "expected 'protection: (...)'", column: line.tokens.first?.column ?? 1)
        }
        let list = line.tokens.dropFirst()
        let joined = list.map(\.text).joined(separator: " ")
        guard joined.hasPrefix("("), joined.hasSuffix(")") else {
            throw line.error("bad-protection", "the protection list is '(a, b, ...)'", column: list.first!.column)
        }
        var values: [Int] = []
        for (i, token) in list.enumerated() {
            var text = token.text
            if i == 0 { text = text.dropFirst() }
            if i == list.count - 1 { text = text.dropLast() } else if text.hasSuffix(",") { text = text.dropLast() }
            guard let value = Int(text) else {
                throw line.error("bad-number", "'\(token.text)' is not a protection value", column: token.column)
            }
            values.append(value)
        }
        return values
    }

    /// `cpu:` to `vm stats threshold:`.
    private mutating func pageset() throws(ProcFileError) -> Zoneinfo.Pageset {
        var v: [Int] = []
        for label in [
            ["cpu:"], ["count:"], ["high:"], ["batch:"], ["high_min:"], ["high_max:"],
            ["vm", "stats", "threshold:"],
        ] {
            v.append(try next(expecting: "'\(label.joined(separator: " "))'").value(after: label))
        }
        return Zoneinfo.Pageset(
            cpu: v[0], count: v[1], high: v[2], batch: v[3], highMin: v[4], highMax: v[5],
            statThreshold: v[6])
    }
}
