extension Machine {
    /// `SWAP_CLUSTER_MAX` (include/linux/swap.h): the pages direct reclaim aims to free per call.
    private static let swapClusterMax = 32
    /// `MAX_RECLAIM_RETRIES` (mm/internal.h).
    static let maxReclaimRetries = 16

    /// `compact_gap(order)` (mm/internal.h): the free pages compaction needs as migration targets.
    static func compactGap(_ order: Int) -> Int { 2 << order }

    /// Wakes the kswapd of every node the allocation may use, once per node.
    ///
    /// Models: `wake_all_kswapds()` (mm/page_alloc.c) with `vm.defrag_mode` off: for each
    /// managed zone of the zonelist up to `highest_zoneidx`, the first one of each node.
    mutating func wakeAllKswapds(order: Int, gfp: GFP, ac: AllocContext) {
        enter("wake_all_kswapds")
        defer { leave() }
        var lastNode: Int?
        for z in zonelist(of: ac)[ac.preferredIndex...] where zones[z].type <= ac.highestZone {
            guard zones[z].managedPages > 0, zones[z].node != lastNode else { continue }
            wakeupKswapd(zone: z, gfp: gfp, order: order, highestZone: ac.highestZone)
            lastNode = zones[z].node
        }
    }

    /// Wakes a node's kswapd unless the node is hopeless or already balanced; the model's kswapd
    /// then runs at once.
    ///
    /// Models: `wakeup_kswapd()` (mm/vmscan.c): no wakeup after `MAX_RECLAIM_RETRIES` kswapd runs
    /// that reclaimed nothing, nor when the node is balanced for the order and no watermark is
    /// boosted; otherwise `mm_vmscan_wakeup_kswapd`. The kernel's kswapd is a thread that runs
    /// while the allocation goes on; the model runs one `balance_pgdat()` pass to completion
    /// before the allocator's next step, so its effect is visible at once. kcompactd, which the
    /// kernel wakes for balanced-but-fragmented nodes, is not modelled.
    mutating func wakeupKswapd(zone z: Int, gfp: GFP, order: Int, highestZone: ZoneType) {
        enter("wakeup_kswapd")
        defer { leave() }
        guard zones[z].managedPages > 0 else { return }
        let node = zones[z].node
        if nodes[node].kswapdFailures >= Machine.maxReclaimRetries
            || (pgdatBalanced(node: node, order: order, highestZone: highestZone)
                && !pgdatWatermarkBoosted(node: node, highestZone: highestZone))
        {
            return
        }
        emit(.vmscanWakeupKswapd(nid: node, zoneIndex: zones[z].type.rawValue, order: order, gfp: gfp))
        kswapd(node: node, order: order, highestZone: highestZone)
    }

    /// One kswapd run on a node: wake, balance, sleep.
    ///
    /// Models: the loop of `kswapd()` (mm/vmscan.c) for one wakeup: `mm_vmscan_kswapd_wake`,
    /// `balance_pgdat()`, `mm_vmscan_kswapd_sleep`, all in kswapd's own task
    /// (`TaskContext.kswapd(node:)`), so its tracepoints carry `kswapd<nid>` and its pid. The
    /// model's kswapd runs at once on the waking CPU and goes back to sleep after one pass
    /// whether or not the node ended up balanced (a pass already takes every clean page it
    /// may).
    mutating func kswapd(node: Int, order: Int, highestZone: ZoneType) {
        enter("kswapd")
        let waker = task
        task = .kswapd(node: node)
        defer {
            task = waker
            leave()
        }
        emit(.vmscanKswapdWake(nid: node, zoneIndex: highestZone.rawValue, order: order))
        balancePgdat(node: node, order: order, highestZone: highestZone)
        emit(.vmscanKswapdSleep(nid: node))
    }

