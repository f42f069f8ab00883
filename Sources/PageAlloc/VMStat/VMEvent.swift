/// A `/proc/vmstat` event counter the model keeps.
///
/// Models: the items of `enum vm_event_item` (include/linux/vm_event_item.h) that the page
/// allocator, compaction's direct path and the model's reclaim count, with their
/// `vmstat_text[]` names (mm/vmstat.c).
public enum VMEvent: Int, CaseIterable, Sendable {
    /// `PGALLOC` of ZONE_DMA: pages allocated from the zone (`rmqueue_pcplist()`,
    /// `rmqueue_buddy()`).
    case pgallocDMA
    /// `PGALLOC` of ZONE_DMA32.
    case pgallocDMA32
    /// `PGALLOC` of ZONE_NORMAL.
    case pgallocNormal
    /// `PGALLOC` of ZONE_MOVABLE.
    case pgallocMovable
    /// `PGFREE`: pages freed to the per-CPU lists (`free_frozen_page_commit()`) or straight to
    /// the buddy allocator (`free_one_page()`), boot's frees included.
    case pgfree
    /// `PGSTEAL_KSWAPD`: pages kswapd reclaimed.
    case pgstealKswapd
    /// `PGSTEAL_DIRECT`: pages direct reclaim reclaimed.
    case pgstealDirect
    /// `COMPACTSTALL`: direct compaction runs that were not skipped.
    case compactStall
    /// `COMPACTFAIL`: such runs after which the allocation still failed.
    case compactFail
    /// `COMPACTSUCCESS`: such runs after which it succeeded.
    case compactSuccess

    /// The name `/proc/vmstat` prints.
    public var name: String {
        switch self {
        case .pgallocDMA: "pgalloc_dma"
        case .pgallocDMA32: "pgalloc_dma32"
        case .pgallocNormal: "pgalloc_normal"
        case .pgallocMovable: "pgalloc_movable"
        case .pgfree: "pgfree"
        case .pgstealKswapd: "pgsteal_kswapd"
        case .pgstealDirect: "pgsteal_direct"
        case .compactStall: "compact_stall"
        case .compactFail: "compact_fail"
        case .compactSuccess: "compact_success"
        }
    }

    /// The `PGALLOC` counter of a zone type.
    static func pgalloc(_ type: ZoneType) -> VMEvent? {
        switch type {
        case .dma: .pgallocDMA
        case .dma32: .pgallocDMA32
        case .normal: .pgallocNormal
        case .movable: .pgallocMovable
        default: nil
        }
    }
}

/// The event counters of the whole machine, summed over CPUs as `/proc/vmstat` sums them.
///
/// Models: `vm_event_states` (mm/vmstat.c) folded by `all_vm_events()`.
/// The counts are held inline (one per `VMEvent` case), so that counting one updates the
/// machine in place.
public struct VMEventCounters: Sendable, Equatable {
    private var counts = InlineArray<10, Int>(repeating: 0)

    /// All zero, as at boot before the first free.
    public init() { precondition(counts.count == VMEvent.allCases.count, "one count per VMEvent") }

    /// The count of `event`.
    public subscript(event: VMEvent) -> Int { counts[event.rawValue] }

    /// Whether every count of both is the same.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        VMEvent.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }

    /// Models: `count_vm_events()` (include/linux/vmstat.h).
    @inline(__always)
    mutating func count(_ event: VMEvent, _ delta: Int = 1) { counts[event.rawValue] &+= delta }
}
