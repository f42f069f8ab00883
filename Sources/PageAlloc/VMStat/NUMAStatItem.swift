/// A per-zone NUMA allocation event counter, as /proc/zoneinfo prints it after the zone
/// counters.
///
/// Models: `enum numa_stat_item` (include/linux/mmzone.h, CONFIG_NUMA) and its
/// `vmstat_text[]` names (mm/vmstat.c).
public enum NUMAStatItem: String, CaseIterable, Sendable {
    /// `NUMA_HIT`: allocated on the intended node.
    case numaHit = "numa_hit"
    /// `NUMA_MISS`: allocated on this node though another was intended.
    case numaMiss = "numa_miss"
    /// `NUMA_FOREIGN`: intended for this node, allocated elsewhere.
    case numaForeign = "numa_foreign"
    /// `NUMA_INTERLEAVE_HIT`: interleave policy chose this node.
    case numaInterleave = "numa_interleave"
    /// `NUMA_LOCAL`: allocated on the node of the allocating CPU.
    case numaLocal = "numa_local"
    /// `NUMA_OTHER`: allocated on another node than the CPU's.
    case numaOther = "numa_other"
}
