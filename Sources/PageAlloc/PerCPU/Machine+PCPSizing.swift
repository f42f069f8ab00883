extension Machine {
    /// The number of pages a per-CPU list moves to or from the buddy allocator at a time.
    ///
    /// Models: `zone_batchsize()` (mm/page_alloc.c): a quarter of managed/1024 (at most 1 MiB
    /// of pages), times 1.5 rounded down to a power of two, minus one; the caller makes it at
    /// least 1.
    func zoneBatchsize(zone z: Int) -> Int {
        var batch = min(zones[z].managedPages >> 10, (1 << 20) / Kernel.pageSize)
        batch /= 4
        if batch < 1 { batch = 1 }
        let value = batch + batch / 2
        return (1 << (Int.bitWidth - 1 - value.leadingZeroBitCount)) - 1
    }

    /// A CPU's share of the zone's pages that its per-CPU list may hold.
    ///
    /// Models: `zone_highsize()` (mm/page_alloc.c): the low watermark (or managed/fraction),
    /// divided among the CPUs of the zone's node (all online CPUs for a CPU-less node), at
    /// least 4 batches.
    func zoneHighsize(zone z: Int, batch: Int, cpuOnline: Int, highFraction: Int) -> Int {
        let total = highFraction == 0 ? zones[z].lowWatermark : zones[z].managedPages / highFraction
        var cpus = layout.cpuNodes.filter { $0 == zones[z].node }.count + cpuOnline
        if cpus == 0 { cpus = cpuCount }
        return max(total / cpus, batch << 2)
    }

    /// Gives every CPU's list of a populated zone its batch, high_min and high_max.
    ///
    /// Models: `zone_pcp_update(zone, 0)` → `zone_set_pageset_high_and_batch()`
    /// (mm/page_alloc.c): with `percpu_pagelist_high_fraction` 0, high_min comes from the low
    /// watermark and high_max from an eighth of managed pages; with a fraction both come from
    /// it. `pageset_update()` leaves `pcp->high` alone.
    mutating func zonePcpUpdate(zone z: Int) {
        guard zones[z].isPopulated else { return }
        let batch = max(1, zoneBatchsize(zone: z))
        let fraction = sysctl.percpuPagelistHighFraction
        let highMin = zoneHighsize(zone: z, batch: batch, cpuOnline: 0, highFraction: fraction)
        let highMax = fraction != 0 ? highMin : zoneHighsize(zone: z, batch: batch, cpuOnline: 0, highFraction: 8)
        if zones[z].pagesetHighMin == highMin && zones[z].pagesetHighMax == highMax && zones[z].pagesetBatch == batch {
            return
        }
        zones[z].pagesetHighMin = highMin
        zones[z].pagesetHighMax = highMax
        zones[z].pagesetBatch = batch
        for cpu in 0..<zones.cpuCount {
            zones[pcp: z, cpu: cpu].batch = batch
            zones[pcp: z, cpu: cpu].highMin = highMin
            zones[pcp: z, cpu: cpu].highMax = highMax
        }
    }

    /// Installs real per-CPU lists on every populated zone.
    ///
    /// Models: `setup_per_cpu_pageset()` → `setup_zone_pageset()` → `per_cpu_pages_init()`
    /// (mm/page_alloc.c): empty lists, `high` 0, then sized by `zone_set_pageset_high_and_batch()`.
    mutating func setupPerCPUPagesets() {
        for z in zones.indices where zones[z].isPopulated {
            for cpu in 0..<zones.cpuCount { zones[pcp: z, cpu: cpu] = PerCPUPages() }
            zonePcpUpdate(zone: z)
        }
    }

    /// Sets or clears `PCPF_FREE_HIGH_BATCH` on every CPU's list of every populated zone: set
    /// when the CPU's share of the last-level cache holds more than three batches of pages.
    ///
    /// Models: `setup_pcp_cacheinfo()` → `zone_pcp_update_cacheinfo()` (mm/page_alloc.c), run
    /// for each CPU as its cache information comes online, after the pagesets are set up.
    mutating func setupPcpCacheinfo() {
        let slicePages = config.perCPUDataSliceSize >> Kernel.pageShift
        for z in zones.indices where zones[z].isPopulated {
            for cpu in 0..<zones.cpuCount {
                if slicePages > 3 * zones[pcp: z, cpu: cpu].batch {
                    zones[pcp: z, cpu: cpu].flags |= PerCPUPages.freeHighBatch
                } else {
                    zones[pcp: z, cpu: cpu].flags &= ~PerCPUPages.freeHighBatch
                }
            }
        }
    }
}
