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

/// A tracepoint as the ring buffer holds it: the event, the CPU it fired on, and the context
/// `tracing_gen_ctx()` recorded with it.
public struct TraceRecord: Sendable, Equatable {
    public var cpu: Int
    public var event: TraceEvent
    /// The task and the interrupt and preemption state when the event fired.
    public var context: TraceContext

    /// A record of `event` on `cpu`, fired in `context` (by default from an ordinary task
    /// holding no lock).
    public init(cpu: Int, event: TraceEvent, context: TraceContext = TraceContext()) {
        self.cpu = cpu
        self.event = event
        self.context = context
    }
}

/// What a trace entry records about the context of its event: the task (the scenario's own,
/// kswapd or the vmstat worker) and the flags and preempt count of the latency columns.
///
/// Models: `tracing_gen_ctx_irq_test()` (kernel/trace/trace.c:2588-2611) as stored by
/// `tracing_generic_entry_update()`: `TRACE_FLAG_IRQS_OFF`, `TRACE_FLAG_HARDIRQ`,
/// `TRACE_FLAG_SOFTIRQ` (serving a softirq), `TRACE_FLAG_BH_OFF` (bottom halves disabled) and
/// the preempt count capped at 15, less the one the tracepoint itself adds
/// (`tracing_gen_ctx_dec()`, include/linux/trace_events.h, not in the shared 6.18 copy, with
/// `CONFIG_PREEMPTION`). Not modelled: NMI, the need-resched flags (no reschedule is ever
/// pending in the model) and the migrate-disable count (always 0 on a non-RT kernel here).
public struct TraceContext: Sendable, Equatable {
    /// The event fired in kswapd of this node; nil for the scenario's own task.
    public var kswapdNode: Int?
    /// The event fired in the vmstat worker of this CPU (`TaskContext.kworker(cpu:)`); nil for
    /// the scenario's own task.
    public var kworkerCPU: Int?
    /// `TRACE_FLAG_IRQS_OFF`.
    public var irqsOff = false
    /// `TRACE_FLAG_HARDIRQ`.
    public var hardirq = false
    /// `TRACE_FLAG_SOFTIRQ`.
    public var softirq = false
    /// `TRACE_FLAG_BH_OFF`.
    public var bhOff = false
    /// `preempt_count() & PREEMPT_MASK` where the event fired.
    public var preemptDepth = 0

    /// An ordinary task holding no lock.
    public init() {}

    /// The context of an event fired in `task`.
    public init(_ task: TaskContext) {
        kswapdNode = task.kswapdNode
        kworkerCPU = task.kworkerCPU
        irqsOff = task.irqsDisabled
        hardirq = task.hardirqDepth > 0
        softirq = task.servingSoftirq
        bhOff = task.softirqDisableDepth > 0
        preemptDepth = task.preemptDepth
    }

    /// The five latency columns of a trace line: irqs-off, need-resched, hardirq/softirq,
    /// preempt depth, migrate-disable depth.
    ///
    /// Models: `trace_print_lat_fmt()` (kernel/trace/trace_output.c:453-522): `D` with
    /// interrupts and bottom halves off, `d` with interrupts off, `b` with bottom halves off;
    /// `.` for need-resched; `H`, `h` or `s` for hardirq with softirq, hardirq, softirq; the
    /// preempt depth as one hex digit (`.` for 0); `.` for migrate-disable.
    public var latencyField: String {
        let irqs: Character = irqsOff && bhOff ? "D" : irqsOff ? "d" : bhOff ? "b" : "."
        let hardsoft: Character = hardirq && softirq ? "H" : hardirq ? "h" : softirq ? "s" : "."
        let depth = min(preemptDepth, 0xf)
        let depthChar: Character = depth == 0 ? "." : Character(String(depth, radix: 16))
        return String([irqs, ".", hardsoft, depthChar, "."])
    }
}
