/// The context the modelled allocations run in: the task's allocation-scope flags, whether the
/// CPU is in an interrupt, and the task's scheduling policy.
///
/// Models: the parts of `current->flags` (include/linux/sched.h: `PF_MEMALLOC`,
/// `PF_MEMALLOC_NOFS`, `PF_MEMALLOC_NOIO`), of `preempt_count()` (include/linux/preempt.h:
/// the hardirq and softirq counts behind `in_interrupt()`, `in_serving_softirq()` and
/// `in_task()`) and of the policy behind `rt_or_dl_task()` that mm/page_alloc.c reads.
public struct TaskContext: Sendable, Equatable {
    /// `PF_MEMALLOC`: set by `memalloc_noreclaim_save()`, as reclaim and kswapd run.
    public var memalloc = false
    /// `PF_MEMALLOC_NOFS`: set by `memalloc_nofs_save()`.
    public var memallocNofs = false
    /// `PF_MEMALLOC_NOIO`: set by `memalloc_noio_save()`.
    public var memallocNoio = false
    /// Nested hardirq entries (`irq_enter()`): the `HARDIRQ_MASK` count.
    public var hardirqDepth = 0
    /// Nested `local_bh_disable()` sections: the `SOFTIRQ_DISABLE_OFFSET` count.
    public var softirqDisableDepth = 0
    /// A softirq handler is running (`SOFTIRQ_OFFSET`, between `softirq_handle_begin()` and
    /// `softirq_handle_end()`).
    public var servingSoftirq = false
    /// The task runs under SCHED_FIFO, SCHED_RR or SCHED_DEADLINE (`sched_set_fifo()`).
    public var realtime = false

    /// An ordinary task: no scope flags, not in an interrupt, SCHED_NORMAL.
    public init() {}

    /// Models: `in_interrupt()` (include/linux/preempt.h): in a hardirq, serving a softirq
    /// or with softirqs disabled.
    public var inInterrupt: Bool { hardirqDepth > 0 || softirqDisableDepth > 0 || servingSoftirq }

    /// Models: `in_serving_softirq()` (include/linux/preempt.h).
    public var inServingSoftirq: Bool { servingSoftirq }

    /// Models: `in_task()` (include/linux/preempt.h): neither in a hardirq nor serving a
    /// softirq (a task with softirqs disabled is still in task context).
    public var inTask: Bool { hardirqDepth == 0 && !servingSoftirq }

    /// The gfp mask an allocation runs with in this context.
    ///
    /// Models: `current_gfp_context()` (include/linux/sched/mm.h): a NOIO scope clears
    /// `__GFP_IO` and `__GFP_FS`, else a NOFS scope clears `__GFP_FS` (`PF_MEMALLOC_PIN` is
    /// not modelled).
    public func currentGfpContext(_ gfp: GFP) -> GFP {
        if memallocNoio { return gfp.subtracting([.io, .fs]) }
        if memallocNofs { return gfp.subtracting(.fs) }
        return gfp
    }
}
