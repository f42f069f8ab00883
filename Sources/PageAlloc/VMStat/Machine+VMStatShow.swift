extension Machine {
    /// The /proc/vmstat counters the model keeps, summed over the zones as the kernel sums
    /// them (event counters such as pgalloc_* are not kept).
    ///
    /// Models: `vmstat_show()` (mm/vmstat.c): `"%s %lu"` per item.
    public func vmstat() -> String {
        let populated = zones.indices.filter { zones[$0].isPopulated }
        let free = populated.reduce(0) { $0 + zones[$1].freePages }
        let blocks = populated.reduce(0) { $0 + nrFreePagesBlocks(zone: $1) }
        let inactiveFile = populated.reduce(0) { $0 + zones[$1].nrZoneInactiveFile }
        let writePending = populated.reduce(0) { $0 + zones[$1].nrZoneWritePending }
        let hugetlb = (0..<nodeCount).reduce(0) { $0 + nrHugetlb(node: $1) }
        return [
            ("nr_free_pages", free), ("nr_free_pages_blocks", blocks), ("nr_zone_inactive_file", inactiveFile),
            ("nr_zone_write_pending", writePending), ("nr_inactive_file", inactiveFile),
            ("nr_file_pages", inactiveFile),
            ("nr_dirty", writePending), ("nr_hugetlb", hugetlb),
        ].map { "\($0.0) \($0.1)\n" }.joined()
    }
}
