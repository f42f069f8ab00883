extension Machine {
    /// The migratetype an allocation with `gfp` asks for on this machine.
    ///
    /// Models: `gfp_migratetype()` (include/linux/gfp.h) including the
    /// `page_group_by_mobility_disabled` override.
    @inline(__always)
    public func migratetype(for gfp: GFP) -> MigrateType {
        pageGroupByMobilityDisabled ? .unmovable : gfp.migratetype
    }

    /// Allocates 2^order pages; returns the first pfn, or nil when the allocation fails.
    ///
    /// Models: `__alloc_pages()` → `__alloc_frozen_pages()` (mm/page_alloc.c): the fast path
    /// with ALLOC_WMARK_LOW, then the slow path, then `set_page_refcounted()` and the
    /// `mm_page_alloc` tracepoint. `node` defaults to the current CPU's node (`numa_node_id()`).
    public mutating func allocPages(_ gfp: GFP, order: Int, node: Int? = nil) -> Int? {
        enter("__alloc_pages")
        defer { leave() }
        let pfn = allocFrozenPages(gfp, order: order, node: node ?? currentNode)
        // Taking the block off its free list wrote its first page's words: the memmap is unique.
        if let pfn { memmap.setRefcountOfUnique(pfn, 1) }
        return pfn
    }

    /// Allocates 2^order pages for a caller that wants a kernel virtual address; returns the
    /// first pfn, or nil when the allocation fails.
    ///
    /// Models: `__get_free_pages()` → `get_free_pages_noprof()` (mm/page_alloc.c): the
    /// request goes to `alloc_pages()` without `__GFP_HIGHMEM`, so `GFP_HIGHUSER_MOVABLE`
    /// is served from ZONE_NORMAL and traced without `__GFP_HIGHMEM`.
    public mutating func getFreePages(_ gfp: GFP, order: Int) -> Int? {
        allocPages(gfp.subtracting(.highmem), order: order)
    }

    /// Models: `__alloc_frozen_pages()` (mm/page_alloc.c): returns pages with refcount 0;
    /// the mask is narrowed by the task's scopes (`current_gfp_context()`) before anything
    /// else. Cpusets, memcg charging and fault injection are not modelled.
    @inline(__always)
    mutating func allocFrozenPages(_ gfp: GFP, order: Int, node: Int) -> Int? {
        enter("__alloc_frozen_pages")
        defer { leave() }
        guard order <= Kernel.maxPageOrder else {
            emit(.pageAlloc(pfn: nil, order: order, gfp: gfp, migratetype: migratetype(for: gfp).rawValue))
            return nil
        }
        let gfp = task.currentGfpContext(gfp.intersection(.bitsMask))
        guard let ac = prepareAllocPages(gfp, node: node) else {
            emit(.pageAlloc(pfn: nil, order: order, gfp: gfp, migratetype: migratetype(for: gfp).rawValue))
            return nil
        }
        var flags = AllocFlags(watermark: .low)
        flags.formUnion(allocFlagsNofragment(zone: ac.preferredZone, gfp: gfp))
        var pfn = getPageFromFreelist(gfp, order: order, flags: flags, ac: ac)
        if pfn == nil { pfn = allocPagesSlowpath(gfp, order: order, ac: ac) }
        emit(.pageAlloc(pfn: pfn, order: order, gfp: gfp, migratetype: ac.migratetype.rawValue))
        return pfn
    }

    /// Works out the zonelist, preferred zone and migratetype of an allocation.
    ///
    /// Models: `prepare_alloc_pages()` (mm/page_alloc.c): `gfp_zone()`, `node_zonelist()`
    /// (ZONELIST_NOFALLBACK for `__GFP_THISNODE`), `gfp_migratetype()`,
    /// `first_zones_zonelist()`. Nil when no zone of the zonelist is usable.
    @inline(__always)
    public func prepareAllocPages(_ gfp: GFP, node: Int) -> AllocContext? {
        let highest = gfp.zone
        let noFallback = gfp.contains(.thisnode)
        let count = noFallback ? nodes[node].zonelistNoFallback.count : nodes[node].zonelistFallback.count
        for position in 0..<count {
            let z = noFallback ? nodes[node].zonelistNoFallback[position] : nodes[node].zonelistFallback[position]
            guard zones[z].type <= highest else { continue }
            return AllocContext(
                node: node, noFallback: noFallback, preferredIndex: position, zonelistCount: count, preferredZone: z,
                migratetype: migratetype(for: gfp), highestZone: highest)
        }
        return nil
    }

    /// The fast-path flags that depend on the preferred zone.
    ///
    /// Models: `alloc_flags_nofragment()` (mm/page_alloc.c): ALLOC_KSWAPD from
    /// `__GFP_KSWAPD_RECLAIM`; ALLOC_NOFRAGMENT when the preferred zone is ZONE_NORMAL (and,
    /// on NUMA machines, its node's DMA32 is populated).
    @inline(__always)
    public func allocFlagsNofragment(zone z: Int, gfp: GFP) -> AllocFlags {
        var flags: AllocFlags = gfp.contains(.kswapdReclaim) ? .kswapd : []
        guard zones[z].type == .normal else { return flags }
        if nodeCount > 1 && !zones[Machine.zoneIndex(node: zones[z].node, type: .dma32)].isPopulated { return flags }
        flags.insert(.noFragment)
        return flags
    }

    /// Walks the zonelist for a zone that passes its watermark and takes a block from it.
    ///
    /// Models: `get_page_from_freelist()` (mm/page_alloc.c): zones above `highest_zoneidx`
    /// are skipped; a remote-node zone under ALLOC_NOFRAGMENT restarts without it; a zone
    /// failing the high-watermark check is marked ZONE_BELOW_HIGH; a zone failing the
    /// requested watermark is skipped unless ALLOC_NO_WATERMARKS (node reclaim is off, as
    /// `vm.zone_reclaim_mode` defaults to 0); after a full pass under ALLOC_NOFRAGMENT the
    /// pass is repeated without it. A HIGHATOMIC allocation reserves its pageblock.
    @inline(__always)
    mutating func getPageFromFreelist(_ gfp: GFP, order: Int, flags: AllocFlags, ac: AllocContext) -> Int? {
        enter("get_page_from_freelist")
        defer { leave() }
        var flags = flags
        retry: while true {
            let noFallback = flags.contains(.noFragment)
            for position in ac.preferredIndex..<ac.zonelistCount {
                let z = position == ac.preferredIndex ? ac.preferredZone : zoneref(ac, position)
                guard zones[z].type <= ac.highestZone else { continue }
                if noFallback && nodeCount > 1 && zones[z].node != zones[ac.preferredZone].node {
                    flags.remove(.noFragment)
                    continue retry
                }
                var ok = false
                if !zones[z].flags.contains(.belowHigh) {
                    if zones[z].watermarkFast(
                        order: order, mark: zones[z].highWatermark, highestZone: ac.highestZone, flags: flags)
                    {
                        ok = true
                    } else {
                        zones[z].flags.insert(.belowHigh)
                    }
                }
                if !ok {
                    let mark = zones[z].watermarkPages(flags.watermark)
                    ok =
                        zones[z].watermarkFast(order: order, mark: mark, highestZone: ac.highestZone, flags: flags)
                        || flags.contains(.noWatermarks)
                }
                guard ok else { continue }
                if let pfn = rmqueue(
                    preferredZone: ac.preferredZone, zone: z, order: order, gfp: gfp, flags: flags,
                    migratetype: ac.migratetype)
                {
                    prepNewPage(pfn, order: order, gfp: gfp)
                    if flags.contains(.highAtomic) { reserveHighatomicPageblock(pfn, zone: z, order: order) }
                    return pfn
                }
            }
            if noFallback {
                flags.remove(.noFragment)
                continue retry
            }
            return nil
        }
    }

    /// Takes a block of `order` from zone `z`: from the per-CPU list for small orders, else
    /// from the buddy free lists.
    ///
    /// Models: `rmqueue()` (mm/page_alloc.c), counting `PGALLOC` of the zone as
    /// `rmqueue_pcplist()` and `rmqueue_buddy()` do. Waking kswapd for a boosted watermark
    /// clears ZONE_BOOSTED_WATERMARK; kswapd's work itself belongs to the slow-path model.
    /// (`@_transparent`: inlined even where the optimiser's size limits would keep it out of line.)
    @_transparent
    mutating func rmqueue(
        preferredZone: Int, zone z: Int, order: Int, gfp: GFP, flags: AllocFlags,
        migratetype: MigrateType
    ) -> Int? {
        enter("rmqueue")
        defer { leave() }
        var pfn: Int?
        if PerCPUPages.allowedOrder(order) {
            pfn = rmqueuePcplist(zone: z, order: order, migratetype: migratetype, flags: flags)
        }
        if pfn == nil { pfn = rmqueueBuddy(zone: z, order: order, flags: flags, migratetype: migratetype) }
        if pfn != nil, let event = VMEvent.pgalloc(zones[z].type) { vmEvents.count(event, 1 &<< order) }
        if flags.contains(.kswapd) && zones[z].flags.contains(.boostedWatermark) {
            zones[z].flags.remove(.boostedWatermark)
        }
        return pfn
    }

    /// Takes a block straight from the buddy free lists under the zone lock.
    ///
    /// Models: `rmqueue_buddy()` (mm/page_alloc.c:3152-3190): HIGHATOMIC requests try the
    /// HighAtomic lists first; OOM and non-blocking requests fall back to them last; a block in
    /// which `check_new_pages()` finds a bad page is dropped (leaked) and the search repeated.
    private mutating func rmqueueBuddy(zone z: Int, order: Int, flags: AllocFlags, migratetype: MigrateType) -> Int? {
        enter("rmqueue_buddy")
        defer { leave() }
        while true {
            var page: Int?
            zoneLock()
            if flags.contains(.highAtomic) { page = rmqueueSmallest(zone: z, order: order, .highAtomic) }
            if page == nil {
                var mode = RmqueueMode.normal
                page = rmqueue(zone: z, order: order, migratetype, flags: flags, mode: &mode)
                if page == nil && !flags.isDisjoint(with: [.oom, .nonBlock]) {
                    page = rmqueueSmallest(zone: z, order: order, .highAtomic)
                }
            }
            zoneUnlock()
            guard let pfn = page else { return nil }
            if !checkNewPages(pfn, order: order) { return pfn }
        }
    }

    /// Takes a block of `order` for `migratetype`, falling back to claiming or stealing from
    /// other types' blocks.
    ///
    /// Models: `__rmqueue()` (mm/page_alloc.c, 6.16+): the mode remembers across one
    /// `rmqueue_bulk()` which step last succeeded, so later iterations skip the ones that
    /// failed. (No CMA in this configuration.)
    mutating func rmqueue(
        zone z: Int, order: Int, _ migratetype: MigrateType, flags: AllocFlags,
        mode: inout RmqueueMode
    ) -> Int? {
        enter("__rmqueue")
        defer { leave() }
        if mode == .normal, let pfn = rmqueueSmallest(zone: z, order: order, migratetype) { return pfn }
        if mode <= .claim, let pfn = rmqueueClaim(zone: z, order: order, migratetype, flags: flags) {
            mode = .normal
            return pfn
        }
        if !flags.contains(.noFragment), let pfn = rmqueueSteal(zone: z, order: order, migratetype) {
            mode = .steal
            return pfn
        }
        return nil
    }

    /// Prepares a block just taken from the free lists for its user.
    ///
    /// Models: `prep_new_page()` / `post_alloc_hook()` (mm/page_alloc.c): `private` cleared,
    /// and for `__GFP_COMP` with order > 0 `prep_compound_page()`. Zeroing, KASAN and page
    /// owner are not modelled; `check_new_pages()` ran when the block was taken off its list
    /// (`rmqueuePcplist`, `rmqueueBuddy`).
    @inline(__always)
    mutating func prepNewPage(_ pfn: Int, order: Int, gfp: GFP) {
        enter("prep_new_page")
        defer { leave() }
        if memmap.privateValue[pfn] != 0 { memmap.privateValue[pfn] = 0 }
        if order > 0 && gfp.contains(.comp) { prepCompoundPage(pfn, order: order) }
    }
}

/// Which step of `__rmqueue()` an allocation batch is at.
///
/// Models: `enum rmqueue_mode` (mm/page_alloc.c, 6.16+), without RMQUEUE_CMA (no CMA here).
enum RmqueueMode: Int, Comparable {
    case normal, claim, steal

    static func < (lhs: RmqueueMode, rhs: RmqueueMode) -> Bool { lhs.rawValue < rhs.rawValue }
}
