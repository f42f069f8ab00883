/// A per-zone vmstat counter, with the name /proc/zoneinfo and /proc/vmstat print.
///
/// Models: `enum zone_stat_item` (include/linux/mmzone.h) and its `vmstat_text[]` names
/// (mm/vmstat.c) in Linux 6.18 with CONFIG_ZSMALLOC, without CONFIG_UNACCEPTED_MEMORY (the
/// set of the fixture machine; `nr_bounce` was removed in 6.16).
public enum ZoneStatItem: String, CaseIterable, Sendable {
    /// `NR_FREE_PAGES`: pages on the buddy free lists of every type but Isolate.
    case nrFreePages = "nr_free_pages"
    /// `NR_FREE_PAGES_BLOCKS` (6.15+): the part of them in blocks of pageblock order or more.
    case nrFreePagesBlocks = "nr_free_pages_blocks"
    /// `NR_ZONE_INACTIVE_ANON`.
    case nrZoneInactiveAnon = "nr_zone_inactive_anon"
    /// `NR_ZONE_ACTIVE_ANON`.
    case nrZoneActiveAnon = "nr_zone_active_anon"
    /// `NR_ZONE_INACTIVE_FILE`.
    case nrZoneInactiveFile = "nr_zone_inactive_file"
    /// `NR_ZONE_ACTIVE_FILE`.
    case nrZoneActiveFile = "nr_zone_active_file"
    /// `NR_ZONE_UNEVICTABLE`.
    case nrZoneUnevictable = "nr_zone_unevictable"
    /// `NR_ZONE_WRITE_PENDING`.
    case nrZoneWritePending = "nr_zone_write_pending"
    /// `NR_MLOCK`.
    case nrMlock = "nr_mlock"
    /// `NR_ZSPAGES` (CONFIG_ZSMALLOC).
    case nrZspages = "nr_zspages"
    /// `NR_FREE_CMA_PAGES` (always listed, 0 without CONFIG_CMA).
    case nrFreeCMA = "nr_free_cma"
}
