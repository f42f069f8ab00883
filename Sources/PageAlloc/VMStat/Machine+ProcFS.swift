extension Machine {
    /// /proc/buddyinfo of the simulated machine.
    ///
    /// Models: `frag_show()` (mm/vmstat.c).
    public func buddyinfo() -> String { buddyinfoSnapshot().text }

    /// The free block counts /proc/buddyinfo would show: every populated zone of every
    /// node, `free_area[order].nr_free` per order.
    ///
    /// Models: `frag_show()` / `frag_show_print()` (mm/vmstat.c).
    public func buddyinfoSnapshot() -> Buddyinfo {
        Buddyinfo(
            rows: zones.enumerated().filter { $0.element.isPopulated }.map { _, zone in
                Buddyinfo.Row(node: zone.node, zone: zone.type.name, nrFree: zone.freeArea.map(\.nrFree))
            })
    }

    /// /proc/pagetypeinfo of the simulated machine.
    ///
    /// Models: `pagetypeinfo_show()` (mm/vmstat.c).
    public func pagetypeinfo() -> String { pagetypeinfoSnapshot().text }

    /// The numbers /proc/pagetypeinfo would show: for each node with memory, the length of
    /// every free list and the migratetype of every pageblock of each populated zone.
    ///
    /// Models: `pagetypeinfo_show()`, `pagetypeinfo_showfree_print()` and
    /// `pagetypeinfo_showblockcount_print()` (mm/vmstat.c). The block walk starts at the
    /// zone's first pfn, which need not be pageblock aligned, steps by pageblock_nr_pages and
    /// counts a step only when `pfn_to_online_page()` finds a page of this zone there.
    public func pagetypeinfoSnapshot() -> Pagetypeinfo {
        let online = onlineSections()
        var nodes: [Pagetypeinfo.Node] = []
        for node in 0..<nodeCount {
            var rows: [Pagetypeinfo.ZoneRows] = []
            for type in ZoneType.allCases {
                let z = Machine.zoneIndex(node: node, type: type)
                let zone = zones[z]
                guard zone.isPopulated else { continue }
                let free = MigrateType.allCases.map { mt in
                    zone.freeArea.map { min($0.freeList[mt.rawValue].count, Pagetypeinfo.listCountCap) }
                }
                var blocks = Array(repeating: 0, count: MigrateType.count)
                for pfn in stride(from: zone.startPfn, to: zone.endPfn, by: Kernel.pageblockNrPages)
                where online.contains(pfn >> Kernel.pfnSectionShift) && zoneIndex(ofPfn: pfn) == z {
                    blocks[pageblockMigratetype(pfn).rawValue] += 1
                }
                rows.append(Pagetypeinfo.ZoneRows(zone: type.name, free: free, blocks: blocks))
            }
            guard !rows.isEmpty else { continue }
            nodes.append(
                Pagetypeinfo.Node(
                    id: node, pageblockOrder: Kernel.pageblockOrder, pagesPerBlock: Kernel.pageblockNrPages,
                    typeNames: MigrateType.allCases.map(\.name), zones: rows))
        }
        return Pagetypeinfo(nodes: nodes)
    }

    /// Whether the kernel has an online struct page for `pfn`.
    ///
    /// Models: `pfn_to_online_page()` (mm/memory_hotplug.c) for memory present at boot:
    /// with SPARSEMEM every 128 MiB section that holds some boot memory is online as a whole,
    /// holes inside it included; sections without memory have no struct pages.
    func pfnToOnlinePage(_ pfn: Int) -> Bool {
        onlineSections().contains(pfn >> Kernel.pfnSectionShift) && zoneIndex(ofPfn: pfn) != nil
    }

    /// The memory sections holding some present page of the layout.
    private func onlineSections() -> Set<Int> {
        var sections = Set<Int>()
        for zone in layout.zones {
            for range in zone.presentRanges where !range.isEmpty {
                let first = range.lowerBound >> Kernel.pfnSectionShift
                let last = (range.upperBound - 1) >> Kernel.pfnSectionShift
                sections.formUnion(first...last)
            }
        }
        return sections
    }
}
