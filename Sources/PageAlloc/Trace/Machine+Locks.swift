extension Machine {
    /// Notes that a zone lock is taken: interrupts off and preemption disabled once, which is
    /// all a trace line shows of it. Pair with `zoneUnlock()`.
    ///
    /// Models: `spin_lock_irqsave(&zone->lock, flags)` (`local_irq_save()` then
    /// `preempt_disable()` and the lock, which the model does not need).
    @inline(__always)
    mutating func zoneLock() {
        task.irqSaveDepth += 1
        task.preemptDepth += 1
    }

    /// Notes that the zone lock taken with `zoneLock()` is dropped.
    ///
    /// Models: `spin_unlock_irqrestore(&zone->lock, flags)`.
    @inline(__always)
    mutating func zoneUnlock() {
        task.irqSaveDepth -= 1
        task.preemptDepth -= 1
    }

    /// Notes that the current CPU's per-CPU list lock is taken, as the allocation and free
    /// paths take it: preemption disabled twice. Pair with `pcpUnlock(pinned: true)`.
    ///
    /// Models: `pcp_spin_trylock()` (mm/page_alloc.c:141-151, 163-164): `pcpu_task_pin()`,
    /// which is `preempt_disable()` on a non-RT kernel (mm/page_alloc.c:121), then
    /// `spin_trylock()`, which disables preemption again; the trylock never fails in the model.
    /// With `pinned` false: `spin_lock(&pcp->lock)` alone, as `drain_pages_zone()` and
    /// `decay_pcp_high()` take another CPU's lock (mm/page_alloc.c:2576, 2614).
    @inline(__always)
    mutating func pcpLock(pinned: Bool) { task.preemptDepth &+= pinned ? 2 : 1 }

    /// Notes that the per-CPU list lock taken with `pcpLock(pinned:)` is dropped.
    ///
    /// Models: `pcp_spin_unlock()` or `spin_unlock(&pcp->lock)`.
    @inline(__always)
    mutating func pcpUnlock(pinned: Bool) { task.preemptDepth &-= pinned ? 2 : 1 }
}
