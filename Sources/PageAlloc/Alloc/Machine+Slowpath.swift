extension Machine {
    /// The allocation slow path, entered when no zone passed the low watermark.
    ///
    /// Models: `__alloc_pages_slowpath()` (mm/page_alloc.c, 6.18) step by step: the flags of
    /// `gfp_to_alloc_flags()`; kswapd woken (`wake_all_kswapds()`); a try at the min watermark;
    /// for costly orders and non-movable high orders, async direct compaction first (a costly
    /// `__GFP_NORETRY` request gives up when it was skipped or deferred, whatever its
    /// `__GFP_THISNODE`, and otherwise stays async); then the retry loop: kswapd again, the reserves of
    /// `__gfp_pfmemalloc_flags()`, a try, direct reclaim, direct compaction,
    /// `__GFP_NORETRY` and costly-without-`__GFP_RETRY_MAYFAIL` give up, `should_reclaim_retry()`,
    /// `should_compact_retry()`, then `__alloc_pages_may_oom()`; at the end `__GFP_NOFAIL`
    /// requests that may reclaim retry with `ALLOC_MIN_RESERVE` and loop, others warn
    /// (`warn_alloc()`) and fail. The task's context (`task`) decides the flags of
    /// `gfp_to_alloc_flags()` and `__gfp_pfmemalloc_flags()`, and a `PF_MEMALLOC` task never
    /// enters direct reclaim (no recursion). Not modelled: cpusets and zonelist changes (no
    /// restart), OOM victims, `vm.defrag_mode`. Where the kernel would keep retrying because another task is
    /// expected to free memory (an OOM kill the kernel counts as progress without one, a
    /// `GFP_NOFS` request, an unsatisfiable `__GFP_NOFAIL` one), the model, which has no other
    /// tasks, gives up when a whole round changed nothing: it records a report line starting
    /// `mmbook:` that says so and fails the allocation.
    mutating func allocPagesSlowpath(_ gfp: GFP, order: Int, ac: AllocContext) -> Int? {
        enter("__alloc_pages_slowpath")
        defer { leave() }
        let canDirectReclaim = gfp.contains(.directReclaim)
        let canCompact = gfp.contains(.io)
        let costly = order > Kernel.pageAllocCostlyOrder
        var compactionRetries = 0
        var noProgressLoops = 0
        var compactResult = CompactResult.skipped
        var compactPriority = CompactPriority.syncLight
        var flags = AllocFlags.gfpToAllocFlags(gfp, order: order, task: task)
        var stalledState: [Int]?

        if gfp.contains(.nofail) {
            // mm/page_alloc.c:4644-4660: the three misuses of __GFP_NOFAIL the kernel warns of.
            warnOnce(line: 4649, if: order > 1)
            warnOnce(line: 4654, if: !canDirectReclaim)
            warnOnce(line: 4660, if: task.memalloc)
        }

        if flags.contains(.kswapd) { wakeAllKswapds(order: order, gfp: gfp, ac: ac) }
        if let pfn = getPageFromFreelist(gfp, order: order, flags: flags, ac: ac) { return pfn }

        var nopage = false
        if canDirectReclaim && canCompact && (costly || (order > 0 && ac.migratetype != .movable))
            && AllocFlags.gfpPfmemallocFlags(gfp, task: task).isEmpty
        {
            let (pfn, result) = allocPagesDirectCompact(gfp, order: order, flags: flags, ac: ac, priority: .async)
            if let pfn { return pfn }
            if let result { compactResult = result }
            if costly && gfp.contains(.noretry) {
                if compactResult == .skipped || compactResult == .deferred {
                    nopage = true
                } else {
                    compactPriority = .async
                }
            }
        }

        while true {
            if !nopage {
                if flags.contains(.kswapd) { wakeAllKswapds(order: order, gfp: gfp, ac: ac) }
                let reserve = AllocFlags.gfpPfmemallocFlags(gfp, task: task)
                if !reserve.isEmpty { flags = reserve.union(flags.intersection(.kswapd)) }
                if let pfn = getPageFromFreelist(gfp, order: order, flags: flags, ac: ac) { return pfn }
                if canDirectReclaim && !task.memalloc {
                    let (reclaimedPfn, progress) = allocPagesDirectReclaim(gfp, order: order, flags: flags, ac: ac)
                    if let reclaimedPfn { return reclaimedPfn }
                    let (compactedPfn, result) = allocPagesDirectCompact(
                        gfp, order: order, flags: flags, ac: ac,
                        priority: compactPriority)
                    if let compactedPfn { return compactedPfn }
                    if let result { compactResult = result }
                    if !gfp.contains(.noretry) && !(costly && (!canCompact || !gfp.contains(.retryMayfail))) {
                        if shouldReclaimRetry(
                            gfp, order: order, ac: ac, flags: flags, didSomeProgress: progress > 0,
                            noProgressLoops: &noProgressLoops)
                        {
                            continue
                        }
                        if progress > 0 && canCompact
                            && shouldCompactRetry(
                                ac: ac, order: order, result: compactResult, priority: &compactPriority,
                                retries: &compactionRetries)
                        {
                            continue
                        }
                        let oom = allocPagesMayOOM(gfp, order: order, ac: ac)
                        if let pfn = oom.pfn { return pfn }
                        if oom.deadlocked { return nil }
                        if oom.progress {
                            if stalled(&stalledState, gfp: gfp, order: order, ac: ac) { return nil }
                            noProgressLoops = 0
                            continue
                        }
                    }
                }
            }
            if gfp.contains(.nofail) && canDirectReclaim {
                if let pfn = allocPagesCpusetFallback(gfp, order: order, flags: .minReserve, ac: ac) { return pfn }
                if stalled(&stalledState, gfp: gfp, order: order, ac: ac) { return nil }
                nopage = false
                continue
            }
            warnAlloc(gfp, "page allocation failure: order:\(order)")
            return nil
        }
    }

    /// Direct reclaim for the allocation, then a try at the free lists; if that fails, one
    /// HighAtomic pageblock is given back, the per-CPU lists are drained and the try repeated.
    /// Returns the page and the pages reclaimed.
    ///
    /// Models: `__alloc_pages_direct_reclaim()` → `__perform_reclaim()` (mm/page_alloc.c) with
    /// `try_to_free_pages()`; nothing is retried when reclaim made no progress.
    private mutating func allocPagesDirectReclaim(
        _ gfp: GFP, order: Int, flags: AllocFlags,
        ac: AllocContext
    ) -> (pfn: Int?, progress: Int) {
        enter("__alloc_pages_direct_reclaim")
        defer { leave() }
        let progress = tryToFreePages(order: order, gfp: gfp, ac: ac)
        guard progress > 0 else { return (nil, 0) }
        if let pfn = getPageFromFreelist(gfp, order: order, flags: flags, ac: ac) { return (pfn, progress) }
        unreserveHighatomicPageblock(ac: ac, force: false)
        drainAllPages()
        return (getPageFromFreelist(gfp, order: order, flags: flags, ac: ac), progress)
    }

    /// Whether reclaim is still worth retrying for the allocation; before giving up, one
    /// HighAtomic pageblock is given back (and a success there buys another retry).
    ///
    /// Models: `should_reclaim_retry()` (mm/page_alloc.c): the no-progress count is reset by
    /// progress for orders up to `PAGE_ALLOC_COSTLY_ORDER` and raised otherwise; past
    /// `MAX_RECLAIM_RETRIES` it gives up; else it retries when some zone would pass the min
    /// watermark for the order if all its reclaimable pages were freed
    /// (`__zone_watermark_ok()` on free plus `zone_reclaimable_pages()`); giving up calls
    /// `unreserve_highatomic_pageblock(ac, true)`.
    private mutating func shouldReclaimRetry(
        _ gfp: GFP, order: Int, ac: AllocContext, flags: AllocFlags, didSomeProgress: Bool,
        noProgressLoops: inout Int
    ) -> Bool {
        enter("should_reclaim_retry")
        defer { leave() }
        if didSomeProgress && order <= Kernel.pageAllocCostlyOrder {
            noProgressLoops = 0
        } else {
            noProgressLoops += 1
        }
        if noProgressLoops <= Machine.maxReclaimRetries {
            for z in zonelist(of: ac)[ac.preferredIndex...] where zones[z].type <= ac.highestZone {
                let available = zoneReclaimablePages(zone: z) + zones[z].freePages
                if zoneWatermarkOk(
                    zone: z, order: order, mark: zones[z].minWatermark, highestZone: ac.highestZone,
                    flags: flags, freePages: available)
                {
                    return true
                }
            }
        }
        return unreserveHighatomicPageblock(ac: ac, force: true)
    }

    /// A try at the free lists with extra `flags`, first within the cpuset, then without.
    ///
    /// Models: `__alloc_pages_cpuset_fallback()` (mm/page_alloc.c); the model has no cpusets, so
    /// the second try only repeats the first.
    mutating func allocPagesCpusetFallback(_ gfp: GFP, order: Int, flags: AllocFlags, ac: AllocContext) -> Int? {
        if let pfn = getPageFromFreelist(gfp, order: order, flags: flags.union(.cpuset), ac: ac) { return pfn }
        return getPageFromFreelist(gfp, order: order, flags: flags, ac: ac)
    }

    /// Whether a slow-path round that the kernel would repeat, waiting for another task to free
    /// memory, changed nothing since the last such round; if so, records that the model gives
    /// up.
    ///
    /// The state compared is the free, per-CPU, page-cache and HighAtomic-reserve page counts of
    /// the allocation's zones.
    private mutating func stalled(_ previous: inout [Int]?, gfp: GFP, order: Int, ac: AllocContext) -> Bool {
        let state = zonelist(of: ac).flatMap { z in
            [
                zones[z].freePages, zones.pcps(of: z).reduce(0) { $0 + $1.count }, zones[z].nrZoneInactiveFile,
                zones[z].nrReservedHighatomic,
            ]
        }
        defer { previous = state }
        guard state == previous else { return false }
        report([
            "mmbook: \(comm) would retry this order:\(order) allocation (mode:\(gfp.hexString)(\(gfp.printkString))) "
                + "until another task frees memory; the model has no other tasks and fails it"
        ])
        return true
    }

    /// A `WARN_ON_ONCE(condition)` at `line` of `__alloc_pages_slowpath()`: the first time the
    /// condition holds, the header line the kernel prints, then nothing at that site again.
    ///
    /// Models: `WARN_ON_ONCE()` (include/asm-generic/bug.h) and the first line of `__warn()`
    /// (kernel/panic.c, not in the shared 6.18 copy): `WARNING: CPU: %d PID: %d at %s:%d %pS`
    /// with the file and line of the site and the function it is in. `%pS` would add the
    /// offset and size of the instruction in the compiled function (`+0x2a1/0x10a0`), which
    /// depend on one particular kernel build; the model prints the function's name alone.
    /// The module list, `CPU: ... Comm: ...` line, registers, call trace and end marker that
    /// follow are not modelled.
    mutating func warnOnce(line: Int, if condition: Bool) {
        guard condition, warnedOnce.insert(line).inserted else { return }
        report(["WARNING: CPU: \(currentCPU) PID: \(pid) at mm/page_alloc.c:\(line) __alloc_pages_slowpath"])
    }
}
