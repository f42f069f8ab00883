extension Machine {
    /// The last resort of the slow path: one more try at the high watermark, then the OOM
    /// killer when the allocation qualifies. Returns the page if the try worked, whether the
    /// slow path may count this as progress, and whether the kernel would have panicked.
    ///
    /// Models: `__alloc_pages_may_oom()` (mm/page_alloc.c): the `oom_lock` is always free here;
    /// the try uses `ALLOC_WMARK_HIGH|ALLOC_CPUSET` with `__GFP_HARDWALL` added and
    /// `__GFP_DIRECT_RECLAIM` taken off; no OOM kill for orders above `PAGE_ALLOC_COSTLY_ORDER`,
    /// for `__GFP_RETRY_MAYFAIL` or `__GFP_THISNODE`, or when the allocation cannot use
    /// ZONE_NORMAL; otherwise `out_of_memory()`, and after it a `__GFP_NOFAIL` request tries
    /// again with `ALLOC_NO_WATERMARKS`. (No core dump or suspend is in progress in the model.)
    mutating func allocPagesMayOOM(
        _ gfp: GFP, order: Int,
        ac: AllocContext
    ) -> (pfn: Int?, progress: Bool, deadlocked: Bool) {
        enter("__alloc_pages_may_oom")
        defer { leave() }
        let lastTry = gfp.union(.hardwall).subtracting(.directReclaim)
        if let pfn = getPageFromFreelist(lastTry, order: order, flags: AllocFlags(watermark: .high, .cpuset), ac: ac) {
            return (pfn, false, false)
        }
        if order > Kernel.pageAllocCostlyOrder { return (nil, false, false) }
        if !gfp.isDisjoint(with: [.retryMayfail, .thisnode]) { return (nil, false, false) }
        if ac.highestZone < .normal { return (nil, false, false) }
        guard outOfMemory(gfp, order: order) else { return (nil, false, true) }
        if gfp.contains(.nofail) {
            return (allocPagesCpusetFallback(gfp, order: order, flags: .noWatermarks, ac: ac), true, false)
        }
        return (nil, true, false)
    }

    /// The OOM killer for a global (non-memcg) allocation; true when the caller may retry.
    ///
    /// Models: `out_of_memory()` (mm/oom_kill.c) with the OOM killer enabled,
    /// `vm.panic_on_oom` 0 and no OOM notifiers. An allocation without `__GFP_FS` gets "progress"
    /// without a kill ("the OOM killer does not compensate for IO-less reclaim"). Otherwise the
    /// killer looks for a victim (`select_bad_process()`); the model has no processes, so it never
    /// finds one and prints what the kernel prints then, through `dump_header()`:
    ///
    ///     <comm> invoked oom-killer: gfp_mask=<%#x>(<%pGg>), order=<order>, oom_score_adj=0
    ///     Out of memory and no killable processes...
    ///
    /// (`dump_header()`'s stack dump, `show_mem()` report and task list are left out.) The
    /// kernel then panics ("System is deadlocked on memory"); the model does not: it returns
    /// false, and the slow path fails the allocation at once, printing nothing more. The
    /// "Out of memory: Killed process ..." line of a kill is never printed, as there is no task
    /// to kill.
    private mutating func outOfMemory(_ gfp: GFP, order: Int) -> Bool {
        enter("out_of_memory")
        defer { leave() }
        if !gfp.isEmpty && !gfp.contains(.fs) { return true }
        report([
            "\(comm) invoked oom-killer: gfp_mask=\(gfp.hexString)(\(gfp.printkString)), order=\(order), oom_score_adj=0",
            "Out of memory and no killable processes...",
        ])
        return false
    }

    /// Prints the warning of a failed allocation unless the caller asked for silence.
    ///
    /// Models: `warn_alloc()` (mm/page_alloc.c:3941-3964) for an allocation without a nodemask
    /// by a task in the root cpuset: nothing for `__GFP_NOWARN`; then the rate limit
    /// `nopage_rs` (`DEFINE_RATELIMIT_STATE(nopage_rs, 10*HZ, 1)`, mm/page_alloc.c:3945-3948:
    /// one warning per 10 seconds of `jiffies`, the window opening at the first check; see
    /// `RatelimitState` for the `callbacks suppressed` line a new window starts with); then
    /// nothing for `__GFP_DMA` when no DMA zone has managed pages (checked after the rate
    /// limit, which that call has used up); otherwise the first line as the kernel prints it,
    /// `"%s: %pV, mode:%#x(%pGg), nodemask=%*pbl"` with `current->comm`, continued by
    /// `cpuset_print_current_mems_allowed()` (CONFIG_CPUSETS) as `,cpuset=/,mems_allowed=` and the
    /// nodes with memory. The stack dump and the `show_mem()` report that follow are not
    /// modelled.
    mutating func warnAlloc(_ gfp: GFP, _ message: String) {
        if gfp.contains(.nowarn) { return }
        let (allowed, suppressed) = nopageRatelimit.check(now: jiffies)
        if suppressed > 0 { report(["warn_alloc: \(suppressed) callbacks suppressed"]) }
        guard allowed else { return }
        if gfp.contains(.dma) && !zones.contains(where: { $0.type == .dma && $0.managedPages > 0 }) { return }
        report([
            "\(comm): \(message), mode:\(gfp.hexString)(\(gfp.printkString)), nodemask=(null),cpuset=/,mems_allowed="
                + Machine.bitmapList(nodesWithMemory)
        ])
    }

    /// A set of numbers as `%*pbl` prints a bitmap: ascending ranges `a-b` or single numbers,
    /// separated by commas.
    ///
    /// Models: `bitmap_list_string()` (lib/vsprintf.c).
    static func bitmapList(_ bits: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        let sorted = bits.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }
}
