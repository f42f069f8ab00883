import PageAlloc

/// One free block that an operation took off or put on a free list.
///
/// Describes a change of `zone->free_area[order].free_list[migratetype]`
/// (include/linux/mmzone.h) over an operation; printed as
/// `free_list[4][Movable] +0x100010`.
public struct BuddyChange: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whether the block left or joined the list.
    public enum Kind: Int, Sendable, Hashable, Comparable, Codable {
        /// The block was on the list before and is not after.
        case removed = 0
        /// The block is on the list after and was not before.
        case added = 1

        /// `-` or `+`.
        public var sign: String { self == .removed ? "-" : "+" }

        /// Removals sort before additions.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The flat index of the zone in `Machine.zones`.
    public var zone: Int
    /// The zone's node.
    public var node: Int
    /// The zone's type.
    public var zoneType: ZoneType
    /// The order of the block and of its list.
    public var order: Int
    /// The migratetype of the list.
    public var migratetype: MigrateType
    /// The pfn of the block's first page.
    public var pfn: Int
    /// Whether the block was removed or added.
    public var kind: Kind

    /// A change of the list `free_list[order][migratetype]` of the zone at flat index `zone`.
    public init(zone: Int, node: Int, zoneType: ZoneType, order: Int, migratetype: MigrateType, pfn: Int, kind: Kind) {
        self.zone = zone
        self.node = node
        self.zoneType = zoneType
        self.order = order
        self.migratetype = migratetype
        self.pfn = pfn
        self.kind = kind
    }

    /// The number of pages in the block.
    public var pages: Int { 1 << order }

    /// The list and the block: `free_list[4][Movable] +0x100010`.
    public var description: String { "free_list[\(order)][\(migratetype.name)] \(kind.sign)\(pfn.hex)" }

    /// The same with its zone first: `Node 0, zone Normal: free_list[4][Movable] +0x100010`.
    public var descriptionWithZone: String { "Node \(node), zone \(zoneType.name): \(description)" }

    /// The list the change belongs to.
    var list: FreeListID { FreeListID(zone: zone, order: order, migratetype: migratetype) }

    /// Zone, order, migratetype, removals before additions, then pfn.
    public static func < (lhs: BuddyChange, rhs: BuddyChange) -> Bool {
        (lhs.zone, lhs.order, lhs.migratetype.rawValue, lhs.kind.rawValue, lhs.pfn)
            < (rhs.zone, rhs.order, rhs.migratetype.rawValue, rhs.kind.rawValue, rhs.pfn)
    }
}
