extension TraceEvent {
    /// `VMEMMAP_START` on x86_64 with 4-level paging (arch/x86/include/asm/pgtable_64_types.h):
    /// the address of the `struct page` of pfn 0 when memory layout randomisation is off.
    static let vmemmapBase: UInt64 = 0xffff_ea00_0000_0000
    /// `sizeof(struct page)` on x86_64.
    static let structPageSize: UInt64 = 64

    /// The event's name in tracefs (events/kmem/<name>, events/vmscan/<name>) and in trace lines.
    public var name: String {
        switch self {
        case .pageAlloc: "mm_page_alloc"
        case .pageFree: "mm_page_free"
        case .pageFreeBatched: "mm_page_free_batched"
        case .pageAllocZoneLocked: "mm_page_alloc_zone_locked"
        case .pagePcpuDrain: "mm_page_pcpu_drain"
        case .pageAllocExtfrag: "mm_page_alloc_extfrag"
        case .vmscanWakeupKswapd: "mm_vmscan_wakeup_kswapd"
        case .vmscanKswapdWake: "mm_vmscan_kswapd_wake"
        case .vmscanKswapdSleep: "mm_vmscan_kswapd_sleep"
        case .vmscanDirectReclaimBegin: "mm_vmscan_direct_reclaim_begin"
        case .vmscanDirectReclaimEnd: "mm_vmscan_direct_reclaim_end"
        }
    }

    /// The event's fields as its `TP_printk()` prints them, e.g.
    /// `page=ffffea000434b4c0 pfn=0x10d2d3 order=0 migratetype=1 gfp_flags=GFP_HIGHUSER_MOVABLE`.
    ///
    /// Models: the `TP_printk()` formats of include/trace/events/kmem.h (6.10 and later) and
    /// include/trace/events/vmscan.h (the kswapd events record a zone index they do not print).
    /// `%p` for the page is printed as the kernel prints it with the `nohash-ptr` trace option
    /// (`%px`): the `struct page` address, `VMEMMAP_START + pfn * 64`, as 16 lowercase hex digits
    /// without `0x`. The default `hash-ptr` output is a keyed hash the model cannot reproduce,
    /// and with CONFIG_RANDOMIZE_MEMORY a real machine's vmemmap base differs; compare real traces
    /// on `pfn=` and the later fields. A failed `mm_page_alloc` prints
    /// `page=0000000000000000 pfn=0x0`, as the kernel does for its NULL page.
    public var printkText: String {
        switch self {
        case .pageAlloc(let pfn, let order, let gfp, let migratetype):
            "page=\(TraceEvent.pagePointer(pfn)) pfn=\(TraceEvent.hex(pfn ?? 0)) order=\(order) "
                + "migratetype=\(migratetype) gfp_flags=\(gfp.traceString)"
        case .pageFree(let pfn, let order):
            "page=\(TraceEvent.pagePointer(pfn)) pfn=\(TraceEvent.hex(pfn)) order=\(order)"
        case .pageFreeBatched(let pfn):
            "page=\(TraceEvent.pagePointer(pfn)) pfn=\(TraceEvent.hex(pfn)) order=0"
        case .pageAllocZoneLocked(let pfn, let order, let migratetype, let percpuRefill):
            "page=\(TraceEvent.pagePointer(pfn)) pfn=\(TraceEvent.hex(pfn)) order=\(order) "
                + "migratetype=\(migratetype) percpu_refill=\(percpuRefill ? 1 : 0)"
        case .pagePcpuDrain(let pfn, let order, let migratetype):
            "page=\(TraceEvent.pagePointer(pfn)) pfn=\(TraceEvent.hex(pfn)) order=\(order) "
                + "migratetype=\(migratetype)"
        case .pageAllocExtfrag(let pfn, let order, let fallback, let allocType, let fallbackType, let owned):
            "page=\(TraceEvent.pagePointer(pfn)) pfn=\(TraceEvent.hex(pfn)) alloc_order=\(order) "
                + "fallback_order=\(fallback) pageblock_order=\(Kernel.pageblockOrder) "
                + "alloc_migratetype=\(allocType) fallback_migratetype=\(fallbackType) "
                + "fragmenting=\(fallback < Kernel.pageblockOrder ? 1 : 0) "
                + "change_ownership=\(owned ? 1 : 0)"
        case .vmscanWakeupKswapd(let nid, _, let order, let gfp):
            "nid=\(nid) order=\(order) gfp_flags=\(gfp.traceString)"
        case .vmscanKswapdWake(let nid, _, let order):
            "nid=\(nid) order=\(order)"
        case .vmscanKswapdSleep(let nid):
            "nid=\(nid)"
        case .vmscanDirectReclaimBegin(let order, let gfp):
            "order=\(order) gfp_flags=\(gfp.traceString)"
        case .vmscanDirectReclaimEnd(let nrReclaimed):
            "nr_reclaimed=\(nrReclaimed)"
        }
    }

    /// `%px` of `pfn_to_page(pfn)`, or of NULL for a nil pfn: 16 zero-padded lowercase hex digits.
    static func pagePointer(_ pfn: Int?) -> String {
        let address = pfn.map { vmemmapBase &+ UInt64(bitPattern: Int64($0)) &* structPageSize } ?? 0
        let digits = String(address, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }

    /// `0x%lx` of an `unsigned long`.
    static func hex(_ value: Int) -> String {
        "0x" + String(UInt64(bitPattern: Int64(value)), radix: 16)
    }
}
