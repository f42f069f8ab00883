/// A per-node vmstat counter, with the name /proc/zoneinfo prints in a node's "per-node stats".
///
/// Models: `enum node_stat_item` (include/linux/mmzone.h) and its `vmstat_text[]` names
/// (mm/vmstat.c) as Linux 6.18 prints them on the fixture machine (x86_64 with
/// CONFIG_IOMMU_SUPPORT, CONFIG_SWAP, CONFIG_NUMA_BALANCING and CONFIG_HUGETLB_PAGE, without
/// CONFIG_SHADOW_CALL_STACK). The model tracks only the page-cache ones (`nr_inactive_file`,
/// `nr_file_pages`, `nr_dirty`); the others print 0.
public enum NodeStatItem: String, CaseIterable, Sendable {
    /// `NR_INACTIVE_ANON`.
    case nrInactiveAnon = "nr_inactive_anon"
    /// `NR_ACTIVE_ANON`.
    case nrActiveAnon = "nr_active_anon"
    /// `NR_INACTIVE_FILE`.
    case nrInactiveFile = "nr_inactive_file"
    /// `NR_ACTIVE_FILE`.
    case nrActiveFile = "nr_active_file"
    /// `NR_UNEVICTABLE`.
    case nrUnevictable = "nr_unevictable"
    /// `NR_SLAB_RECLAIMABLE_B`.
    case nrSlabReclaimable = "nr_slab_reclaimable"
    /// `NR_SLAB_UNRECLAIMABLE_B`.
    case nrSlabUnreclaimable = "nr_slab_unreclaimable"
    /// `NR_ISOLATED_ANON`.
    case nrIsolatedAnon = "nr_isolated_anon"
    /// `NR_ISOLATED_FILE`.
    case nrIsolatedFile = "nr_isolated_file"
    /// `WORKINGSET_NODES`.
    case workingsetNodes = "workingset_nodes"
    /// `WORKINGSET_REFAULT_ANON`.
    case workingsetRefaultAnon = "workingset_refault_anon"
    /// `WORKINGSET_REFAULT_FILE`.
    case workingsetRefaultFile = "workingset_refault_file"
    /// `WORKINGSET_ACTIVATE_ANON`.
    case workingsetActivateAnon = "workingset_activate_anon"
    /// `WORKINGSET_ACTIVATE_FILE`.
    case workingsetActivateFile = "workingset_activate_file"
    /// `WORKINGSET_RESTORE_ANON`.
    case workingsetRestoreAnon = "workingset_restore_anon"
    /// `WORKINGSET_RESTORE_FILE`.
    case workingsetRestoreFile = "workingset_restore_file"
    /// `WORKINGSET_NODERECLAIM`.
    case workingsetNodereclaim = "workingset_nodereclaim"
    /// `NR_ANON_MAPPED`.
    case nrAnonPages = "nr_anon_pages"
    /// `NR_FILE_MAPPED`.
    case nrMapped = "nr_mapped"
    /// `NR_FILE_PAGES`.
    case nrFilePages = "nr_file_pages"
    /// `NR_FILE_DIRTY`.
    case nrDirty = "nr_dirty"
    /// `NR_WRITEBACK`.
    case nrWriteback = "nr_writeback"
    /// `NR_SHMEM`.
    case nrShmem = "nr_shmem"
    /// `NR_SHMEM_THPS`.
    case nrShmemHugepages = "nr_shmem_hugepages"
    /// `NR_SHMEM_PMDMAPPED`.
    case nrShmemPmdmapped = "nr_shmem_pmdmapped"
    /// `NR_FILE_THPS`.
    case nrFileHugepages = "nr_file_hugepages"
    /// `NR_FILE_PMDMAPPED`.
    case nrFilePmdmapped = "nr_file_pmdmapped"
    /// `NR_ANON_THPS`.
    case nrAnonTransparentHugepages = "nr_anon_transparent_hugepages"
    /// `NR_VMSCAN_WRITE`.
    case nrVmscanWrite = "nr_vmscan_write"
    /// `NR_VMSCAN_IMMEDIATE`.
    case nrVmscanImmediateReclaim = "nr_vmscan_immediate_reclaim"
    /// `NR_DIRTIED`.
    case nrDirtied = "nr_dirtied"
    /// `NR_WRITTEN`.
    case nrWritten = "nr_written"
    /// `NR_THROTTLED_WRITTEN`.
    case nrThrottledWritten = "nr_throttled_written"
    /// `NR_KERNEL_MISC_RECLAIMABLE`.
    case nrKernelMiscReclaimable = "nr_kernel_misc_reclaimable"
    /// `NR_FOLL_PIN_ACQUIRED`.
    case nrFollPinAcquired = "nr_foll_pin_acquired"
    /// `NR_FOLL_PIN_RELEASED`.
    case nrFollPinReleased = "nr_foll_pin_released"
    /// `NR_KERNEL_STACK_KB`.
    case nrKernelStack = "nr_kernel_stack"
    /// `NR_PAGETABLE`.
    case nrPageTablePages = "nr_page_table_pages"
    /// `NR_SECONDARY_PAGETABLE`.
    case nrSecPageTablePages = "nr_sec_page_table_pages"
    /// `NR_IOMMU_PAGES`.
    case nrIOMMUPages = "nr_iommu_pages"
    /// `NR_SWAPCACHE`.
    case nrSwapcached = "nr_swapcached"
    /// `PGPROMOTE_SUCCESS`.
    case pgpromoteSuccess = "pgpromote_success"
    /// `PGPROMOTE_CANDIDATE`.
    case pgpromoteCandidate = "pgpromote_candidate"
    /// `PGPROMOTE_CANDIDATE_NRL`.
    case pgpromoteCandidateNRL = "pgpromote_candidate_nrl"
    /// `PGDEMOTE_KSWAPD`.
    case pgdemoteKswapd = "pgdemote_kswapd"
    /// `PGDEMOTE_DIRECT`.
    case pgdemoteDirect = "pgdemote_direct"
    /// `PGDEMOTE_KHUGEPAGED`.
    case pgdemoteKhugepaged = "pgdemote_khugepaged"
    /// `PGDEMOTE_PROACTIVE`.
    case pgdemoteProactive = "pgdemote_proactive"
    /// `NR_HUGETLB`.
    case nrHugetlb = "nr_hugetlb"
    /// `NR_BALLOON_PAGES`.
    case nrBalloonPages = "nr_balloon_pages"
    /// `NR_KERNEL_FILE_PAGES`.
    case nrKernelFilePages = "nr_kernel_file_pages"
}
