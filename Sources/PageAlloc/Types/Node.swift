/// One memory node: its zonelists, its file LRU and its kswapd's state. Its zones are the
/// `Kernel.maxNrZones` entries of `Machine.zones` from `Machine.zoneIndex(node:type:)` on.
///
/// Models: `struct pglist_data` / `NODE_DATA(nid)` (include/linux/mmzone.h), the fields the
/// model uses; an empty node is what `pgdat_init_internals()` and `lruvec_init()`
/// (mm/mm_init.c, mm/mmzone.c) leave: empty LRU lists, no kswapd failures.
public struct Node: Sendable {
    /// `node_id`.
    public let id: Int
    /// `node_zonelists[ZONELIST_FALLBACK]`: flat zone indices, nearest node first, highest zone
    /// first within a node.
    public internal(set) var zonelistFallback: [Int] = []
    /// `node_zonelists[ZONELIST_NOFALLBACK]`: the node's own zones only (`__GFP_THISNODE`).
    public internal(set) var zonelistNoFallback: [Int] = []
    /// The inactive file LRU list of page-cache folios (`__lruvec.lists[LRU_INACTIVE_FILE]`):
    /// youngest first, reclaimed from the tail.
    public internal(set) var fileLRU = PageList()
    /// `kswapd_failures`: kswapd runs in a row that reclaimed nothing.
    public internal(set) var kswapdFailures = 0

    init(id: Int) { self.id = id }
}
