/// The contents of a /proc/zoneinfo: every online node and every zone of it, populated or
/// not, with the numbers the kernel printed.
///
/// Models: the output of `zoneinfo_show()` / `zoneinfo_show_print()` (mm/vmstat.c) in
/// Linux 6.18. A value can be read from a real file (`init(parsing:)`), made from a simulated
/// machine (`Machine.zoneinfoSnapshot()`), and printed back byte for byte (`text`).
public struct Zoneinfo: Sendable, Equatable {
    /// One `name value` counter line.
    public struct Counter: Sendable, Equatable {
        /// The `vmstat_text[]` name.
        public var name: String
        /// The value printed with `%lu`.
        public var value: Int

        /// A counter named `name` with `value`.
        public init(name: String, value: Int) {
            self.name = name
            self.value = value
        }
    }

    /// One CPU's entry under `pagesets`.
    ///
    /// Models: the fields of `struct per_cpu_pages` and `per_cpu_zonestat.stat_threshold`
    /// that `zoneinfo_show_print()` prints.
    public struct Pageset: Sendable, Equatable {
        /// The CPU number (`for_each_online_cpu`).
        public var cpu: Int
        /// `pcp->count`.
        public var count: Int
        /// `pcp->high`.
        public var high: Int
        /// `pcp->batch`.
        public var batch: Int
        /// `pcp->high_min`.
        public var highMin: Int
        /// `pcp->high_max`.
        public var highMax: Int
        /// `pzstats->stat_threshold`, printed as `vm stats threshold`.
        public var statThreshold: Int

        /// A pageset entry with every printed field.
        public init(cpu: Int, count: Int, high: Int, batch: Int, highMin: Int, highMax: Int, statThreshold: Int) {
            self.cpu = cpu
            self.count = count
            self.high = high
            self.batch = batch
            self.highMin = highMin
            self.highMax = highMax
            self.statThreshold = statThreshold
        }
    }

    /// One zone block.
    public struct Zone: Sendable, Equatable {
        /// `zone->name`: "DMA", "DMA32", "Normal", "Movable", "Device".
        public var name: String
        /// `pages free`: the `NR_FREE_PAGES` counter.
        public var pagesFree: Int
        /// `zone->watermark_boost`.
        public var boost: Int
        /// `min_wmark_pages(zone)` (boost included).
        public var min: Int
        /// `low_wmark_pages(zone)`.
        public var low: Int
        /// `high_wmark_pages(zone)`.
        public var high: Int
        /// `promo_wmark_pages(zone)`.
        public var promo: Int
        /// `zone->spanned_pages`.
        public var spanned: Int
        /// `zone->present_pages`.
        public var present: Int
        /// `zone_managed_pages(zone)`.
        public var managed: Int
        /// `zone_cma_pages(zone)`.
        public var cma: Int
        /// `zone->lowmem_reserve[]`, printed as `protection: (...)`.
        public var protection: [Int]
        /// The zone counters then the NUMA event counters, in print order; empty for an
        /// unpopulated zone.
        public var counters: [Counter]
        /// One entry per online CPU; empty for an unpopulated zone.
        public var pagesets: [Pageset]
        /// `pgdat->kswapd_failures >= MAX_RECLAIM_RETRIES`.
        public var nodeUnreclaimable: Bool
        /// `zone->zone_start_pfn` (printed for populated zones only).
        public var startPfn: Int

        /// A zone block with every printed field.
        public init(
            name: String, pagesFree: Int, boost: Int, min: Int, low: Int, high: Int, promo: Int,
            spanned: Int, present: Int, managed: Int, cma: Int, protection: [Int],
            counters: [Counter], pagesets: [Pageset], nodeUnreclaimable: Bool, startPfn: Int
        ) {
            self.name = name
            self.pagesFree = pagesFree
            self.boost = boost
            self.min = min
            self.low = low
            self.high = high
            self.promo = promo
            self.spanned = spanned
            self.present = present
            self.managed = managed
            self.cma = cma
            self.protection = protection
            self.counters = counters
            self.pagesets = pagesets
            self.nodeUnreclaimable = nodeUnreclaimable
            self.startPfn = startPfn
        }

