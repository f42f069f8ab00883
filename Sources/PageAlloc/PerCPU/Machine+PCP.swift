extension Machine {
    /// Allocates from the current CPU's list for the zone, refilling it from the buddy
    /// allocator when empty.
    ///
    /// Models: `rmqueue_pcplist()` / `__rmqueue_pcplist()` (mm/page_alloc.c:3252-3275):
    /// `free_count` is halved; the refill takes `nr_pcp_alloc()` blocks; the first entry is
    /// taken off the list, and handed out unless `check_new_pages()` finds a bad page in it,
    /// in which case that block is dropped (leaked) and the next entry is tried. Called only
    /// from `rmqueue()` in `get_page_from_freelist()`, after the zone's watermark test went
    /// through the zone table in place, so the table is unique.
    /// (`@_transparent`: inlined even where the optimiser's size limits would keep it out of line.)
    @_transparent
    mutating func rmqueuePcplist(zone z: Int, order: Int, migratetype: MigrateType, flags: AllocFlags) -> Int? {
        enter("rmqueue_pcplist")
        pcpLock(pinned: true)
        defer {
            pcpUnlock(pinned: true)
            leave()
        }
        let cpu = currentCPU
        let pindex = PerCPUPages.pindex(migratetype: migratetype, order: order)
        // The fast path halves free_count once (rmqueue_pcplist()); a retry after a bad block
        // takes the next entry without halving it again.
        var taken = Machine.takeFirst(
            &zones.pcpOfUnique(z, cpu: cpu).pointee, memmap: &memmap, pindex: pindex, order: order)
        while true {
            let pfn: Int
            if let first = taken {
                pfn = first
            } else {
                if zones[pcp: z, cpu: cpu].lists[pindex].isEmpty {
                    let batch = nrPcpAlloc(zone: z, cpu: cpu, order: order)
                    let got = rmqueueBulk(
                        zone: z, cpu: cpu, order: order, count: batch, pindex: pindex,
                        migratetype: migratetype, flags: flags)
                    zones[pcp: z, cpu: cpu].count += got << order
                    if got == 0 { return nil }
                }
                pfn = Int(zones[pcp: z, cpu: cpu].lists[pindex].first)
                memmap.remove(pfn, fromPcp: &zones[pcp: z, cpu: cpu].lists[pindex])
                zones[pcp: z, cpu: cpu].count -= 1 &<< order
            }
            taken = nil
            if !checkNewPages(pfn, order: order) { return pfn }
        }
    }

    /// The first part of `__rmqueue_pcplist()` (mm/page_alloc.c) on one CPU's lists, in place:
    /// `free_count` is halved and, unless list `pindex` is empty, its first block is taken.
    @inline(__always)
    private static func takeFirst(_ pcp: inout PerCPUPages, memmap: inout MemMap, pindex: Int, order: Int) -> Int? {
        pcp.freeCount >>= 1
        let first = pcp.lists[pindex].first
        guard first >= 0 else { return nil }
        let pfn = Int(first)
        memmap.remove(pfn, fromPcp: &pcp.lists[pindex])
        pcp.count -= 1 &<< order
        return pfn
    }

    /// How many blocks of `order` a per-CPU list refill asks the buddy allocator for, tuning
    /// `high` and `alloc_factor` on the way.
    ///
    /// Models: `nr_pcp_alloc()` (mm/page_alloc.c, 6.7+ auto-tuning), on `zones[pcp: z, cpu: cpu]`
    /// in place.
    private mutating func nrPcpAlloc(zone z: Int, cpu: Int, order: Int) -> Int {
        enter("nr_pcp_alloc")
        defer { leave() }
        let zoneFlags = zones[z].flags
        return Machine.nrPcpAlloc(&zones[pcp: z, cpu: cpu], zoneFlags: zoneFlags, order: order)
    }

    /// Models: `nr_pcp_alloc()` (mm/page_alloc.c, 6.7+ auto-tuning) on one CPU's lists of a
    /// zone with `zoneFlags`.
    private static func nrPcpAlloc(_ pcp: inout PerCPUPages, zoneFlags: ZoneFlags, order: Int) -> Int {
        let baseBatch = pcp.batch
        pcp.high = Kernel.clamp(pcp.high, pcp.highMin, pcp.highMax)
        var high = pcp.high
        if high < baseBatch { return 1 }
        var batch = order > 0 ? baseBatch : baseBatch << pcp.allocFactor
        if pcp.highMin != pcp.highMax && !zoneFlags.contains(.belowHigh) {
            pcp.high = min(high + batch, pcp.highMax)
            high = pcp.high
        }
        if order == 0 {
            let maxAlloc = max(high - pcp.count - baseBatch, baseBatch)
            if batch <= maxAlloc && pcp.allocFactor < PerCPUPages.batchScaleMax { pcp.allocFactor += 1 }
            batch = min(batch, maxAlloc)
        }
        if batch > 1 { batch = max(batch >> order, 2) }
        return batch
    }

    /// Moves up to `count` blocks of `order` from the buddy allocator to the tail of a per-CPU
    /// list; returns how many it got.
    ///
    /// Models: `rmqueue_bulk()` (mm/page_alloc.c): one `__rmqueue()` per block under one
    /// zone lock, sharing its fallback mode.
    private mutating func rmqueueBulk(
        zone z: Int, cpu: Int, order: Int, count: Int, pindex: Int, migratetype: MigrateType,
        flags: AllocFlags
    ) -> Int {
        enter("rmqueue_bulk")
        zoneLock()
        defer {
            zoneUnlock()
            leave()
        }
        var mode = RmqueueMode.normal
        var got = 0
        while got < count {
            guard let pfn = rmqueue(zone: z, order: order, migratetype, flags: flags, mode: &mode) else { break }
            memmap.addLast(pfn, order: order, toPcp: &zones[pcp: z, cpu: cpu].lists[pindex])
            got += 1
        }
        return got
    }

    /// Puts a freed block on the current CPU's list and flushes the list down to its high
    /// mark when it overflows.
    ///
    /// Models: `free_frozen_page_commit()` (mm/page_alloc.c, formerly
    /// `free_unref_page_commit()`): `PGFREE` is counted and the block goes first on its list
    /// (LIFO); `free_high`
    /// detects a burst of high-order frees (`free_count` at least `batch + high_min / 2`, the
    /// previous free also of order 1-3, and with `PCPF_FREE_HIGH_BATCH` at least a batch on
    /// the lists); `nr_pcp_high()` and `nr_pcp_free()` decide how
    /// much to flush; a flush that brings the zone over its high watermark clears
    /// ZONE_BELOW_HIGH.
    /// (`@_transparent`: inlined even where the optimiser's size limits would keep it out of line.)
    @_transparent
    mutating func freeFrozenPageCommit(_ pfn: Int, zone z: Int, migratetype: MigrateType, order: Int) {
        enter("free_frozen_page_commit")
        defer { leave() }
        let cpu = currentCPU
        vmEvents.count(.pgfree, 1 &<< order)
        let pindex = PerCPUPages.pindex(migratetype: migratetype, order: order)
        let zoneFlags = zones[z].flags
        guard
            let count = Machine.commit(
                pfn, to: &zones[pcp: z, cpu: cpu], memmap: &memmap, pindex: pindex, order: order, zoneFlags: zoneFlags)
        else { return }
        freePcppagesBulk(zone: z, cpu: cpu, count: count, pindex: pindex)
        if zones[z].flags.contains(.belowHigh)
            && zoneWatermarkOk(zone: z, order: 0, mark: zones[z].highWatermark, highestZone: .movable, flags: [])
        {
            zones[z].flags.remove(.belowHigh)
        }
    }

    /// The part of `free_frozen_page_commit()` (mm/page_alloc.c) that touches one CPU's lists,
    /// in place: the block goes first on list `pindex`, `free_high` is worked out, and
    /// `nr_pcp_high()` decides whether to flush; returns `nr_pcp_free()`, the pages to flush,
    /// or nil when the lists stay below their high mark.
    /// (`@_transparent`: inlined even where the optimiser's size limits would keep it out of line.)
    @_transparent
    private static func commit(
        _ pfn: Int, to pcp: inout PerCPUPages, memmap: inout MemMap, pindex: Int, order: Int, zoneFlags: ZoneFlags
    ) -> Int? {
        pcp.allocFactor >>= 1
        memmap.addFirst(pfn, order: order, toPcp: &pcp.lists[pindex])
        pcp.count += 1 &<< order
        let batch = pcp.batch
        var freeHigh = false
        if order > 0 && order <= Kernel.pageAllocCostlyOrder {
            freeHigh =
                pcp.freeCount >= batch + pcp.highMin / 2 && pcp.flags & PerCPUPages.prevFreeHighOrder != 0
                && (pcp.flags & PerCPUPages.freeHighBatch == 0 || pcp.count >= batch)
            pcp.flags |= PerCPUPages.prevFreeHighOrder
        } else {
            pcp.flags &= ~PerCPUPages.prevFreeHighOrder
        }
        if pcp.freeCount < batch << PerCPUPages.batchScaleMax { pcp.freeCount += 1 &<< order }
        let high = nrPcpHigh(&pcp, zoneFlags: zoneFlags, batch: batch, freeHigh: freeHigh)
        guard pcp.count >= high else { return nil }
        return nrPcpFree(pcp, batch: batch, high: high, freeHigh: freeHigh)
    }

    /// Models: `nr_pcp_high()` (mm/page_alloc.c, 6.7+ auto-tuning) on one CPU's lists of a
    /// zone with `zoneFlags`.
    @inline(__always)
    private static func nrPcpHigh(_ pcp: inout PerCPUPages, zoneFlags: ZoneFlags, batch: Int, freeHigh: Bool) -> Int {
        pcp.high = Kernel.clamp(pcp.high, pcp.highMin, pcp.highMax)
        var high = pcp.high
        if high == 0 { return 0 }
        if freeHigh {
            pcp.high = max(high - (batch << PerCPUPages.batchScaleMax), pcp.highMin)
            return 0
        }
        if zoneFlags.contains(.reclaimActive) {
            let freeCount = max(pcp.freeCount, batch)
            pcp.high = max(high - freeCount, pcp.highMin)
            return min(batch << 2, pcp.high)
        }
        if pcp.highMin == pcp.highMax { return high }
        if zoneFlags.contains(.belowHigh) {
            let freeCount = max(pcp.freeCount, batch)
            pcp.high = max(high - freeCount, pcp.highMin)
            high = max(pcp.count, pcp.highMin)
        } else if pcp.count >= high {
            let needHigh = pcp.freeCount + batch
            if pcp.high < needHigh { pcp.high = Kernel.clamp(needHigh, pcp.highMin, pcp.highMax) }
        }
        return high
    }

    /// How many pages a flush of an overflowing per-CPU list frees.
    ///
    /// Models: `nr_pcp_free()` (mm/page_alloc.c).
    static func nrPcpFree(_ pcp: PerCPUPages, batch: Int, high: Int, freeHigh: Bool) -> Int {
        if freeHigh { return min(pcp.count, batch << PerCPUPages.batchScaleMax) }
        if high < batch { return 1 }
        return Kernel.clamp(pcp.freeCount, batch, high - batch)
    }

    /// Returns `count` pages from a per-CPU list to the buddy allocator, oldest first,
    /// starting at list `pindex` and going round the lists.
    ///
    /// Models: `free_pcppages_bulk()` (mm/page_alloc.c): each block is taken from its list's
    /// tail, freed with its pageblock's current type, and fires `mm_page_pcpu_drain`; a list
    /// is emptied before moving on, so an order-3 block can overshoot `count`.
    private mutating func freePcppagesBulk(zone z: Int, cpu: Int, count: Int, pindex: Int) {
        enter("free_pcppages_bulk")
        zoneLock()
        defer {
            zoneUnlock()
            leave()
        }
        var count = min(zones[pcp: z, cpu: cpu].count, count)
        var pindex = pindex - 1
        while count > 0 {
            repeat {
                pindex += 1
                if pindex >= PerCPUPages.listCount { pindex = 0 }
            } while zones[pcp: z, cpu: cpu].lists[pindex].isEmpty
            let order = PerCPUPages.order(ofPindex: pindex)
            repeat {
                let pfn = Int(zones[pcp: z, cpu: cpu].lists[pindex].last)
                memmap.remove(pfn, fromPcp: &zones[pcp: z, cpu: cpu].lists[pindex])
                count -= 1 << order
                zones[pcp: z, cpu: cpu].count -= 1 << order
                let type = pageblockMigratetype(pfn)
                freeOnePage(pfn, zone: z, order: order, type, fpi: [])
                emit(.pagePcpuDrain(pfn: pfn, order: order, migratetype: type.rawValue))
            } while count > 0 && !zones[pcp: z, cpu: cpu].lists[pindex].isEmpty
        }
    }

    /// Empties one CPU's list for one zone.
    ///
    /// Models: `drain_pages_zone()` (mm/page_alloc.c): in chunks of `batch << CONFIG_PCP_BATCH_SCALE_MAX`.
    public mutating func drainPagesZone(zone z: Int, cpu: Int) {
        enter("drain_pages_zone")
        defer { leave() }
        while zones[pcp: z, cpu: cpu].count > 0 {
            let chunk = min(zones[pcp: z, cpu: cpu].count, zones[pcp: z, cpu: cpu].batch << PerCPUPages.batchScaleMax)
            pcpLock(pinned: false)
            freePcppagesBulk(zone: z, cpu: cpu, count: chunk, pindex: 0)
            pcpUnlock(pinned: false)
        }
    }

    /// Empties the current CPU's lists of every zone.
    ///
    /// Models: `drain_local_pages(NULL)` (mm/page_alloc.c).
    public mutating func drainLocalPages() {
        enter("drain_local_pages")
        defer { leave() }
        for z in zones.indices where zones[z].isPopulated { drainPagesZone(zone: z, cpu: currentCPU) }
    }

    /// Empties every CPU's lists of every zone, CPU by CPU.
    ///
    /// Models: `drain_all_pages(NULL)` → `__drain_all_pages()` (mm/page_alloc.c:2662-2728):
    /// the calling CPU drains every CPU's lists itself, CPU by CPU and zone by zone
    /// (`drain_pages()` → `drain_pages_zone()`, mm/page_alloc.c:2720-2725), so the tracepoints
    /// carry the calling CPU's number.
    public mutating func drainAllPages() {
        enter("drain_all_pages")
        defer { leave() }
        for cpu in 0..<cpuCount {
            for z in zones.indices where zones[z].isPopulated { drainPagesZone(zone: z, cpu: cpu) }
        }
    }

    /// Shrinks an idle per-CPU list's high mark by an eighth towards high_min and frees what
    /// is above it.
    ///
    /// Models: `decay_pcp_high()` (mm/page_alloc.c), run by the vmstat worker every second.
    public mutating func decayPcpHigh(zone z: Int, cpu: Int) {
        enter("decay_pcp_high")
        defer { leave() }
        let pcp = zones[pcp: z, cpu: cpu]
        if pcp.high > pcp.highMin {
            zones[pcp: z, cpu: cpu].high = max(
                pcp.count - (pcp.batch << PerCPUPages.batchScaleMax),
                pcp.high - (pcp.high >> 3), pcp.highMin)
        }
        let toDrain = zones[pcp: z, cpu: cpu].count - zones[pcp: z, cpu: cpu].high
        if toDrain > 0 {
            let saved = currentCPU
            currentCPU = cpu
            pcpLock(pinned: false)
            freePcppagesBulk(zone: z, cpu: cpu, count: toDrain, pindex: 0)
            pcpUnlock(pinned: false)
            currentCPU = saved
        }
    }
}

extension Machine {
    /// One run of the per-CPU vmstat worker on every CPU: each CPU's lists decay towards
    /// high_min and give back what is above their high mark.
    ///
    /// Models: `vmstat_update()` → `refresh_cpu_vm_stats()` (mm/vmstat.c), which calls
    /// `decay_pcp_high()` for every populated zone; the counter folding it also does has no
    /// effect in the model. The kernel runs it every `vm.stat_interval` (1 s), as a deferrable
    /// work item of each CPU (mm/vmstat.c:2157-2158) queued on that CPU (lines 2048, 2142): the
    /// model runs each CPU's in turn, on that CPU, in its worker's task
    /// (`TaskContext.kworker(cpu:)`), so the tracepoints of the decay (`mm_page_pcpu_drain`)
    /// carry `kworker/<cpu>:1` and its stand-in pid.
    public mutating func vmstatUpdate() {
        enter("vmstat_update")
        let caller = (task, currentCPU)
        defer {
            (task, currentCPU) = caller
            leave()
        }
        for cpu in 0..<cpuCount {
            task = .kworker(cpu: cpu)
            currentCPU = cpu
            for z in zones.indices where zones[z].isPopulated { decayPcpHigh(zone: z, cpu: cpu) }
        }
    }
}
