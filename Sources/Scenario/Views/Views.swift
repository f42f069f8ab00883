import PageAlloc

/// Text views of the simulation that have no /proc file of their own.
enum Views {
    /// Every populated zone's watermarks, boost, free pages and lowmem reserves.
    static func watermarks(_ m: Machine) -> String {
        var rows = [["zone", "free", "min", "low", "high", "promo", "boost", "protection"]]
        for zone in m.zones where zone.isPopulated {
            rows.append([
                "Node \(zone.node) \(zone.type.name)", "\(zone.freePages)", "\(zone.minWatermark)",
                "\(zone.lowWatermark)",
                "\(zone.highWatermark)", "\(zone.promoWatermark)", "\(zone.watermarkBoost)",
                "(" + zone.lowmemReserve.map(String.init).joined(separator: ", ") + ")",
            ])
        }
        return table(rows, leftAligned: [0, 7]) + "min_free_kbytes \(m.sysctl.minFreeKbytes), "
            + "watermark_scale_factor \(m.sysctl.watermarkScaleFactor), totalreserve_pages \(m.totalreservePages())\n"
    }

    /// One zone's block of /proc/zoneinfo on the current node, with the node's counters when
    /// the kernel prints them there (before the node's first populated zone).
    static func zoneinfo(_ m: Machine, zone type: ZoneType) -> String {
        let header = "Node \(m.currentNode), zone \(type.name.leftPadded(to: 8))"
        var out = ""
        var inZone = false
        for line in m.zoneinfo().split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Node ") { inZone = line == header }
            if inZone { out += line + "\n" }
        }
        return out
    }

    /// Every populated zone's per-CPU lists: their tuning and what each list holds, head to
    /// tail, the first `limit` pfns of each (all of them when nil).
    static func pcp(_ m: Machine, limit: Int? = 8) -> String {
        var out = ""
        for (z, zone) in m.zones.enumerated() where zone.isPopulated {
            for (cpu, pcp) in m.zones.pcps(of: z).enumerated() {
                out +=
                    "Node \(zone.node), zone \(zone.type.name.leftPadded(to: 8)), cpu \(cpu): count \(pcp.count) high \(pcp.high) "
                    + "batch \(pcp.batch) high_min \(pcp.highMin) high_max \(pcp.highMax) "
                    + "alloc_factor \(pcp.allocFactor) free_count \(pcp.freeCount)\n"
                for pindex in 0..<PerCPUPages.listCount where !pcp.lists[pindex].isEmpty {
                    let order = PerCPUPages.order(ofPindex: pindex)
                    let type =
                        pindex >= PerCPUPages.lowOrderLists
                        ? (pindex == PerCPUPages.lowOrderLists ? "non-Movable THP" : "Movable THP")
                        : MigrateType(rawValue: pindex % MigrateType.pcpTypes)!.name
                    let pfns = m.memmap.entries(of: pcp.lists[pindex])
                    let shown = pfns.prefix(limit ?? pfns.count).map(\.hex).joined(separator: " ")
                    out +=
                        "  lists[\(pindex)] order \(order) \(type): \(pfns.count) block\(pfns.count == 1 ? "" : "s"): "
                        + shown + (pfns.count > (limit ?? pfns.count) ? " ..." : "") + "\n"
                }
            }
        }
        return out
    }

    /// Every node's zonelists, as `build_zonelists()` ordered them.
    static func zonelists(_ m: Machine) -> String {
        var out = ""
        for node in 0..<m.nodeCount {
            let name = { (z: Int) -> String in "Node \(m.zones[z].node) \(m.zones[z].type.name)" }
            out +=
                "Node \(node) ZONELIST_FALLBACK: " + m.nodes[node].zonelistFallback.map(name).joined(separator: ", ")
                + "\n"
            if m.nodeCount > 1 {
                out +=
                    "Node \(node) ZONELIST_NOFALLBACK: "
                    + m.nodes[node].zonelistNoFallback.map(name).joined(separator: ", ")
                    + "\n"
            }
        }
        return out
    }

    /// Right-aligned columns, except the listed ones, separated by two spaces.
    static func table(_ rows: [[String]], leftAligned: Set<Int>) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                leftAligned.contains(column)
                    ? cell.rightPadded(to: widths[column]) : cell.leftPadded(to: widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
