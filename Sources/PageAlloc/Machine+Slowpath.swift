extension Machine {
    /// The allocation slow path, entered when no zone passed the low watermark.
    ///
    /// Models the first attempts of `__alloc_pages_slowpath()` (mm/page_alloc.c): retry the
    /// zonelist with the flags `gfp_to_alloc_flags()` gives (the min watermark, reserves for
    /// atomic and `__GFP_HIGH` requests, HIGHATOMIC for non-blocking high orders, no
    /// ALLOC_NOFRAGMENT), then once more with the reserves `__gfp_pfmemalloc_flags()` grants.
    /// Waking kswapd, direct reclaim, compaction, retries and the OOM killer are not modelled
    /// yet; the allocation fails after these attempts.
    mutating func allocPagesSlowpath(_ gfp: GFP, order: Int, ac: AllocContext) -> Int? {
        enter("__alloc_pages_slowpath")
        defer { leave() }
        var flags = AllocFlags.gfpToAllocFlags(gfp, order: order)
        if let pfn = getPageFromFreelist(gfp, order: order, flags: flags, ac: ac) { return pfn }
        let reserve = AllocFlags.gfpPfmemallocFlags(gfp)
        guard !reserve.isEmpty else { return nil }
        flags = reserve.union(flags.intersection(.kswapd))
        return getPageFromFreelist(gfp, order: order, flags: flags, ac: ac)
    }
}
