/// The `vm.*` sysctls that shape the page allocator.
///
/// Models: the globals behind /proc/sys/vm/min_free_kbytes, watermark_scale_factor,
/// watermark_boost_factor, lowmem_reserve_ratio and percpu_pagelist_high_fraction
/// (mm/page_alloc.c) and extfrag_threshold (mm/compaction.c), with their 6.18 defaults.
public struct VMSysctl: Sendable, Equatable {
    /// `min_free_kbytes` (computed at boot by `init_per_zone_wmark_min()`).
    public var minFreeKbytes: Int = 1024
    /// `user_min_free_kbytes`: -1 until written through the sysctl.
    public var userMinFreeKbytes: Int = -1
    /// `watermark_scale_factor` (1...3000, default 10 = 0.1% of managed pages).
    public var watermarkScaleFactor: Int = 10
    /// `watermark_boost_factor` (default 15000).
    public var watermarkBoostFactor: Int = 15000
    /// `sysctl_lowmem_reserve_ratio[MAX_NR_ZONES]`.
    public var lowmemReserveRatio: [Int] = [256, 256, 32, 0, 0]
    /// `percpu_pagelist_high_fraction` (0, or at least 8).
    public var percpuPagelistHighFraction: Int = 0
    /// `extfrag_threshold` (mm/compaction.c, 0...1000, default 500): costly-order compaction
    /// runs only when the fragmentation index is above it.
    public var extfragThreshold: Int = 500

    public init() {}
}
