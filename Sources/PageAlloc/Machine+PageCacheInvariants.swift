extension Machine {
    /// Checks the page cache; returns one message per violation.
    ///
    /// Every file LRU entry is an in-use (not free) first page of a folio with PG_lru, aligned
    /// to its order, referenced, on its own node's list; the zones' NR_ZONE_INACTIVE_FILE and
    /// NR_ZONE_WRITE_PENDING match the lists.
    func pageCacheInvariantProblems() -> [String] {
        var problems: [String] = []
        var filePages = Array(repeating: 0, count: zones.count)
        var dirtyPages = Array(repeating: 0, count: zones.count)
        for (node, list) in fileLRU.enumerated() {
            let entries = memmap.entries(of: list)
            if entries.count != list.count {
                problems.append("node \(node) file LRU has \(entries.count) entries, count says \(list.count)")
            }
            for pfn in entries {
                let what = "page-cache folio at pfn 0x\(String(pfn, radix: 16))"
                let order = Int(lruFolioOrder[pfn])
                guard let z = zoneIndex(ofPfn: pfn) else {
                    problems.append("\(what) is in no zone")
                    continue
                }
                if zones[z].node != node { problems.append("\(what) is on node \(node)'s LRU but in node \(zones[z].node)") }
                if !memmap.flags[pfn].contains(.lru) { problems.append("\(what) lacks PG_lru") }
                if memmap.isBuddy(pfn) { problems.append("\(what) is a free buddy block") }
                if memmap.refcount[pfn] < 1 { problems.append("\(what) has refcount \(memmap.refcount[pfn])") }
                if pfn & ((1 << order) - 1) != 0 { problems.append("\(what) is not aligned to its order \(order)") }
                filePages[z] += 1 << order
                if memmap.flags[pfn].contains(.dirty) { dirtyPages[z] += 1 << order }
            }
        }
        for (z, zone) in zones.enumerated() where zone.isPopulated {
            let name = "Node \(zone.node) \(zone.type.name)"
            if zone.nrZoneInactiveFile != filePages[z] {
                problems.append("\(name): NR_ZONE_INACTIVE_FILE is \(zone.nrZoneInactiveFile), the LRU holds \(filePages[z])")
            }
            if zone.nrZoneWritePending != dirtyPages[z] {
                problems.append("\(name): NR_ZONE_WRITE_PENDING is \(zone.nrZoneWritePending), the LRU holds \(dirtyPages[z])")
            }
        }
        return problems
    }
}
