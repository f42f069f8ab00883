/// What an allocation asked for, worked out once at its start.
///
/// Models: `struct alloc_context` (mm/internal.h). As `ac->zonelist` points into
/// `NODE_DATA(nid)->node_zonelists[]`, the context names the node and which of its zonelists
/// rather than holding a copy (see `Machine.zonelist(of:)`), so that starting an allocation
/// copies no array.
public struct AllocContext: Sendable, Equatable {
    /// The node whose zonelist `zonelist` is (`node_zonelist(nid, gfp)`).
    public var node: Int
    /// Whether `zonelist` is the node's ZONELIST_NOFALLBACK (`__GFP_THISNODE`) rather than its
    /// ZONELIST_FALLBACK.
    public var noFallback: Bool
    /// `preferred_zoneref`: the position in `zonelist` of the first usable zone.
    public var preferredIndex: Int
    /// The number of zonerefs on `zonelist` (the kernel's ends with a NULL zone).
    public var zonelistCount: Int
    /// `preferred_zoneref->zone`: the preferred zone's flat index.
    public var preferredZone: Int
    /// `migratetype`.
    public var migratetype: MigrateType
    /// `highest_zoneidx`.
    public var highestZone: ZoneType
}

extension Machine {
    /// `ac->zonelist`: flat zone indices in fallback order.
    public func zonelist(of ac: AllocContext) -> [Int] {
        ac.noFallback ? nodes[ac.node].zonelistNoFallback : nodes[ac.node].zonelistFallback
    }

    /// The zone at `position` on `ac->zonelist`, read in place.
    @inline(__always)
    mutating func zoneref(_ ac: AllocContext, _ position: Int) -> Int {
        ac.noFallback ? nodes[ac.node].zonelistNoFallback[position] : nodes[ac.node].zonelistFallback[position]
    }
}