    /// Reclaims clean page cache on a node, oldest first, until some zone up to `highestZone`
    /// is above its high watermark; returns the pages freed.
    ///
    /// Models: `balance_pgdat()` (mm/vmscan.c): ZONE_RECLAIM_ACTIVE is set on the zones while it
    /// runs (so freed pages do not pile up on the per-CPU lists); boosted watermarks are part of
    /// the high watermark it balances to, and the boosts are dropped at the end; once a
    /// high-order run has freed `compact_gap(order)` pages it balances for order 0 (as
    /// `kswapd_shrink_node()` does); a run that gives up without freeing anything counts as a
    /// kswapd failure, one that frees something clears the count (as `shrink_node()` does); the
    /// pages freed count as `PGSTEAL_KSWAPD`. Each step isolates up to `SWAP_CLUSTER_MAX` pages
    /// of the oldest clean folios of the node's file LRU in eligible zones (`isolateLruFolios`)
    /// and frees them (`shrinkFolioList`). Not modelled: the scan priorities and `nr_to_reclaim` batches, the
    /// active list, anonymous memory and swap, slab shrinkers, writeback of dirty pages (dirty
    /// folios are passed over), and the kcompactd wakeup after a boosted run.
    @discardableResult
    private mutating func balancePgdat(node: Int, order: Int, highestZone: ZoneType) -> Int {
        enter("balance_pgdat")
        defer { leave() }
        let eligible = ZoneType.allCases.filter { $0 <= highestZone }.map { Machine.zoneIndex(node: node, type: $0) }
            .filter { zones[$0].managedPages > 0 }
        let boosts = eligible.map { zones[$0].watermarkBoost }
        for z in eligible { zones[z].flags.insert(.reclaimActive) }
        var order = order
        var boostReclaim = boosts.reduce(0, +)
        var reclaimed = 0
        var cursor = nodes[node].fileLRU.last
        var exhausted = false
        while true {
            let balanced = pgdatBalanced(node: node, order: order, highestZone: highestZone)
            if !balanced { boostReclaim = 0 }
            if balanced && boostReclaim == 0 { break }
            let (folios, next) = isolateLruFolios(
                from: cursor, highestZone: highestZone, maxPages: Machine.swapClusterMax)
            guard !folios.isEmpty else {
                exhausted = true
                break
            }
            cursor = next
            let freed = shrinkFolioList(folios)
            reclaimed += freed
            vmEvents.count(.pgstealKswapd, freed)
            boostReclaim -= min(boostReclaim, freed)
            if order > 0 && reclaimed >= Machine.compactGap(order) { order = 0 }
        }
        for z in eligible { zones[z].flags.remove(.reclaimActive) }
        if reclaimed > 0 {
            nodes[node].kswapdFailures = 0
        } else if exhausted {
            nodes[node].kswapdFailures += 1
        }
        for (z, boost) in zip(eligible, boosts) where boost > 0 {
            zones[z].watermarkBoost -= min(zones[z].watermarkBoost, boost)
        }
        return reclaimed
    }

    /// The next folio reclaim may drop, walking a node's file LRU from `cursor` towards the
    /// young end, with the entry after it; nil when none is left.
    ///
    /// Models the scan of `isolate_lru_folios()` / `shrink_folio_list()` (mm/vmscan.c) from the
    /// tail of the inactive list: folios in zones above the reclaim index are skipped, as are
    /// dirty, locked or writeback folios and folios others hold references to.
    private func nextReclaimable(from cursor: Int32, highestZone: ZoneType) -> (pfn: Int, next: Int32)? {
        var p = cursor
        while p >= 0 {
            let pfn = Int(p)
            p = memmap.prev(pfn)
            guard let z = zoneIndex(ofPfn: pfn), zones[z].type <= highestZone, folioIsReclaimable(pfn) else { continue }
            return (pfn, p)
        }
        return nil
    }

    /// The clean folios one reclaim pass isolates from the old end of a node's file LRU,
    /// starting at `cursor`, with the entry after the last one taken.
    ///
    /// Models: `isolate_lru_folios()` (mm/vmscan.c) called with `nr_to_scan` pages: folios are
    /// taken while fewer than `maxPages` pages have been taken (so the last one may overshoot).
    /// The folios `nextReclaimable` passes over are not counted (the kernel isolates them too
    /// and puts them back).
    private func isolateLruFolios(from cursor: Int32, highestZone: ZoneType, maxPages: Int) -> (
        folios: [Int], next: Int32
    ) {
        var folios: [Int] = []
        var pages = 0
        var p = cursor
        while pages < maxPages, let (pfn, next) = nextReclaimable(from: p, highestZone: highestZone) {
            folios.append(pfn)
            pages += 1 << Int(memmap.lruFolioOrder[pfn])
            p = next
        }
        return (folios, p)
    }

    /// Whether some zone of the node up to `highestZone` meets its high watermark for `order`.
    ///
    /// Models: `pgdat_balanced()` (mm/vmscan.c) with `zone_watermark_ok_safe()`: a node with no
    /// managed zone in range is balanced. NUMA memory tiering (the promo watermark) is off.
    private func pgdatBalanced(node: Int, order: Int, highestZone: ZoneType) -> Bool {
        var sawManaged = false
        for type in ZoneType.allCases where type <= highestZone {
            let z = Machine.zoneIndex(node: node, type: type)
            guard zones[z].managedPages > 0 else { continue }
            sawManaged = true
            if zoneWatermarkOk(zone: z, order: order, mark: zones[z].highWatermark, highestZone: highestZone, flags: [])
            {
                return true
            }
        }
        return !sawManaged
    }

