/// The contents of /proc/buddyinfo: for each populated zone, the number of free blocks of
/// each order.
///
/// Models: the output of `frag_show()` / `frag_show_print()` (mm/vmstat.c): one line per
/// populated zone of each online node, `free_area[order].nr_free` for orders 0 to
/// MAX_PAGE_ORDER (blocks on every migratetype's list; pages on per-CPU lists are not free
/// in the buddy sense and are not counted).
public struct Buddyinfo: Sendable, Equatable {
    /// One zone's line.
    public struct Row: Sendable, Equatable {
        /// `pgdat->node_id`.
        public var node: Int
        /// `zone->name`.
        public var zone: String
        /// `free_area[order].nr_free` for each order.
        public var nrFree: [Int]

        /// A row for `zone` of `node`.
        public init(node: Int, zone: String, nrFree: [Int]) {
            self.node = node
            self.zone = zone
            self.nrFree = nrFree
        }
    }

    /// The lines, in print order.
    public var rows: [Row]

    /// A buddyinfo made of `rows`.
    public init(rows: [Row]) { self.rows = rows }

    /// The file as the kernel prints it: `"Node %d, zone %8s "`, then `"%6lu "` per order,
    /// then a newline.
    ///
    /// Models: `frag_show_print()` (mm/vmstat.c).
    public var text: String {
        rows.map { row in
            "Node \(row.node), zone \(CFormat.right(row.zone, 8)) "
                + row.nrFree.map { CFormat.right($0, 6) + " " }.joined() + "\n"
        }.joined()
    }
}
