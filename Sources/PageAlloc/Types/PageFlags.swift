/// The flag bits of `page->flags`, at the bit numbers of a Linux 6.18 x86_64 kernel.
///
/// Models: `enum pageflags` (include/linux/page-flags.h) for an x86_64 build with CONFIG_MMU,
/// CONFIG_MEMORY_FAILURE and CONFIG_PAGE_IDLE_FLAG (DAMON / idle page tracking, as distribution
/// kernels have them) and without PG_arch_2/PG_arch_3 (arm64 only) or PG_uncached (gone since
/// 6.12): `__NR_PAGEFLAGS` is 24. The fields area above bit 24 (node, zone, last cpupid) is not
/// stored here; `Machine.pageFlagsWord(_:)` adds it. Aliases that share a bit are named after
/// the kernel's aliases (`PG_large_rmappable = PG_workingset` on a folio's second page).
public struct PageFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `PG_locked` (bit 0): the folio is locked.
    public static let locked = PageFlags(rawValue: 1 << 0)
    /// `PG_writeback` (bit 1): the folio is under writeback.
    public static let writeback = PageFlags(rawValue: 1 << 1)
    /// `PG_referenced` (bit 2).
    public static let referenced = PageFlags(rawValue: 1 << 2)
    /// `PG_uptodate` (bit 3): the contents are valid.
    public static let uptodate = PageFlags(rawValue: 1 << 3)
    /// `PG_dirty` (bit 4).
    public static let dirty = PageFlags(rawValue: 1 << 4)
    /// `PG_lru` (bit 5): the folio is on an LRU list.
    public static let lru = PageFlags(rawValue: 1 << 5)
    /// `PG_head` (bit 6): the first page of a compound page (a large folio).
    public static let head = PageFlags(rawValue: 1 << 6)
    /// `PG_waiters` (bit 7): tasks wait on the folio lock.
    public static let waiters = PageFlags(rawValue: 1 << 7)
    /// `PG_active` (bit 8).
    public static let active = PageFlags(rawValue: 1 << 8)
    /// `PG_workingset` (bit 9).
    public static let workingset = PageFlags(rawValue: 1 << 9)
    /// `PG_owner_priv_1` (bit 10), also `PG_swapcache` and `PG_checked`.
    public static let ownerPriv1 = PageFlags(rawValue: 1 << 10)
    /// `PG_owner_2` (bit 11), also `PG_anon_exclusive` and `PG_mappedtodisk`.
    public static let owner2 = PageFlags(rawValue: 1 << 11)
    /// `PG_arch_1` (bit 12).
    public static let arch1 = PageFlags(rawValue: 1 << 12)
    /// `PG_reserved` (bit 13): never handed to the buddy allocator (holes, memblock reservations).
    public static let reserved = PageFlags(rawValue: 1 << 13)
    /// `PG_private` (bit 14): `page->private` holds filesystem data.
    public static let `private` = PageFlags(rawValue: 1 << 14)
    /// `PG_private_2` (bit 15).
    public static let private2 = PageFlags(rawValue: 1 << 15)
    /// `PG_reclaim` (bit 16), also `PG_readahead`: reclaim the folio when writeback ends.
    public static let reclaim = PageFlags(rawValue: 1 << 16)
    /// `PG_swapbacked` (bit 17): backed by RAM or swap (anonymous and shmem memory).
    public static let swapbacked = PageFlags(rawValue: 1 << 17)
    /// `PG_unevictable` (bit 18).
    public static let unevictable = PageFlags(rawValue: 1 << 18)
    /// `PG_dropbehind` (bit 19): drop the folio when its I/O completes.
    public static let dropbehind = PageFlags(rawValue: 1 << 19)
    /// `PG_mlocked` (bit 20).
    public static let mlocked = PageFlags(rawValue: 1 << 20)
    /// `PG_hwpoison` (bit 21): the hardware reported the memory corrupted.
    public static let hwpoison = PageFlags(rawValue: 1 << 21)
    /// `PG_young` (bit 22).
    public static let young = PageFlags(rawValue: 1 << 22)
    /// `PG_idle` (bit 23).
    public static let idle = PageFlags(rawValue: 1 << 23)

    /// `PG_has_hwpoisoned` (`PG_active` on a folio's second page).
    public static let hasHwpoisoned = active
    /// `PG_large_rmappable` (`PG_workingset` on a folio's second page).
    public static let largeRmappable = workingset
    /// `PG_partially_mapped` (`PG_reclaim` on a folio's second page).
    public static let partiallyMapped = reclaim

    /// `__NR_PAGEFLAGS`.
    public static let count = 24
    /// `PAGEFLAGS_MASK`: every flag bit.
    public static let all = PageFlags(rawValue: (1 << count) - 1)

    /// `PAGE_FLAGS_CHECK_AT_FREE` (include/linux/page-flags.h): flags a page being freed must not
    /// have (the MGLRU generation bits of `LRU_GEN_MASK` are not modelled).
    public static let checkAtFree: PageFlags = [
        .lru, .locked, .private, .private2, .writeback, .reserved, .active, .unevictable, .mlocked,
    ]
    /// `PAGE_FLAGS_CHECK_AT_PREP`: what `free_pages_prepare()` clears; everything but PG_hwpoison,
    /// which must outlive the free so that the page is never reused.
    public static let checkAtPrep = all.subtracting(.hwpoison)
    /// `PAGE_FLAGS_SECOND`: the flags of a folio's second page that freeing clears (the order
    /// byte, `_flags_1 & 0xff`, is `MemMap.folioOrder`).
    public static let second: PageFlags = [.hasHwpoisoned, .largeRmappable, .partiallyMapped]
}