    /// Models: `pgdat_watermark_boosted()` (mm/vmscan.c): some managed zone up to
    /// `highestZone` has a boosted watermark.
    private func pgdatWatermarkBoosted(node: Int, highestZone: ZoneType) -> Bool {
        ZoneType.allCases.contains { type in
            let z = Machine.zoneIndex(node: node, type: type)
            return type <= highestZone && zones[z].managedPages > 0 && zones[z].watermarkBoost > 0
        }
    }

    /// The pages reclaim could still free in a zone.
    ///
    /// Models: `zone_reclaimable_pages()` (mm/vmscan.c, 6.13+): the file LRU pages (the model has
    /// no anonymous pages and no swap); when there are none, the zone's free pages, so that a
    /// zone with free memory is not written off.
    func zoneReclaimablePages(zone z: Int) -> Int {
        let nr = zones[z].nrZoneInactiveFile
        return nr == 0 ? zones[z].freePages : nr
    }

    /// Direct reclaim: frees clean page cache for the allocating task; returns the pages freed
    /// (1 when it stopped short because compaction can already run).
    ///
    /// Models: `try_to_free_pages()` → `do_try_to_free_pages()` → `shrink_zones()` (mm/vmscan.c)
    /// with the `mm_vmscan_direct_reclaim_begin/end` tracepoints: `nr_to_reclaim` is
    /// `SWAP_CLUSTER_MAX`, the reclaim index is `gfp_zone(gfp)`, each node of the zonelist is
    /// shrunk once, oldest clean folio first; for costly orders a zone where `compaction_ready()`
    /// holds is left alone. Reclaiming on a node resets its kswapd failures, as `shrink_node()`
    /// does; the pages freed count as `PGSTEAL_DIRECT`. The scan priorities, throttling, memory
    /// cgroups and writeback are not modelled.
    mutating func tryToFreePages(order: Int, gfp: GFP, ac: AllocContext) -> Int {
        enter("try_to_free_pages")
        defer { leave() }
        emit(.vmscanDirectReclaimBegin(order: order, gfp: gfp))
        let reclaimIndex = gfp.zone
        var reclaimed = 0
        var compactionCanRun = false
        var lastNode: Int?
        for z in zonelist(of: ac)[ac.preferredIndex...] where zones[z].type <= reclaimIndex {
            if order > Kernel.pageAllocCostlyOrder
                && compactionReady(
                    zone: z, order: order, gfp: gfp,
                    reclaimIndex: reclaimIndex)
            {
                compactionCanRun = true
                continue
            }
            let node = zones[z].node
            guard node != lastNode, reclaimed < Machine.swapClusterMax else { continue }
            lastNode = node
            let freed = shrinkNode(node, target: Machine.swapClusterMax - reclaimed, reclaimIndex: reclaimIndex)
            if freed > 0 { nodes[node].kswapdFailures = 0 }
            vmEvents.count(.pgstealDirect, freed)
            reclaimed += freed
        }
        emit(.vmscanDirectReclaimEnd(nrReclaimed: reclaimed))
        if reclaimed > 0 { return reclaimed }
        return compactionCanRun ? 1 : 0
    }

    /// Drops clean folios from the old end of a node's file LRU until `target` pages are freed
    /// or none is left; returns the pages freed.
    ///
    /// Models: `shrink_node()` → `shrink_lruvec()` → `shrink_inactive_list()` (mm/vmscan.c) as
    /// far as the model's page cache goes.
    private mutating func shrinkNode(_ node: Int, target: Int, reclaimIndex: ZoneType) -> Int {
        enter("shrink_node")
        defer { leave() }
        var freed = 0
        var cursor = nodes[node].fileLRU.last
        while freed < target {
            let (folios, next) = isolateLruFolios(from: cursor, highestZone: reclaimIndex, maxPages: target - freed)
            guard !folios.isEmpty else { break }
            cursor = next
            freed += shrinkFolioList(folios)
        }
        return freed
    }

    /// Whether reclaim can stop for a zone because compaction can take over.
    ///
    /// Models: `compaction_ready()` (mm/vmscan.c, 6.15+): compaction allowed by the gfp mask,
    /// and either the allocation would succeed at the min watermark or compaction is suitable
    /// at the high watermark.
    private func compactionReady(zone z: Int, order: Int, gfp: GFP, reclaimIndex: ZoneType) -> Bool {
        guard gfp.contains(.io) else { return false }
        if zoneWatermarkOk(zone: z, order: order, mark: zones[z].minWatermark, highestZone: reclaimIndex, flags: []) {
            return true
        }
        return compactionSuitable(zone: z, order: order, mark: zones[z].highWatermark, highestZone: reclaimIndex)
    }
}
