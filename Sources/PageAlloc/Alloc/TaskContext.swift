/// The context the modelled allocations run in: the task's allocation-scope flags, whether the
/// CPU is in an interrupt, the task's scheduling policy, which task it is, and the locks the
/// model holds (as far as they show in a trace line).
///
/// Models: the parts of `current->flags` (include/linux/sched.h: `PF_MEMALLOC`,
/// `PF_MEMALLOC_NOFS`, `PF_MEMALLOC_NOIO`), of `preempt_count()` (include/linux/preempt.h:
/// the hardirq and softirq counts behind `in_interrupt()`, `in_serving_softirq()` and
/// `in_task()`, and the `PREEMPT_MASK` count), of the CPU's interrupt flag and of the policy
/// behind `rt_or_dl_task()` that mm/page_alloc.c reads. The kernel is taken to be built as
/// Debian's 6.18 kernels are, `CONFIG_PREEMPT_DYNAMIC` (so `CONFIG_PREEMPT_COUNT` and
/// `CONFIG_PREEMPTION`): `preempt_disable()` always counts, whatever preemption mode is chosen
/// at boot.
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

    /// The task is kswapd of this node (`kswapd%d`, which `kswapd()` runs with `PF_MEMALLOC`
    /// and `PF_KSWAPD`, mm/vmscan.c:7345), nil for the scenario's own task.
    public var kswapdNode: Int?
    /// The task is the workqueue worker bound to this CPU that runs the per-CPU vmstat work
    /// (`kworker/<cpu>:1`, see `kworker(cpu:)`), nil for the scenario's own task.
    public var kworkerCPU: Int?
    /// `preempt_count() & PREEMPT_MASK`: nested `preempt_disable()` calls. Only the locks
    /// the model takes raise it: a zone lock by one (`spin_lock_irqsave()`), a per-CPU list
    /// lock by two when taken with `pcp_spin_trylock()` (`pcpu_task_pin()`, then the spin
    /// lock: mm/page_alloc.c:141-151) and by one when taken with `spin_lock(&pcp->lock)`.
    public var preemptDepth = 0
    /// Nested `local_irq_save()` calls: a zone lock is taken with `spin_lock_irqsave()`.
    public var irqSaveDepth = 0

    /// An ordinary task: no scope flags, not in an interrupt, SCHED_NORMAL.
    public init() {}

    /// kswapd of `node` as `kswapd()` runs it: `PF_MEMALLOC` set (mm/vmscan.c:7345).
    public static func kswapd(node: Int) -> TaskContext {
        var task = TaskContext()
        task.kswapdNode = node
        task.memalloc = true
        return task
    }

    /// The worker of `cpu`'s workqueue pool running `vmstat_update()`: the work item is
    /// queued on its own CPU's `mm_percpu_wq` (`queue_delayed_work_on()`, mm/vmstat.c:2048,
    /// 2142), so a bound worker of that CPU runs it, in task context with no scope flags.
    public static func kworker(cpu: Int) -> TaskContext {
        var task = TaskContext()
        task.kworkerCPU = cpu
        return task
    }

    /// Interrupts are disabled on the CPU (`irqs_disabled()`): inside a hardirq handler or a
    /// `local_irq_save()` section.
    public var irqsDisabled: Bool { hardirqDepth > 0 || irqSaveDepth > 0 }

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
