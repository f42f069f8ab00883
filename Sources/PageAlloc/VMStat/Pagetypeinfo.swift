/// The contents of /proc/pagetypeinfo: per node, the free blocks of each order on each
/// migratetype's list, and the number of pageblocks of each migratetype, per populated zone.
///
/// Models: the output of `pagetypeinfo_show()` (mm/vmstat.c): for every online node with
/// memory, the pageblock header, `pagetypeinfo_showfree()` and
/// `pagetypeinfo_showblockcount()` (the mixed-block table needs CONFIG_PAGE_OWNER and is not
/// modelled).
public struct Pagetypeinfo: Sendable, Equatable {
    /// `pagetypeinfo_showfree_print()` stops counting a list at this many entries and prints
    /// `>100000`.
    public static let listCountCap = 100_000

    /// One populated zone's rows in both tables.
    public struct ZoneRows: Sendable, Equatable {
        /// `zone->name`.
        public var zone: String
        /// `free[migratetype][order]`: entries on `free_area[order].free_list[migratetype]`
        /// (blocks, not pages), saturating at `listCountCap`.
        public var free: [[Int]]
        /// `blocks[migratetype]`: the zone's pageblocks of that type.
        public var blocks: [Int]

        /// The rows of `zone`.
        public init(zone: String, free: [[Int]], blocks: [Int]) {
            self.zone = zone
            self.free = free
            self.blocks = blocks
        }
    }

    /// One node's section.
    public struct Node: Sendable, Equatable {
        /// `pgdat->node_id`.
        public var id: Int
        /// `pageblock_order`.
        public var pageblockOrder: Int
        /// `pageblock_nr_pages`.
        public var pagesPerBlock: Int
        /// `migratetype_names[]`: the column set of this kernel configuration.
        public var typeNames: [String]
        /// The populated zones, in `node_zones[]` order.
        public var zones: [ZoneRows]

        /// A node's section.
        public init(id: Int, pageblockOrder: Int, pagesPerBlock: Int, typeNames: [String], zones: [ZoneRows]) {
            self.id = id
            self.pageblockOrder = pageblockOrder
            self.pagesPerBlock = pagesPerBlock
            self.typeNames = typeNames
            self.zones = zones
        }
    }

    /// The nodes with memory, in order.
    public var nodes: [Node]

    /// A pagetypeinfo made of `nodes`.
    public init(nodes: [Node]) { self.nodes = nodes }

    /// The file as the kernel prints it.
    ///
    /// Models: `pagetypeinfo_show()`, `pagetypeinfo_showfree()` (header `"%-43s "` and
    /// `"%6d "` per order; rows `"Node %4d, zone %8s, type %12s "` and `"%s%6lu "`) and
    /// `pagetypeinfo_showblockcount()` (header `"\n%-23s"` and `"%12s "` per type; rows
    /// `"Node %d, zone %8s "` and `"%12lu "`) in mm/vmstat.c.
    public var text: String {
        var out = ""
        for node in nodes {
            out += "Page block order: \(node.pageblockOrder)\n"
            out += "Pages per block:  \(node.pagesPerBlock)\n"
            out += "\n"
            let orders = node.zones.first?.free.first?.count ?? Kernel.nrPageOrders
            out += CFormat.left("Free pages count per migrate type at order", 43) + " "
            out += (0..<orders).map { CFormat.right($0, 6) + " " }.joined() + "\n"
            for zone in node.zones {
                for (type, counts) in zip(node.typeNames, zone.free) {
                    out += "Node \(CFormat.right(node.id, 4)), zone \(CFormat.right(zone.zone, 8)), type "
                    out += CFormat.right(type, 12) + " "
                    out += counts.map { count in
                        count >= Pagetypeinfo.listCountCap
                            ? ">" + CFormat.right(Pagetypeinfo.listCountCap, 6) + " " : CFormat.right(count, 6) + " "
                    }.joined()
                    out += "\n"
                }
            }
            out += "\n" + CFormat.left("Number of blocks type ", 23)
            out += node.typeNames.map { CFormat.right($0, 12) + " " }.joined() + "\n"
            for zone in node.zones {
                out += "Node \(node.id), zone \(CFormat.right(zone.zone, 8)) "
                out += zone.blocks.map { CFormat.right($0, 12) + " " }.joined() + "\n"
            }
        }
        return out
    }
}
