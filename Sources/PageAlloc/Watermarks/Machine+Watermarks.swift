extension Machine {
    /// The zones `nr_free_buffer_pages()` counts on the current node's zonelist: every
    /// populated zone up to ZONE_NORMAL of every node (the fallback zonelist holds all nodes).
    ///
    /// Models: `nr_free_zone_pages(gfp_zone(GFP_USER))` (mm/page_alloc.c): the sum of
    /// managed pages above each zone's high watermark.
    func nrFreeBufferPages() -> Int {
        zones.filter { $0.isPopulated && $0.type <= GFP.user.zone }.reduce(0) { sum, zone in
            sum + max(0, zone.managedPages - zone.highWatermark)
        }
    }

    /// Sets `min_free_kbytes` from the size of low memory, then the watermarks and reserves.
    ///
    /// Models: `init_per_zone_wmark_min()` and `calculate_min_free_kbytes()`
    /// (mm/page_alloc.c): `4 * sqrt(lowmem_kbytes)` clamped to 128 KiB ... 256 MiB, unless a
    /// user value was set.
    mutating func initPerZoneWmarkMin() {
        calculateMinFreeKbytes()
        setupPerZoneWmarks()
        setupPerZoneLowmemReserve()
    }

    /// Models: `calculate_min_free_kbytes()` (mm/page_alloc.c).
    private mutating func calculateMinFreeKbytes() {
        let lowmemKbytes = nrFreeBufferPages() * (Kernel.pageSize >> 10)
        let newMin = integerSquareRoot(lowmemKbytes * 16)
        if newMin > sysctl.userMinFreeKbytes {
            sysctl.minFreeKbytes = min(max(newMin, 128), 262_144)
        }
    }

    /// Raises `min_free_kbytes` so that THP allocations find free pageblocks.
    ///
    /// Models: `set_recommended_min_free_kbytes()` (mm/khugepaged.c): two free pageblocks per
    /// populated zone up to ZONE_NORMAL plus one per pair of pcp migratetypes, at most 5% of
    /// low memory; then `setup_per_zone_wmarks()`.
    mutating func setRecommendedMinFreeKbytes() {
        let nrZones = zones.filter { $0.isPopulated && $0.type <= GFP.user.zone }.count
        var recommended = Kernel.pageblockNrPages * nrZones * 2
        recommended += Kernel.pageblockNrPages * nrZones * MigrateType.pcpTypes * MigrateType.pcpTypes
        recommended = min(recommended, nrFreeBufferPages() / 20)
        recommended <<= Kernel.pageShift - 10
        if recommended > sysctl.minFreeKbytes { sysctl.minFreeKbytes = recommended }
        setupPerZoneWmarks()
    }

    /// Sets every zone's min/low/high/promo watermarks from `min_free_kbytes` and
    /// `watermark_scale_factor`, then resizes the per-CPU lists.
    ///
    /// Models: `setup_per_zone_wmarks()` / `__setup_per_zone_wmarks()` (mm/page_alloc.c):
    /// min is the zone's share of `min_free_kbytes` by managed pages among the non-Movable
    /// zones (Movable: managed/1024 clamped to 32...128); the low/high/promo steps are the
    /// larger of min/4 and `managed * watermark_scale_factor / 10000`; the boost is reset.
    mutating func setupPerZoneWmarks() {
        let pagesMin = sysctl.minFreeKbytes >> (Kernel.pageShift - 10)
        let lowmemPages = zones.filter { $0.type != .movable }.reduce(0) { $0 + $1.managedPages }
        for z in zones.indices {
            let managed = zones[z].managedPages
            let share = lowmemPages == 0 ? 0 : pagesMin * managed / lowmemPages
            let minimum = zones[z].type == .movable ? min(max(managed / 1024, 32), 128) : share
            let step = max(share >> 2, managed * sysctl.watermarkScaleFactor / 10000)
            zones[z].watermarkBoost = 0
            zones[z].watermark = [minimum, minimum + step, minimum + 2 * step, minimum + 3 * step]
        }
        for z in zones.indices { zonePcpUpdate(zone: z) }
        calculateTotalreservePages()
    }

    /// Sets every zone's `lowmem_reserve[]`: what an allocation that could have used a higher
    /// zone must leave free in this one.
    ///
    /// Models: `setup_per_zone_lowmem_reserve()` (mm/page_alloc.c): for a lower zone i and a
    /// higher zone j of the same node, the managed pages of zones i+1...j divided by
    /// `lowmem_reserve_ratio[i]`, or 0 when the ratio is 0 or zone i has no managed pages.
    mutating func setupPerZoneLowmemReserve() {
        for node in 0..<nodeCount {
            for i in 0..<(Kernel.maxNrZones - 1) {
                let z = Machine.zoneIndex(node: node, type: ZoneType(rawValue: i)!)
                let ratio = sysctl.lowmemReserveRatio[i]
                let clear = ratio == 0 || zones[z].managedPages == 0
                var upper = 0
                for j in (i + 1)..<Kernel.maxNrZones {
                    upper += zones[Machine.zoneIndex(node: node, type: ZoneType(rawValue: j)!)].managedPages
                    zones[z].lowmemReserve[j] = clear ? 0 : upper / ratio
                }
            }
        }
        calculateTotalreservePages()
    }

    /// `totalreserve_pages`: the pages the kernel keeps out of reach of userspace
    /// allocations, as last computed by `calculateTotalreservePages()` (a watermark boost
    /// does not change it).
    public func totalreservePages() -> Int { totalreserve }

    /// Recomputes `totalreserve_pages`.
    ///
    /// Models: `calculate_totalreserve_pages()` (mm/page_alloc.c): per zone the largest
    /// lowmem reserve against higher zones plus the high watermark (boost included, which is
    /// 0 whenever the watermarks were just set up), capped at managed pages. Only
    /// `setup_per_zone_wmarks()` and `setup_per_zone_lowmem_reserve()` call it.
    mutating func calculateTotalreservePages() {
        totalreserve = zones.reduce(0) { sum, zone in
            let reserve = zone.lowmemReserve[zone.type.rawValue...].max() ?? 0
            return sum + min(reserve + zone.highWatermark, zone.managedPages)
        }
    }

    /// Models: `int_sqrt()` (lib/math/int_sqrt.c): the floor of the square root.
    private func integerSquareRoot(_ x: Int) -> Int {
        guard x > 1 else { return x }
        var r = Int(Double(x).squareRoot())
        while r * r > x { r -= 1 }
        while (r + 1) * (r + 1) <= x { r += 1 }
        return r
    }
}
