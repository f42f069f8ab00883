extension Buddyinfo {
    /// /sys/kernel/debug/extfrag/extfrag_index for the zones of these rows.
    ///
    /// Models: `extfrag_show_print()` (mm/vmstat.c): `"Node %d, zone %8s "`, then for each
    /// order `__fragmentation_index()` printed `"%2d.%03d "` (so -1000 is `-1.000`), then a
    /// newline.
    public var extfragIndexText: String {
        rows.map { row in
            "Node \(row.node), zone \(CFormat.right(row.zone, 8)) "
                + (0..<row.nrFree.count).map { order in
                    let info = ContigPageInfo(nrFree: row.nrFree, suitableOrder: order)
                    return CFormat.thousandths(info.fragmentationIndex(order: order), width: 2) + " "
                }.joined() + "\n"
        }.joined()
    }

    /// /sys/kernel/debug/extfrag/unusable_index for the zones of these rows.
    ///
    /// Models: `unusable_show_print()` (mm/vmstat.c): `"Node %d, zone %8s "`, then for each
    /// order `unusable_free_index()` printed `"%d.%03d "`, then a newline.
    public var unusableIndexText: String {
        rows.map { row in
            "Node \(row.node), zone \(CFormat.right(row.zone, 8)) "
                + (0..<row.nrFree.count).map { order in
                    let info = ContigPageInfo(nrFree: row.nrFree, suitableOrder: order)
                    return CFormat.thousandths(info.unusableFreeIndex(order: order), width: 1) + " "
                }.joined() + "\n"
        }.joined()
    }
}
