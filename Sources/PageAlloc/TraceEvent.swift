/// A kmem tracepoint the allocator fired, with the fields its `TP_STRUCT__entry` records.
///
/// Models: the page events of include/trace/events/kmem.h.
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
    case pageAllocExtfrag(pfn: Int, allocOrder: Int, fallbackOrder: Int, allocMigratetype: Int,
                          fallbackMigratetype: Int, changeOwnership: Bool)
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
