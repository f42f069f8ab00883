/// One memory zone of one node: its span, its free areas, watermarks and per-CPU lists.
///
/// Models: `struct zone` (include/linux/mmzone.h).
public struct Zone: Sendable {
    /// `zone_to_nid(zone)`.
    public let node: Int
    /// `zone_idx(zone)`.
    public let type: ZoneType
    /// `zone_start_pfn`.
    public internal(set) var startPfn: Int
    /// `spanned_pages`.
    public internal(set) var spannedPages: Int
    /// `present_pages`.
    public internal(set) var presentPages: Int
    /// `managed_pages`.
    public internal(set) var managedPages: Int
    /// `free_area[NR_PAGE_ORDERS]`.
    public internal(set) var freeArea = InlineElements<11, FreeArea>(repeating: FreeArea())
    /// The `NR_FREE_PAGES` zone counter: pages on the free lists of every type but Isolate.
    public internal(set) var freePages: Int = 0
    /// `nr_free_highatomic`: free pages on the HighAtomic lists.
    public internal(set) var nrFreeHighatomic: Int = 0
    /// `nr_reserved_highatomic`: pages in pageblocks reserved as HighAtomic.
    public internal(set) var nrReservedHighatomic: Int = 0
    /// `_watermark[NR_WMARK]`: min, low, high, promo, before boosting.
    public internal(set) var watermark: [Int] {
        get { watermarks.indices.map { watermarks[$0] } }
        set { for level in watermarks.indices { watermarks[level] = newValue[level] } }
    }
    /// `_watermark[NR_WMARK]` kept inline, so that the fast path's watermark test reads it with
    /// no array of its own to reach and bounds-check.
    private var watermarks = InlineArray<4, Int>(repeating: 0)
    /// `watermark_boost`.
    public internal(set) var watermarkBoost: Int = 0
    /// `lowmem_reserve[MAX_NR_ZONES]`, printed as `protection:` in /proc/zoneinfo.
    public internal(set) var lowmemReserve: [Int] {
        get { lowmemReserves.indices.map { lowmemReserves[$0] } }
        set { for type in lowmemReserves.indices { lowmemReserves[type] = newValue[type] } }
    }
    /// `lowmem_reserve[MAX_NR_ZONES]` kept inline, as `watermarks` (`Kernel.maxNrZones` entries).
    private var lowmemReserves = InlineArray<5, Int>(repeating: 0)
    /// `pageset_high_min`, `pageset_high_max`, `pageset_batch`: what every CPU's pcp was last
    /// given by `zone_set_pageset_high_and_batch()`.
    public internal(set) var pagesetHighMin: Int = 0
    public internal(set) var pagesetHighMax: Int = 0
    public internal(set) var pagesetBatch: Int = 1
    /// `zone->flags`.
    public internal(set) var flags: ZoneFlags = []

    // Page-cache counters (issue "Simulation fidelity part 2", item 6).
    /// `NR_ZONE_INACTIVE_FILE`: pages of page-cache folios on the file LRU in this zone.
    public internal(set) var nrZoneInactiveFile: Int = 0
    /// `NR_ZONE_WRITE_PENDING`: the dirty ones among them.
    public internal(set) var nrZoneWritePending: Int = 0

    init(node: Int, type: ZoneType, startPfn: Int, spannedPages: Int, presentPages: Int) {
        self.node = node
        self.type = type
        self.startPfn = startPfn
        self.spannedPages = spannedPages
        self.presentPages = presentPages
        self.managedPages = 0
        precondition(freeArea.count == Kernel.nrPageOrders, "one free area per order")
    }

    /// `zone_end_pfn(zone)`.
    public var endPfn: Int { startPfn + spannedPages }
    /// `populated_zone(zone)`: the zone has present pages.
    public var isPopulated: Bool { presentPages > 0 }
    /// `zone_spans_pfn(zone, pfn)`.
    public func spans(_ pfn: Int) -> Bool { pfn >= startPfn && pfn < endPfn }

    /// `min_wmark_pages(zone)`, boost included.
    public var minWatermark: Int { watermarkPages(.min) }
    /// `low_wmark_pages(zone)`, boost included.
    public var lowWatermark: Int { watermarkPages(.low) }
    /// `high_wmark_pages(zone)`, boost included.
    public var highWatermark: Int { watermarkPages(.high) }
    /// `promo_wmark_pages(zone)`, boost included.
    public var promoWatermark: Int { watermarkPages(.promo) }
    /// `wmark_pages(zone, i)`.
    @inline(__always)
    public func watermarkPages(_ level: WatermarkLevel) -> Int { watermarks[level.rawValue] + watermarkBoost }
    /// `_watermark[level]`, without the boost.
    @inline(__always)
    func unboostedWatermark(_ level: WatermarkLevel) -> Int { watermarks[level.rawValue] }
    /// `lowmem_reserve[highestZone]`: what an allocation that may use zones up to
    /// `highestZone` must leave free here.
    @inline(__always)
    func lowmemReserve(against highestZone: ZoneType) -> Int { lowmemReserves[highestZone.rawValue] }
}

/// Models: `enum zone_watermarks` (include/linux/mmzone.h).
public enum WatermarkLevel: Int, Sendable, CaseIterable {
    case min = 0, low, high, promo
}

/// Models: `enum zone_flags` (include/linux/mmzone.h), the bits the allocator tests.
public struct ZoneFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// `ZONE_BOOSTED_WATERMARK`: a fragmenting fallback boosted the watermark; wake kswapd.
    public static let boostedWatermark = ZoneFlags(rawValue: 1 << 0)
    /// `ZONE_RECLAIM_ACTIVE`: kswapd is reclaiming this zone.
    public static let reclaimActive = ZoneFlags(rawValue: 1 << 1)
    /// `ZONE_BELOW_HIGH`: the zone failed a high-watermark check on allocation.
    public static let belowHigh = ZoneFlags(rawValue: 1 << 2)
}
