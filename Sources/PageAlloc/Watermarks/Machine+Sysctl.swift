extension Machine {
    /// Writes `vm.min_free_kbytes`.
    ///
    /// Models: `min_free_kbytes_sysctl_handler()` (mm/page_alloc.c): the value becomes the
    /// user's (`user_min_free_kbytes`), so later recalculations keep it, and the watermarks are
    /// set up again. Values below 0 are rejected like `proc_dointvec_minmax` does.
    public mutating func setMinFreeKbytes(_ kbytes: Int) -> Bool {
        guard kbytes >= 0 else { return false }
        sysctl.minFreeKbytes = kbytes
        sysctl.userMinFreeKbytes = kbytes
        setupPerZoneWmarks()
        return true
    }

    /// Writes `vm.watermark_scale_factor` (1...3000).
    ///
    /// Models: `watermark_scale_factor_sysctl_handler()` (mm/page_alloc.c).
    public mutating func setWatermarkScaleFactor(_ factor: Int) -> Bool {
        guard (1...3000).contains(factor) else { return false }
        sysctl.watermarkScaleFactor = factor
        setupPerZoneWmarks()
        return true
    }

    /// Writes `vm.watermark_boost_factor` (0 turns boosting off).
    ///
    /// Models: the `watermark_boost_factor` sysctl (mm/page_alloc.c), a plain integer >= 0.
    public mutating func setWatermarkBoostFactor(_ factor: Int) -> Bool {
        guard factor >= 0 else { return false }
        sysctl.watermarkBoostFactor = factor
        return true
    }

    /// Writes `vm.lowmem_reserve_ratio`, one value per zone type.
    ///
    /// Models: `lowmem_reserve_ratio_sysctl_handler()` (mm/page_alloc.c): values below 1 are
    /// stored as 0 (no reserve), then the reserves are recomputed.
    public mutating func setLowmemReserveRatio(_ ratios: [Int]) -> Bool {
        guard ratios.count == Kernel.maxNrZones else { return false }
        sysctl.lowmemReserveRatio = ratios.map { $0 < 1 ? 0 : $0 }
        setupPerZoneLowmemReserve()
        return true
    }

    /// Writes `vm.percpu_pagelist_high_fraction` (0, or at least 8).
    ///
    /// Models: `percpu_pagelist_high_fraction_sysctl_handler()` (mm/page_alloc.c): rejects
    /// 1...7, then resizes every populated zone's per-CPU lists.
    public mutating func setPercpuPagelistHighFraction(_ fraction: Int) -> Bool {
        guard fraction == 0 || fraction >= 8 else { return false }
        sysctl.percpuPagelistHighFraction = fraction
        for z in zones.indices { zonePcpUpdate(zone: z) }
        return true
    }
}
