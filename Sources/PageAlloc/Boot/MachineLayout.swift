/// Where a simulated machine's memory is: its nodes, the zones of each node, which pfns of a
/// zone exist (present) and which of those boot hands to the buddy allocator (free), and
/// which node each CPU belongs to.
///
/// Models the outcome of the architecture's memory detection and of `free_area_init()`
/// (mm/mm_init.c): `zone_start_pfn`, `spanned_pages`, `present_pages`, and the memblock
/// ranges that `memblock_free_all()` frees. Pages that are present but not free are the
/// memblock reservations (kernel image, memmap, firmware areas); they stay PageReserved.
public struct MachineLayout: Sendable, Equatable {
    /// One zone of one node.
    public struct ZoneLayout: Sendable, Equatable {
        public var node: Int
        public var type: ZoneType
        /// `zone_start_pfn`.
        public var startPfn: Int
        /// `spanned_pages`: the zone covers `startPfn ..< startPfn + spannedPages`.
        public var spannedPages: Int
        /// The pfn ranges that have memory behind them (their sum is `present_pages`).
        public var presentRanges: [Range<Int>]
        /// The pfn ranges that boot frees to the buddy allocator, ascending (their sum is
        /// `managed_pages` after boot).
        public var freeRanges: [Range<Int>]

        public init(
            node: Int, type: ZoneType, startPfn: Int, spannedPages: Int,
            presentRanges: [Range<Int>], freeRanges: [Range<Int>]
        ) {
            self.node = node
            self.type = type
            self.startPfn = startPfn
            self.spannedPages = spannedPages
            self.presentRanges = presentRanges
            self.freeRanges = freeRanges
        }

        /// `present_pages`.
        public var presentPages: Int { presentRanges.reduce(0) { $0 + $1.count } }
        /// The managed pages boot will produce.
        public var freePages: Int { freeRanges.reduce(0) { $0 + $1.count } }
        /// One past the last pfn of the zone.
        public var endPfn: Int { startPfn + spannedPages }
    }

    /// Populated zones only; empty zones of each node are implied.
    public var zones: [ZoneLayout]
    /// The number of NUMA nodes.
    public var nodeCount: Int
    /// The node of each CPU, indexed by CPU number.
    public var cpuNodes: [Int]
    /// `node_distance(a, b)`, indexed `[a][b]`; the ACPI SLIT defaults when not given.
    public var distances: [[Int]]

    public init(zones: [ZoneLayout], nodeCount: Int, cpuNodes: [Int], distances: [[Int]]? = nil) {
        self.zones = zones
        self.nodeCount = nodeCount
        self.cpuNodes = cpuNodes
        self.distances =
            distances
            ?? (0..<nodeCount).map { a in
                (0..<nodeCount).map { b in a == b ? 10 : 20 }
            }
    }

    /// One past the highest pfn of any zone.
    public var endPfn: Int { zones.map(\.endPfn).max() ?? 0 }
}
