/// A tracepoint the allocator or reclaim fired, with the fields its `TP_STRUCT__entry` records.
///
/// Models: the page events of include/trace/events/kmem.h and the kswapd and direct-reclaim
/// events of include/trace/events/vmscan.h.
public enum TraceEvent: Sendable, Equatable {
    /// `mm_page_alloc`; `pfn` is nil for a failed allocation.
    case pageAlloc(pfn: Int?, order: Int, gfp: GFP, migratetype: Int)
    /// `mm_page_free`.
    case pageFree(pfn: Int, order: Int)
    /// `mm_page_free_batched`.
    case pageFreeBatched(pfn: Int)
    /// `mm_page_alloc_zone_locked`.
    case pageAllocZoneLocked(pfn: Int, order: Int, migratetype: Int, percpuRefill: Bool)
    /// `mm_page_pcpu_drain`.
    case pagePcpuDrain(pfn: Int, order: Int, migratetype: Int)
    /// `mm_page_alloc_extfrag`.
    case pageAllocExtfrag(
        pfn: Int, allocOrder: Int, fallbackOrder: Int, allocMigratetype: Int,
        fallbackMigratetype: Int, changeOwnership: Bool)
    /// `mm_vmscan_wakeup_kswapd`: an allocation woke a node's kswapd.
    case vmscanWakeupKswapd(nid: Int, zoneIndex: Int, order: Int, gfp: GFP)
    /// `mm_vmscan_kswapd_wake`: kswapd starts a balancing run.
    case vmscanKswapdWake(nid: Int, zoneIndex: Int, order: Int)
    /// `mm_vmscan_kswapd_sleep`: kswapd goes back to sleep.
    case vmscanKswapdSleep(nid: Int)
    /// `mm_vmscan_direct_reclaim_begin`.
    case vmscanDirectReclaimBegin(order: Int, gfp: GFP)
    /// `mm_vmscan_direct_reclaim_end`.
    case vmscanDirectReclaimEnd(nrReclaimed: Int)
}

/// A tracepoint as the ring buffer holds it: the event and the CPU it fired on.
public struct TraceRecord: Sendable, Equatable {
    public var cpu: Int
    public var event: TraceEvent

    public init(cpu: Int, event: TraceEvent) {
        self.cpu = cpu
        self.event = event
    }
}
