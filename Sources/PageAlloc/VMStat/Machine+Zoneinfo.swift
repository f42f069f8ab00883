extension Machine {
    /// /proc/zoneinfo of the simulated machine.
    ///
    /// Models: `zoneinfo_show()` (mm/vmstat.c); see `zoneinfoSnapshot()` for what the
    /// numbers come from.
    public func zoneinfo() -> String { zoneinfoSnapshot().text }

    /// The numbers /proc/zoneinfo would show for the simulated machine: every zone of every
    /// node, populated or not.
    ///
    /// Models: `zoneinfo_show_print()` (mm/vmstat.c). `pages free` and `nr_free_pages` are
    /// the model's NR_FREE_PAGES, `nr_free_pages_blocks` is counted from the free lists,
    /// watermarks include the boost, the pagesets are each CPU's `per_cpu_pages` with
    /// `calculate_normal_threshold()`. The model's page cache gives `nr_zone_inactive_file`
    /// and `nr_zone_write_pending` per zone and `nr_inactive_file`, `nr_file_pages` and
    /// `nr_dirty` per node (all of it is on the inactive file list), `nr_hugetlb` counts the
    /// hugetlb pages in use on the node; `node_unreclaimable` is
    /// `kswapd_failures >= MAX_RECLAIM_RETRIES`. Counters the model does not track (anonymous
    /// memory, slab, NUMA events, ...) print 0, as does `cma` (no CONFIG_CMA).
    public func zoneinfoSnapshot() -> Zoneinfo {
        var nodes: [Zoneinfo.Node] = []
        for node in 0..<nodeCount {
            let nodeZones = ZoneType.allCases.map { Machine.zoneIndex(node: node, type: $0) }
            let hasMemory = nodeZones.contains { zones[$0].isPopulated }
            let filePages = nodeZones.reduce(0) { $0 + zones[$1].nrZoneInactiveFile }
            let dirtyPages = nodeZones.reduce(0) { $0 + zones[$1].nrZoneWritePending }
            let stats =
                hasMemory
                ? NodeStatItem.allCases.map { item -> Zoneinfo.Counter in
                    switch item {
                    case .nrInactiveFile, .nrFilePages: Zoneinfo.Counter(name: item.rawValue, value: filePages)
                    case .nrDirty: Zoneinfo.Counter(name: item.rawValue, value: dirtyPages)
                    case .nrHugetlb: Zoneinfo.Counter(name: item.rawValue, value: nrHugetlb(node: node))
                    default: Zoneinfo.Counter(name: item.rawValue, value: 0)
                    }
                } : []
            nodes.append(Zoneinfo.Node(id: node, stats: stats, zones: nodeZones.map(zoneinfoZone)))
        }
        return Zoneinfo(nodes: nodes)
    }

    /// One zone's block of /proc/zoneinfo.
    private func zoneinfoZone(_ z: Int) -> Zoneinfo.Zone {
        let zone = zones[z]
        var counters: [Zoneinfo.Counter] = []
        var pagesets: [Zoneinfo.Pageset] = []
        if zone.isPopulated {
            for item in ZoneStatItem.allCases {
                let value: Int
                switch item {
                case .nrFreePages: value = zone.freePages
                case .nrFreePagesBlocks: value = nrFreePagesBlocks(zone: z)
                case .nrZoneInactiveFile: value = zone.nrZoneInactiveFile
                case .nrZoneWritePending: value = zone.nrZoneWritePending
                default: value = 0
                }
                counters.append(Zoneinfo.Counter(name: item.rawValue, value: value))
            }
            counters += NUMAStatItem.allCases.map { Zoneinfo.Counter(name: $0.rawValue, value: 0) }
            let threshold = calculateNormalThreshold(zone: z)
            pagesets = zones.pcps(of: z).enumerated().map { cpu, pcp in
                Zoneinfo.Pageset(
                    cpu: cpu, count: pcp.count, high: pcp.high, batch: pcp.batch, highMin: pcp.highMin,
                    highMax: pcp.highMax, statThreshold: threshold)
            }
        }
        return Zoneinfo.Zone(
            name: zone.type.name, pagesFree: zone.freePages, boost: zone.watermarkBoost, min: zone.minWatermark,
            low: zone.lowWatermark, high: zone.highWatermark, promo: zone.promoWatermark,
            spanned: zone.spannedPages, present: zone.presentPages, managed: zone.managedPages, cma: 0,
            protection: zone.lowmemReserve, counters: counters, pagesets: pagesets,
            nodeUnreclaimable: nodes[zone.node].kswapdFailures >= Machine.maxReclaimRetries,
            startPfn: zone.startPfn)
    }
}
