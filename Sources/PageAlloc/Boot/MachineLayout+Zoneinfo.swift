extension MachineLayout {
    /// x86_64's `MAX_PHYSMEM_BITS` with 5-level paging (arch/x86/include/asm/sparsemem.h):
    /// no zone of a real machine ends beyond it.
    public static let maxPhysmemBits = 52
    /// One past the highest pfn a zone of a zoneinfo may reach.
    public static let maxPfn = 1 << (maxPhysmemBits - Kernel.pageShift)
    /// The most nodes a zoneinfo may list: `MAX_NUMNODES` with x86_64's largest
    /// `CONFIG_NODES_SHIFT` (10).
    public static let maxZoneinfoNodes = 1 << 10
    /// The most CPUs a zoneinfo may list: x86_64's largest `CONFIG_NR_CPUS` (8192, MAXSMP).
    public static let maxZoneinfoCPUs = 8192

    /// A layout with the nodes, zones, zone starts, spanned, present and managed pages and the
    /// number of CPUs of a machine whose /proc/zoneinfo is `text`.
    ///
    /// A zoneinfo does not say where a zone's holes and boot reservations are; this rule
    /// places them:
    /// - the zone's reserved pages (present minus managed) come first, from `start_pfn`;
    /// - its managed pages follow as one free range, started at the coarsest alignment
    ///   (MAX_ORDER_NR_PAGES, then pageblock_nr_pages, then smaller powers of two) that still
    ///   lets the range end inside the zone's span, so that boot frees large blocks; the gap
    ///   this leaves after the reservations is a hole;
    /// - the rest of the span, after the free range, is a hole.
    ///
    /// On a PC this reproduces ZONE_DMA exactly: 158 reserved pages at pfn 1 (the firmware
    /// pages below 640 KiB), a hole to 1 MiB, free pages from 1 MiB to 16 MiB.
    ///
    /// Unpopulated zones print no `start_pfn`, so they are left out (spanned 0). Every
    /// populated zone lists the online CPUs under `pagesets`; the layout gets as many. Which
    /// node a CPU is on is not printed either: each node's CPU count is the one that
    /// reproduces its zones' `high_min` and `high_max` by `zone_highsize()`, preferring CPUs
    /// spread round-robin over the nodes (CPU c on node c % nodes, as `x86(...)` does) and
    /// otherwise numbering them node by node; when no count fits, round-robin.
    ///
    /// Throws a `ProcFileError` naming the line of input that is malformed or that this
    /// model cannot represent (unknown zone names, node ids that do not count up from 0,
    /// more managed than present pages, overlapping zone spans, negative counts, zones that
    /// end beyond the physical address space).
    public static func fromZoneinfo(_ text: String) throws(ProcFileError) -> MachineLayout {
        var parser = ZoneinfoParser(text)
        let info = try parser.parse()
        let lines = ProcFileLine.split(text)
        func error(_ n: Int, _ z: Int, _ field: String, _ id: String, _ summary: String) -> ProcFileError {
            let number = parser.fieldLines[n][z][field] ?? parser.fieldLines[n][z]["header"] ?? 1
            return lines[number - 1].error(id, summary)
        }

        var zones: [ZoneLayout] = []
        var cpuIDs: [Int]?
        for (n, node) in info.nodes.enumerated() {
            guard n < maxZoneinfoNodes else {
                throw error(n, 0, "header", "too-many-nodes", "more than \(maxZoneinfoNodes) nodes (MAX_NUMNODES)")
            }
            guard node.id == n else {
                throw error(n, 0, "header", "node-numbering", "node ids must count up from 0; expected node \(n)")
            }
            var previous: ZoneType?
            for (z, zone) in node.zones.enumerated() {
                guard let type = zone.type else {
                    throw error(
                        n, z, "header", "unknown-zone",
                        "zone \(zone.name) is not one of "
                            + ZoneType.allCases.map(\.name).joined(separator: ", "))
                }
                if let previous, type <= previous {
                    throw error(n, z, "header", "zone-order", "zone \(zone.name) must come after zone \(previous.name)")
                }
                previous = type
                for (field, value) in [
                    ("start_pfn", zone.startPfn), ("spanned", zone.spanned), ("present", zone.present),
                    ("managed", zone.managed),
                ] where value < 0 {
                    throw error(n, z, field, "negative-count", "\(field) is negative (\(value))")
                }
                guard zone.startPfn <= MachineLayout.maxPfn && zone.spanned <= MachineLayout.maxPfn - zone.startPfn
                else {
                    throw error(
                        n, z, zone.startPfn > MachineLayout.maxPfn ? "start_pfn" : "spanned", "beyond-physical-memory",
                        "zone \(zone.name) of node \(n) ends beyond pfn \(MachineLayout.maxPfn.hex) "
                            + "(MAX_PHYSMEM_BITS = \(MachineLayout.maxPhysmemBits))")
                }
                guard zone.present <= zone.spanned else {
                    throw error(
                        n, z, "present", "present-exceeds-spanned",
                        "present pages (\(zone.present)) exceed spanned pages (\(zone.spanned))")
                }
                guard zone.managed <= zone.present else {
                    throw error(
                        n, z, "managed", "managed-exceeds-present",
                        "managed pages (\(zone.managed)) exceed present pages (\(zone.present))")
                }
                guard zone.isPopulated else { continue }
                let ids = zone.pagesets.map(\.cpu)
                if let cpuIDs, cpuIDs != ids {
                    throw error(n, z, "pagesets", "cpu-mismatch", "every populated zone lists the same online CPUs")
                }
                if ids.isEmpty { throw error(n, z, "pagesets", "no-cpus", "a populated zone lists at least one CPU") }
                cpuIDs = ids
                let layout = placeZone(node: n, type: type, zone: zone)
                if let overlap = zones.first(where: { $0.startPfn < layout.endPfn && layout.startPfn < $0.endPfn }) {
                    throw error(
                        n, z, "start_pfn", "zone-overlap",
                        "zone \(zone.name) of node \(n) overlaps "
                            + "zone \(overlap.type.name) of node \(overlap.node)")
                }
                zones.append(layout)
            }
        }
        guard let cpuIDs else {
            throw ProcFileError(line: 1, id: "no-populated-zone", summary: "the zoneinfo has no populated zone")
        }
        guard cpuIDs.count <= maxZoneinfoCPUs else {
            throw error(0, 0, "pagesets", "too-many-cpus", "more than \(maxZoneinfoCPUs) CPUs (NR_CPUS)")
        }
        let nodeCount = info.nodes.count
        return MachineLayout(zones: zones, nodeCount: nodeCount, cpuNodes: cpuNodes(info, cpus: cpuIDs.count))
    }

    /// The present and free ranges of a populated zone, by the rule of `fromZoneinfo(_:)`.
    private static func placeZone(node: Int, type: ZoneType, zone: Zoneinfo.Zone) -> ZoneLayout {
        let start = zone.startPfn
        let end = start + zone.spanned
        let reservedEnd = start + zone.present - zone.managed
        var alignment = 1 << Kernel.maxPageOrder
        var freeStart = reservedEnd
        while alignment > 1 {
            let aligned = (reservedEnd + alignment - 1) / alignment * alignment
            if aligned + zone.managed <= end {
                freeStart = aligned
                break
            }
            alignment >>= 1
        }
        let free = freeStart..<(freeStart + zone.managed)
        var present: [Range<Int>] = []
        if reservedEnd > start { present.append(start..<reservedEnd) }
        if !free.isEmpty {
            if let last = present.last, last.upperBound == free.lowerBound {
                present[present.count - 1] = last.lowerBound..<free.upperBound
            } else {
                present.append(free)
            }
        }
        return ZoneLayout(
            node: node, type: type, startPfn: start, spannedPages: zone.spanned,
            presentRanges: present, freeRanges: free.isEmpty ? [] : [free])
    }

    /// The node of each CPU, inferred from the per-CPU list sizes (see `fromZoneinfo(_:)`).
    ///
    /// Inverts `zone_highsize()` (mm/page_alloc.c) with `percpu_pagelist_high_fraction` 0:
    /// `high_min = max(low / cpus_of_node, 4 * batch)`, `high_max = max(managed / 8 /
    /// cpus_of_node, 4 * batch)`, where a node without CPUs divides by all online CPUs.
    private static func cpuNodes(_ info: Zoneinfo, cpus: Int) -> [Int] {
        let nodeCount = info.nodes.count
        let roundRobin = (0..<cpus).map { $0 % nodeCount }
        let candidates: [[Int]] = info.nodes.map { node in
            let fitting = (0...cpus).filter { count in
                node.zones.filter(\.isPopulated).allSatisfy { zone in
                    guard let pcp = zone.pagesets.first else { return true }
                    let split = count == 0 ? cpus : count
                    return max(zone.low / split, pcp.batch << 2) == pcp.highMin
                        && max(zone.managed / 8 / split, pcp.batch << 2) == pcp.highMax
                }
            }
            return fitting.filter { $0 > 0 } + fitting.filter { $0 == 0 }
        }
        let evenCounts = (0..<nodeCount).map { n in roundRobin.filter { $0 == n }.count }
        if zip(evenCounts, candidates).allSatisfy({ $1.contains($0) }) { return roundRobin }
        guard let counts = cpuCounts(candidates, cpus: cpus).counts else { return roundRobin }
        return counts.enumerated().flatMap { node, count in Array(repeating: node, count: count) }
    }

    /// The first CPU count per node, in the order of each node's `candidates`, that adds up to
    /// `cpus`, with the number of (node, CPUs left) states it evaluated. Each state is solved
    /// once (memoised), so the work is at most nodes × (cpus + 1) states, however many
    /// combinations fail: a plain backtracking search tried exponentially many.
    static func cpuCounts(_ candidates: [[Int]], cpus: Int) -> (counts: [Int]?, states: Int) {
        let nodeCount = candidates.count
        // choice[n][left]: nil when unsolved, -1 when no count fits, else the count chosen.
        var choice = Array(repeating: [Int?](repeating: nil, count: cpus + 1), count: nodeCount + 1)
        var states = 0
        func solve(_ n: Int, _ left: Int) -> Bool {
            if n == nodeCount { return left == 0 }
            if let known = choice[n][left] { return known >= 0 }
            states += 1
            var chosen = -1
            for count in candidates[n] where count <= left && solve(n + 1, left - count) {
                chosen = count
                break
            }
            choice[n][left] = chosen
            return chosen >= 0
        }
        guard solve(0, cpus) else { return (nil, states) }
        var counts: [Int] = []
        var left = cpus
        for n in 0..<nodeCount {
            let count = choice[n][left] ?? 0
            counts.append(count)
            left -= count
        }
        return (counts, states)
    }
}
