extension Machine {
    /// Checks the page cache; returns one message per violation.
    ///
    /// Every file LRU entry is an in-use (not free) first page of a folio with PG_lru, aligned
    /// to its order, holding at least the page cache's `folio_nr_pages()` references and a file
    /// mapping, on its own node's list; the zones' NR_ZONE_INACTIVE_FILE and
    /// NR_ZONE_WRITE_PENDING match the lists.
    func pageCacheInvariantProblems() -> [String] {
        var problems: [String] = []
        var filePages = Array(repeating: 0, count: zones.count)
        var dirtyPages = Array(repeating: 0, count: zones.count)
        let flags = memmap.flags
        let refcount = memmap.refcount
        let zoneOfPfn = memmap.zoneIndex
        let links = memmap.links
        let nodeOfZone = zones.map(\.node)
        for (node, list) in nodes.map(\.fileLRU).enumerated() {
            var entries = 0
            var p = list.first
            while p >= 0 && entries <= list.count {
                let pfn = Int(p)
                p = links[pfn].next
                entries += 1
                let order = Int(memmap.lruFolioOrder[pfn])
                let z = Int(zoneOfPfn[pfn])
                guard z != Int(MemMap.noZone) else {
                    problems.append("\(Machine.folioName(pfn)) is in no zone")
                    continue
                }
                if nodeOfZone[z] != node {
                    problems.append("\(Machine.folioName(pfn)) is on node \(node)'s LRU but in node \(nodeOfZone[z])")
                }
                if !flags[pfn].contains(.lru) { problems.append("\(Machine.folioName(pfn)) lacks PG_lru") }
                if memmap.isBuddy(pfn) { problems.append("\(Machine.folioName(pfn)) is a free buddy block") }
                if refcount[pfn] < memmap.folioNrPages(pfn) {
                    problems.append("\(Machine.folioName(pfn)) has refcount \(refcount[pfn]), below folio_nr_pages")
                }
                if memmap.folioMapping[pfn] != .file {
                    problems.append("\(Machine.folioName(pfn)) has no file mapping")
                }
                if pfn & ((1 << order) - 1) != 0 {
                    problems.append("\(Machine.folioName(pfn)) is not aligned to its order \(order)")
                }
                filePages[z] += 1 << order
                if flags[pfn].contains(.dirty) { dirtyPages[z] += 1 << order }
            }
            if entries != list.count {
                problems.append("node \(node) file LRU has \(entries) entries, count says \(list.count)")
            }
        }
        for (z, zone) in zones.enumerated() where zone.isPopulated {
            let name = "Node \(zone.node) \(zone.type.name)"
            if zone.nrZoneInactiveFile != filePages[z] {
                problems.append(
                    "\(name): NR_ZONE_INACTIVE_FILE is \(zone.nrZoneInactiveFile), the LRU holds \(filePages[z])")
            }
            if zone.nrZoneWritePending != dirtyPages[z] {
                problems.append(
                    "\(name): NR_ZONE_WRITE_PENDING is \(zone.nrZoneWritePending), the LRU holds \(dirtyPages[z])")
            }
        }
        return problems
    }

    /// How an invariant message names the page-cache folio at `pfn`.
    private static func folioName(_ pfn: Int) -> String { "page-cache folio at pfn 0x\(String(pfn, radix: 16))" }
}