        /// `populated_zone(zone)`: the zone has present pages, so the kernel prints its
        /// counters, pagesets and start_pfn.
        public var isPopulated: Bool { present > 0 }

        /// The zone type of this name, nil for a zone this model does not have (HighMem).
        public var type: ZoneType? { ZoneType.allCases.first { $0.name == name } }

        /// The value of the counter named `name`, if printed.
        public func counter(_ name: String) -> Int? { counters.first { $0.name == name }?.value }
    }

    /// One node: its per-node counters and its zones.
    public struct Node: Sendable, Equatable {
        /// `pgdat->node_id`.
        public var id: Int
        /// The `per-node stats` counters, printed before the node's first populated zone; empty
        /// when the node has no populated zone.
        public var stats: [Counter]
        /// Every zone of the node in `node_zones[]` order.
        public var zones: [Zone]

        /// A node with its counters and zones.
        public init(id: Int, stats: [Counter], zones: [Zone]) {
            self.id = id
            self.stats = stats
            self.zones = zones
        }
    }

    /// The online nodes, in order.
    public var nodes: [Node]

    /// A zoneinfo made of `nodes`.
    public init(nodes: [Node]) { self.nodes = nodes }

    /// The file as the kernel prints it.
    ///
    /// Models: `zoneinfo_show_print()` (mm/vmstat.c): the zone header, the node's counters
    /// before its first populated zone, `pages free` to `cma`, `protection`, and for populated
    /// zones the counters, the pagesets with each CPU's stat threshold, `node_unreclaimable`
    /// and `start_pfn`.
    public var text: String {
        var out = ""
        for node in nodes {
            let firstPopulated = node.zones.firstIndex { $0.isPopulated }
            for (index, zone) in node.zones.enumerated() {
                out += "Node \(node.id), zone \(CFormat.right(zone.name, 8))"
                if index == firstPopulated {
                    out += "\n  per-node stats"
                    for stat in node.stats { out += Zoneinfo.counterLine(stat) }
                }
                out += "\n  pages free     \(zone.pagesFree)"
                out += "\n        boost    \(zone.boost)"
                out += "\n        min      \(zone.min)"
                out += "\n        low      \(zone.low)"
                out += "\n        high     \(zone.high)"
                out += "\n        promo    \(zone.promo)"
                out += "\n        spanned  \(zone.spanned)"
                out += "\n        present  \(zone.present)"
                out += "\n        managed  \(zone.managed)"
                out += "\n        cma      \(zone.cma)"
                out += "\n        protection: (" + zone.protection.map(String.init).joined(separator: ", ") + ")"
                guard zone.isPopulated else {
                    out += "\n"
                    continue
                }
                for counter in zone.counters { out += Zoneinfo.counterLine(counter) }
                out += "\n  pagesets"
                for pcp in zone.pagesets {
                    out += "\n    cpu: \(pcp.cpu)"
                    out += "\n              count:    \(pcp.count)"
                    out += "\n              high:     \(pcp.high)"
                    out += "\n              batch:    \(pcp.batch)"
                    out += "\n              high_min: \(pcp.highMin)"
                    out += "\n              high_max: \(pcp.highMax)"
                    out += "\n  vm stats threshold: \(pcp.statThreshold)"
                }
                out += "\n  node_unreclaimable:  \(zone.nodeUnreclaimable ? 1 : 0)"
                out += "\n  start_pfn:           \(zone.startPfn)"
                out += "\n"
            }
        }
        return out
    }

    /// `"\n      %-12s %lu"`.
    static func counterLine(_ counter: Counter) -> String {
        "\n      " + CFormat.left(counter.name, 12) + " \(counter.value)"
    }
}
