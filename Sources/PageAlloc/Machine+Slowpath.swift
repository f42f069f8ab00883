extension Machine {
    /// The allocation slow path, entered when no zone passed the low watermark.
    ///
    /// Models the first attempt of `__alloc_pages_slowpath()` (mm/page_alloc.c): retry the
    /// zonelist with the flags `gfp_to_alloc_flags()` gives (the min watermark, reserves for
    /// atomic and `__GFP_HIGH` requests, HIGHATOMIC for non-blocking high orders, no
    /// ALLOC_NOFRAGMENT). Waking kswapd, direct reclaim, compaction, retries and the OOM
    /// killer are not modelled yet; the allocation fails after this attempt.
    mutating func allocPagesSlowpath(_ gfp: GFP, order: Int, ac: AllocContext) -> Int? {
        var flags = AllocFlags.wmark(.min).union(.cpuset)
        if gfp.contains(.high) { flags.insert(.minReserve) }
        if gfp.contains(.kswapdReclaim) { flags.insert(.kswapd) }
        if !gfp.contains(.directReclaim) {
            if !gfp.contains(.nomemalloc) {
                flags.insert(.nonBlock)
                if order > 0 && flags.contains(.minReserve) { flags.insert(.highAtomic) }
            }
            if flags.contains(.minReserve) { flags.remove(.cpuset) }
        }
        if gfp.contains(.memalloc) && !gfp.contains(.nomemalloc) {
            flags = AllocFlags.noWatermarks.union(flags.intersection(.kswapd))
        }
        return getPageFromFreelist(gfp, order: order, flags: flags, ac: ac)
    }
}
