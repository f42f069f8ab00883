/// A simulated machine: its nodes, zones, page frames, pageblocks and CPUs, and the state of
/// the page allocator on them.
///
/// Models: the global state of mm/page_alloc.c and mm/mm_init.c for a set of
/// `pg_data_t` nodes (`NODE_DATA(nid)->node_zones[]`). The machine is a value: copying it is a
/// cheap snapshot (copy-on-write arrays); walkthroughs record free-list events instead.
/// Every operation is deterministic.
public struct Machine: Sendable {
    /// Where the memory is.
    public let layout: MachineLayout
    /// Every zone of every node, node-major: the zone of type `t` on node `n` is at
    /// `n * Kernel.maxNrZones + t.rawValue`, populated or not.
    public internal(set) var zones: ZoneTable
    /// The page frames, pfn 0 to `layout.endPfn`.
    public internal(set) var memmap: MemMap
    /// The migratetype bits of each pageblock (`pfn >> pageblock_order`): the low 3 bits are
    /// the type, bit 7 is `PB_migrate_isolate`.
    var pageblockBits: [UInt8]
    /// The `vm.*` sysctls.
    public internal(set) var sysctl = VMSysctl()
    /// `page_group_by_mobility_disabled`: set at boot on machines too small for grouping.
    public internal(set) var pageGroupByMobilityDisabled = false
    /// The build options and CPU cache geometry the machine booted with.
    public let config: KernelConfig
    /// `totalreserve_pages`, set by `calculateTotalreservePages()`.
    var totalreserve = 0
    /// Whether transparent huge pages are enabled (`hugepage_pmd_enabled()`).
    var thpEnabled: Bool
    /// `NODE_DATA(nid)` of every node, by node id: zonelists, file LRU, kswapd state.
    public internal(set) var nodes: [Node]
    /// The CPU whose per-CPU lists and node the next operations use.
    public var currentCPU = 0
    /// The tracepoints, the entered kernel functions and the kernel log the model records
    /// about itself; nothing the allocator reads.
    public var instrumentation = Instrumentation()

    // Reclaim, compaction, OOM and hugetlb state (issue "Simulation fidelity part 2", items 6-7).
    /// `current->comm`: the name of the task the modelled allocations run in.
    public var comm = "mmbook"
    /// `current->pid`: the pid of that task, as `WARNING:` headers and trace lines
    /// (`mmbook-1000`) print it.
    public var pid = 1000
    /// The `WARN_ON_ONCE()` sites of mm/page_alloc.c that have fired since boot, by source
    /// line: each warns once (its `__warned` flag), then stays silent.
    var warnedOnce: Set<Int> = []
    /// The context of `current` and its CPU that the allocator reads: scope flags, interrupt
    /// state, scheduling policy.
    public var task = TaskContext()
    /// The `/proc/vmstat` event counters the model keeps.
    public internal(set) var vmEvents = VMEventCounters()
    /// `hstates[]`: the 2 MiB (default) and 1 GiB hugetlb pools.
    public internal(set) var hstates: [Hstate] = []
    /// `jiffies`: the simulated clock, in ticks of `Kernel.hz` since boot. Nothing advances it
    /// but its users (a scenario advances it per statement and with `msleep()`).
    public var jiffies = 0
    /// `nopage_rs`, `warn_alloc()`'s rate limit: one warning per 10 seconds.
    var nopageRatelimit = RatelimitState(interval: 10 * Kernel.hz, burst: 1)

    /// The isolate bit of `pageblockBits`.
    static let isolateBit: UInt8 = 0x80

    /// The flat index of the zone of `type` on `node`.
    public static func zoneIndex(node: Int, type: ZoneType) -> Int { node * Kernel.maxNrZones + type.rawValue }

    /// The number of CPUs.
    public var cpuCount: Int { layout.cpuNodes.count }

    /// The number of nodes.
    public var nodeCount: Int { layout.nodeCount }

    /// `numa_node_id()` of the current CPU.
    public var currentNode: Int { layout.cpuNodes[currentCPU] }

    /// `page_zone(pfn_to_page(pfn))` as a flat zone index, or nil for a pfn without a zone.
    @inline(__always)
    public func zoneIndex(ofPfn pfn: Int) -> Int? {
        guard pfn >= 0, pfn < memmap.count else { return nil }
        let z = memmap.zoneIndex[pfn]
        return z == MemMap.noZone ? nil : Int(z)
    }

    /// `get_pfnblock_migratetype(page, pfn)` (mm/page_alloc.c): Isolate when the isolate bit is
    /// set, else the stored type.
    @inline(__always)
    public func pageblockMigratetype(_ pfn: Int) -> MigrateType {
        let bits = pageblockBits[pfn >> Kernel.pageblockOrder]
        if bits & Machine.isolateBit != 0 { return .isolate }
        return MigrateType.numbered(Int(bits & 0x7))
    }

    /// `set_pageblock_migratetype(page, migratetype)` (mm/page_alloc.c:528-548): with mobility
    /// grouping off, every per-CPU type is stored as UNMOVABLE (mm/page_alloc.c:531-533);
    /// Isolate is set with `toggle_pageblock_isolate()` instead, as in 6.17+.
    mutating func setPageblockMigratetype(_ pfn: Int, _ migratetype: MigrateType) {
        precondition(migratetype != .isolate, "isolation uses toggle_pageblock_isolate")
        var migratetype = migratetype
        if pageGroupByMobilityDisabled && migratetype.rawValue < MigrateType.pcpTypes { migratetype = .unmovable }
        let index = pfn >> Kernel.pageblockOrder
        pageblockBits[index] = (pageblockBits[index] & Machine.isolateBit) | UInt8(migratetype.rawValue)
    }

    /// `change_pageblock_range(page, start_order, migratetype)`: sets the type of every
    /// pageblock of a block of `order` >= pageblock_order.
    mutating func changePageblockRange(_ pfn: Int, order: Int, _ migratetype: MigrateType) {
        var block = pfn
        let end = pfn + (1 << order)
        while block < end {
            setPageblockMigratetype(block, migratetype)
            block += Kernel.pageblockNrPages
        }
    }
}
