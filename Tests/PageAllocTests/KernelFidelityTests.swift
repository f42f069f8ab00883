import Testing

@testable import PageAlloc

/// The defects of issue 11 ("Simulation fidelity, second pass"), one test per kernel
/// function, each expected value worked by hand from the Linux 6.18 source in
/// ../shared/kernel-6.18/.
///
/// The 256 MiB machine (65536 pages of ZONE_NORMAL from pfn 0x100000), THP off, by hand:
/// `zone_batchsize()`: min(65536 >> 10, 256) / 4 = 16, 16 + 8 = 24, rounddown_pow_of_two(24)
/// - 1 = 15. `calculate_min_free_kbytes()`: int_sqrt(65536 * 4 * 16) = 2048 KiB = 512 pages;
/// step max(512 / 4, 65536 * 10 / 10000) = 128 → watermarks 512, 640, 768, 896.
/// `zone_highsize()` with one CPU: high_min = low 640, high_max = 65536 / 8 = 8192.
@Suite struct KernelFidelityTests {
    static let base = 0x100000
    static let z = Machine.zoneIndex(node: 0, type: .normal)

    static func small(cpus: Int = 1, sysctl: VMSysctl = VMSysctl(), config: KernelConfig = KernelConfig()) -> Machine {
        Machine(layout: .contiguous(zones: [(.normal, 65536)], cpus: cpus), thp: false, sysctl: sysctl, config: config)
    }

    /// Allocates `order0` order-0 pages, then two order-1 pages, frees the order-0 pages, then
    /// the two order-1 pages; returns the machine.
    static func order1FreesAfter(order0: Int) throws -> Machine {
        var m = small()
        let pages = try (0..<order0).map { _ in try m.mustAlloc(.highuserMovable, order: 0) }
        let a = try m.mustAlloc(.highuserMovable, order: 1)
        let b = try m.mustAlloc(.highuserMovable, order: 1)
        for pfn in pages { m.freePages(pfn, order: 0) }
        m.freePages(a, order: 1)
        m.freePages(b, order: 1)
        return m
    }

    /// Two order-1 frees in a row after 100 order-0 frees: `free_count` is 102 when the second
    /// comes, below batch + high_min / 2 = 15 + 640 / 2 = 335 (mm/page_alloc.c:2840), so
    /// `free_high` stays false and nothing is flushed.
    ///
    /// By hand: `nr_pcp_alloc()` (mm/page_alloc.c:3197-3245) refills order 0 with 15 << 0 = 15
    /// (high 640 + 15 = 655), 30 (high 685), 60 (high 745) pages: 105 pages for the 100
    /// allocations, 5 left; `alloc_factor` 3. Order 1: batch 15, high = 745 + 15 = 760
    /// (mm/page_alloc.c:3221), max(15 >> 1, 2) = 7 blocks (mm/page_alloc.c:3242): count 5 + 14,
    /// minus the two blocks = 15. The 100 frees make count 115, free_count 100 (every
    /// allocation halved it to 0; mm/page_alloc.c:2848-2849 adds 1 << order while under 15 << 5 =
    /// 480), all under high 760. First order-1 free: no PCPF_PREV_FREE_HIGH_ORDER yet; second:
    /// free_count 102 < 335. So count = 115 + 2 + 2 = 119, high stays 760 (`nr_pcp_high()`,
    /// mm/page_alloc.c:2797-2806: count < high changes nothing), and the order-1 movable list
    /// holds the 7 blocks.
    @Test("free_frozen_page_commit(): free_high needs free_count >= batch + high_min / 2")
    func freeFrozenPageCommitFreeHighThreshold() throws {
        let m = try Self.order1FreesAfter(order0: 100)
        let pcp = m.zones[pcp: Self.z, cpu: 0]
        #expect(pcp.batch == 15)  // mm/page_alloc.c zone_batchsize(): see the suite comment
        #expect(pcp.highMin == 640)  // mm/page_alloc.c zone_highsize(): low watermark / 1 CPU
        #expect(pcp.count == 119)  // 5 + 14 - 4 + 100 + 2 + 2
        #expect(pcp.high == 760)  // mm/page_alloc.c:3221, unchanged by nr_pcp_high()
        #expect(m.pcpList(.normal, cpu: 0, order: 1, .movable).count == 7)  // mm/page_alloc.c:3242
    }

    /// The same with 400 order-0 frees: free_count is 402 >= 335 at the second order-1 free,
    /// the previous free was order 1, and PCPF_FREE_HIGH_BATCH is set with count 479 >= 15
    /// (mm/page_alloc.c:2840-2843), so `free_high`: `nr_pcp_high()` lowers high to
    /// max(high - (15 << 5), high_min) and returns 0 (mm/page_alloc.c:2777-2781); `nr_pcp_free()`
    /// frees min(count, 15 << 5) = min(479, 480) = 479 pages (mm/page_alloc.c:2746): all.
    ///
    /// By hand: refills of 15, 30, 60, 120, 240 pages (465, high 640 + 465 = 1105) serve the 400
    /// order-0 allocations, 65 left; order 1: high 1105 + 15 = 1120, 7 blocks, count 65 + 14 - 4
    /// = 75; the frees bring count to 475, then 477, 479. high = max(1120 - 480, 640) = 640.
    @Test("free_frozen_page_commit(): a burst of order-1 frees flushes the lists")
    func freeFrozenPageCommitFreeHighFlush() throws {
        let m = try Self.order1FreesAfter(order0: 400)
        let pcp = m.zones[pcp: Self.z, cpu: 0]
        #expect(pcp.count == 0)  // mm/page_alloc.c:2746: 479 of 479 flushed
        #expect(pcp.high == 640)  // mm/page_alloc.c:2778: max(1120 - 480, 640)
    }

    /// `zone_pcp_update_cacheinfo()` sets PCPF_FREE_HIGH_BATCH when the CPU's data slice in
    /// pages is above 3 * batch (mm/page_alloc.c:6092): 3 * 15 = 45 pages. The x86 default of
    /// 2 MiB is 512 pages: set. 128 KiB is 32 pages: clear. 180 KiB is exactly 45: clear
    /// (strictly greater is needed).
    @Test("setup_pcp_cacheinfo(): PCPF_FREE_HIGH_BATCH from the per-CPU cache slice")
    func setupPcpCacheinfo() {
        let flag = PerCPUPages.freeHighBatch
        #expect(Self.small().zones[pcp: Self.z, cpu: 0].flags & flag == flag)  // 512 > 45
        let small = KernelConfig(perCPUDataSliceSize: 128 << 10)
        #expect(Self.small(config: small).zones[pcp: Self.z, cpu: 0].flags & flag == 0)  // 32 <= 45
        let exact = KernelConfig(perCPUDataSliceSize: 45 << 12)
        #expect(Self.small(config: exact).zones[pcp: Self.z, cpu: 0].flags & flag == 0)  // 45 is not > 45
    }

    /// With `watermark_scale_factor` 3000 and two CPUs, high_min exceeds high_max: the step is
    /// max(512 / 4, 65536 * 3000 / 10000) = 19660, low = 512 + 19660 = 20172, high_min =
    /// 20172 / 2 = 10086, high_max = 8192 / 2 = 4096 (`zone_highsize()`). A first free on CPU 1
    /// (its high still 0) runs `nr_pcp_high()`: clamp(0, 10086, 4096) is 10086
    /// (mm/page_alloc.c:2772; `__clamp()` in include/linux/minmax.h tests `val >= hi` (0 >= 4096,
    /// no), then `val <= lo` (yes): lo). Then: no reclaim, high_min != high_max, the zone is above
    /// its high watermark (ZONE_BELOW_HIGH clear), count 1 < 10086: high stays 10086
    /// (mm/page_alloc.c:2797-2806).
    @Test("nr_pcp_high(): clamp() returns lo when high_min > high_max and the value is below both")
    func nrPcpHighClamp() throws {
        var sysctl = VMSysctl()
        sysctl.watermarkScaleFactor = 3000
        var m = Self.small(cpus: 2, sysctl: sysctl)
        #expect(m.zones[pcp: Self.z, cpu: 1].highMin == 10086)  // 20172 / 2
        #expect(m.zones[pcp: Self.z, cpu: 1].highMax == 4096)  // 65536 / 8 / 2
        let pfn = try m.mustAlloc(.highuserMovable, order: 0)
        m.currentCPU = 1
        m.freePages(pfn, order: 0)
        #expect(m.zones[pcp: Self.z, cpu: 1].high == 10086)  // mm/page_alloc.c:2772
        #expect(m.zones[pcp: Self.z, cpu: 1].count == 1)
    }

    /// `nr_pcp_free()` clamps free_count between batch and high - batch with `clamp_t()`
    /// (mm/page_alloc.c:2760): with high 20 and batch 15 the bounds are lo 15 > hi 5; a
    /// free_count of 3 is not >= 5 and is <= 15, so the kernel frees lo = 15 pages, where
    /// min(max(3, 15), 5) would be 5.
    @Test("nr_pcp_free(): clamp_t() with lo > hi")
    func nrPcpFreeClamp() {
        var pcp = PerCPUPages()
        pcp.count = 30
        pcp.freeCount = 3
        #expect(Machine.nrPcpFree(pcp, batch: 15, high: 20, freeHigh: false) == 15)  // mm/page_alloc.c:2760
        pcp.freeCount = 7
        #expect(Machine.nrPcpFree(pcp, batch: 15, high: 20, freeHigh: false) == 5)  // 7 >= hi 5: hi
    }

    /// A pageblock of 31 order-4 page-cache folios and one free order-4 block: every page of
    /// an LRU folio is PageLRU (PF_HEAD, include/linux/page-flags.h:558), so
    /// `prep_move_freepages_block()` counts 31 * 16 = 496 movable and 16 free pages
    /// (mm/page_alloc.c:1990-2003). An unmovable request falling back to that movable block
    /// counts alike = 512 - (16 + 496) = 0 (mm/page_alloc.c:2326); 16 + 0 < 256
    /// (mm/page_alloc.c:2335), so `try_to_claim_block()` does not claim and `__rmqueue_steal()`
    /// takes the pages: the pageblock stays MOVABLE.
    ///
    /// The zone is 16 MiB (4096 pages, 8 pageblocks, grouping by mobility on: 4096 >= 512 * 6);
    /// every other page stays allocated, so the free order-4 block is the only free memory.
    @Test("prep_move_freepages_block(): tail pages of a large LRU folio count as movable")
    func prepMoveFreepagesBlockCountsTails() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let folios = m.fill(Machine.fillMovable.union(.comp), order: 4, count: 256)
        try #require(folios.count == 256)
        try #require(folios[0] == Self.base && folios[31] == Self.base + 496)
        for pfn in folios[0..<31] {
            let added = m.markPageCache(pfn, order: 4, dirty: false)
            try #require(added)
        }
        m.freePages(folios[31], order: 4)
        #expect(m.prepMoveFreepagesBlock(zone: Self.z, pfn: Self.base)?.movable == 496)  // 31 * 16
        let unmovable = m.allocPages(Machine.fillUnmovable, order: 0)
        #expect(unmovable != nil)
        #expect(m.pageblockMigratetype(Self.base) == .movable)  // mm/page_alloc.c:2335: not claimed
    }

    /// `boost_watermark()` raises watermark_boost (mm/page_alloc.c:2191) but does not call
    /// `calculate_totalreserve_pages()`, which only `setup_per_zone_lowmem_reserve()` and
    /// `__setup_per_zone_wmarks()` call (mm/page_alloc.c:6335, 6399), each time with the boost
    /// just zeroed (mm/page_alloc.c:6389). On the 256 MiB zone: lowmem reserve 0 (no higher
    /// populated zone), high watermark 768 → totalreserve_pages 768 (mm/page_alloc.c:6284-6292).
    /// The boost: max_boost = 768 * 15000 / 10000 = 1152, boost = min(0 + 512, 1152) = 512;
    /// totalreserve_pages stays 768.
    @Test("calculate_totalreserve_pages(): a watermark boost leaves it alone")
    func calculateTotalreservePages() {
        var m = Self.small()
        #expect(m.totalreservePages() == 768)  // mm/page_alloc.c:6288: 0 + 768
        let boosted = m.boostWatermark(zone: Self.z)
        #expect(boosted)
        #expect(m.zones[Self.z].watermarkBoost == 512)  // mm/page_alloc.c:2191
        #expect(m.totalreservePages() == 768)  // not recomputed by boost_watermark()
        m.setupPerZoneWmarks()
        #expect(m.totalreservePages() == 768)  // mm/page_alloc.c:6389, 6399: boost 0 again
    }

    /// `hugepage_init()` clears `transparent_hugepage_flags` and skips khugepaged below
    /// MB_TO_PAGES(512) = 131072 pages of RAM (mm/huge_memory.c:935-938), so 256 MiB keeps
    /// `calculate_min_free_kbytes()`'s 2048 KiB: int_sqrt(262144 * 16) = 2048
    /// (mm/page_alloc.c `calculate_min_free_kbytes()`), min watermark 512 pages. At 512 MiB
    /// (131072 pages, not below) khugepaged's `set_recommended_min_free_kbytes()`
    /// (mm/khugepaged.c, not in the shared copy) raises it to (2 + 3 * 3) * 512 pages = 5632
    /// pages = 22528 KiB, under 5% of (131072 - high 1086) = 6499 pages (min_free_kbytes
    /// int_sqrt(524288 * 16) = 2896 KiB = 724 pages, step max(181, 131) = 181, high 1086).
    @Test("hugepage_init(): THP off and no khugepaged min_free_kbytes below 512 MiB")
    func hugepageInit() {
        let small = Machine(layout: .contiguous(zones: [(.normal, 65536)]))
        #expect(small.thpEnabled == false)  // mm/huge_memory.c:935-936
        #expect(small.sysctl.minFreeKbytes == 2048)
        #expect(small.zones[Self.z].watermark[0] == 512)
        let half = Machine(layout: .contiguous(zones: [(.normal, 131072)]))
        #expect(half.thpEnabled)
        #expect(half.sysctl.minFreeKbytes == 22528)  // 5632 pages * 4 KiB
    }

    /// `get_free_pages_noprof()` allocates with `gfp_mask & ~__GFP_HIGHMEM`
    /// (mm/page_alloc.c:5237): GFP_HIGHUSER_MOVABLE loses __GFP_HIGHMEM, and
    /// `gfp_zone(__GFP_MOVABLE)` is ZONE_NORMAL (include/linux/gfp.h:129), not ZONE_MOVABLE
    /// (which needs __GFP_MOVABLE | __GFP_HIGHMEM, include/linux/gfp.h:131). The `mm_page_alloc`
    /// event carries the masked flags.
    @Test("get_free_pages_noprof(): __GFP_HIGHMEM is masked off")
    func getFreePagesNoprof() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096), (.movable, 4096)]))
        m.tracing = true
        let page = m.getFreePages(.highuserMovable, order: 0)
        let pfn = try #require(page)
        #expect(m.zoneIndex(ofPfn: pfn) == Self.z)  // include/linux/gfp.h:129
        let masked = GFP.highuserMovable.subtracting(.highmem)
        #expect(m.trace.last?.event == .pageAlloc(pfn: pfn, order: 0, gfp: masked, migratetype: 1))
    }

    /// `warn_alloc()` prints `mode:%#x` (mm/page_alloc.c:3955); the kernel's `number()` writes
    /// the `0x` prefix for base 16 even when the value is 0 (lib/vsprintf.c:542), so an empty
    /// mask prints `mode:0x0()`. The same `%#x` is in the OOM header (mm/oom_kill.c:461).
    @Test("warn_alloc(): an empty mask prints mode:0x0()")
    func warnAllocEmptyMask() {
        var m = Self.small()
        m.warnAlloc([], "page allocation failure: order:0")  // the first call: within the rate limit
        #expect(
            m.reports == [
                KernelReport(lines: [
                    "mmbook: page allocation failure: order:0, mode:0x0(), nodemask=(null),cpuset=/,mems_allowed=0"
                ])
            ])
        #expect(GFP().hexString == "0x0")
    }

    /// A costly `__GFP_NORETRY` request whose async compaction ran to COMPACT_COMPLETE (the
    /// checkerboard of SlowpathTests, nothing movable): 6.18 goes to nopage only for
    /// COMPACT_SKIPPED or COMPACT_DEFERRED (mm/page_alloc.c:4737-4757), whatever
    /// `__GFP_THISNODE`, which it tests only in `__alloc_pages_may_oom()`
    /// (mm/page_alloc.c:4037). So with `__GFP_THISNODE` too the request enters the retry loop
    /// and tries direct reclaim (mm/page_alloc.c:4811) before failing.
    @Test("__alloc_pages_slowpath(): __GFP_THISNODE does not end a costly NORETRY request early")
    func allocPagesSlowpathThisnode() throws {
        var m = try SlowpathTests.checkerboard(cache: false)
        m.recordingCalls = true
        let page = m.allocPages([.highuserMovable, .noretry, .thisnode], order: 4)
        #expect(page == nil)
        #expect(m.calls.contains { $0.function == "__alloc_pages_direct_reclaim" })  // mm/page_alloc.c:4811
    }

    /// NR_HUGETLB is a node counter (include/linux/mmzone.h:259) raised by
    /// `pages_per_huge_page(h)` = 512 in `alloc_hugetlb_folio()` (mm/hugetlb.c:3092) and lowered
    /// in `free_huge_folio()` (mm/hugetlb.c:1866): a pool of 4 free huge pages counts 0, one
    /// page in use counts 512, and freeing it brings it back to 0. zoneinfo prints it in the
    /// node's stats (`nr_hugetlb`, mm/vmstat.c:1290).
    @Test("alloc_hugetlb_folio()/free_huge_folio(): nr_hugetlb counts huge pages in use")
    func allocHugetlbFolioNrHugetlb() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        func zoneinfoValue(_ m: Machine) -> Int? {
            m.zoneinfoSnapshot().nodes[0].stats.first { $0.name == "nr_hugetlb" }?.value
        }
        #expect(m.setMaxHugePages(4) == 4)
        #expect(m.nrHugetlb(node: 0) == 0)  // a pool page is not in use
        #expect(zoneinfoValue(m) == 0)
        let page = m.allocHugetlbFolio()
        let pfn = try #require(page)
        #expect(m.nrHugetlb(node: 0) == 512)  // mm/hugetlb.c:3092
        #expect(zoneinfoValue(m) == 512)
        m.freeHugeFolio(pfn)
        #expect(m.nrHugetlb(node: 0) == 0)  // mm/hugetlb.c:1866
    }

    /// `compound_order()` tests PG_head on the page it is given (include/linux/mm.h:1043): a
    /// tail page of an order-2 compound page has no PG_head, so its compound order is 0; the
    /// head's is 2.
    @Test("compound_order(): 0 for a tail page")
    func compoundOrderOfATail() throws {
        var m = Self.small()
        let head = try m.mustAlloc([.kernel, .comp], order: 2)
        #expect(m.compoundOrder(head) == 2)  // include/linux/mm.h:1045
        #expect(m.compoundOrder(head + 1) == 0)  // include/linux/mm.h:1043-1044
        #expect(m.compoundOrder(head + 3) == 0)
    }

    /// A hugetlb folio carries the hugetlb page type from `init_new_hugetlb_folio()`
    /// (`__folio_set_hugetlb()`, mm/hugetlb.c:1899) until `remove_hugetlb_folio()` clears it
    /// (mm/hugetlb.c:1559); `dump_page()` prints it as `page_type: f4(hugetlb)` (mm/debug.c:118:
    /// PGTY_hugetlb 0xf4 is the top byte, include/linux/page-flags.h). `__folio_split()` refuses
    /// a folio that is neither anonymous nor has a mapping with -EBUSY
    /// (mm/huge_memory.c:3629-3630), which a hugetlb folio of the model is: the pool keeps it.
    @Test("__folio_split(): a hugetlb folio is not split; __folio_set_hugetlb() types it")
    func folioSplitHugetlb() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        #expect(m.setMaxHugePages(2) == 2)
        let page = m.allocHugetlbFolio()
        let pfn = try #require(page)
        #expect(m.memmap.type(pfn) == .hugetlb)  // mm/hugetlb.c:1899
        #expect(m.dumpPage(pfn).contains("page_type: f4(hugetlb)"))  // mm/debug.c:118
        #expect(throws: FolioSplitError.busy) { try m.splitFolio(pfn) }  // mm/huge_memory.c:3630
        #expect(m.hstates[0].nrHugePages == 2)
        #expect(m.checkInvariants() == [])
        m.freeHugeFolio(pfn)
        #expect(m.setMaxHugePages(0) == 0)
        #expect(m.memmap.type(pfn) != .hugetlb)  // mm/hugetlb.c:1559 (then freed: PageBuddy)
        #expect(m.checkInvariants() == [])
    }

    /// With CONFIG_DEBUG_VM, `free_pages_prepare()` checks
    /// `VM_BUG_ON_PAGE(compound && compound_order(page) != order, page)` (mm/page_alloc.c:1350):
    /// `dump_page(page, "VM_BUG_ON_PAGE(" __stringify(cond) ")")` then `BUG()`
    /// (include/linux/mmdebug.h:22-27), which prints the cut-here marker and
    /// `kernel BUG at mm/page_alloc.c:1350!` (lib/bug.c, not in the shared copy); no
    /// `BUG: Bad page state` header, which is `bad_page()`'s. The order-2 folio freed with order
    /// 1 still has refcount 0 after `put_page_testzero()`, its head's order 2 in page[1]. A put on
    /// a free page's zero count is `VM_BUG_ON_PAGE(page_ref_count(page) == 0, page)` in
    /// `put_page_testzero()` (include/linux/mm.h:1101). Without CONFIG_DEBUG_VM neither prints a
    /// kernel line (include/linux/mmdebug.h:119: `VM_BUG_ON_PAGE` is `VM_BUG_ON`, compiled out).
    @Test("free_pages_prepare(): VM_BUG_ON_PAGE reports only with CONFIG_DEBUG_VM")
    func freePagesPrepareDebugVM() throws {
        let layout = MachineLayout.contiguous(zones: [(.normal, 65536)])
        var m = Machine(layout: layout, thp: false, config: KernelConfig(debugVM: true))
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        m.freePages(f, order: 1)
        #expect(
            m.reports.map(\.lines) == [
                [
                    "page: refcount:0 mapcount:0 mapping:0000000000000000 index:0x0 pfn:\(f.hex)",
                    "head: order:2 mapcount:0 entire_mapcount:0 nr_pages_mapped:0 pincount:0",
                    BadPageTests.headFlags,
                    "raw: 0017ffffc0000040 dead000000000100 dead000000000122 0000000000000000",
                    "raw: 0000000000000000 0000000000000000 00000000ffffffff 0000000000000000",
                    "head: 0017ffffc0000040 dead000000000100 dead000000000122 0000000000000000",
                    "head: 0000000000000000 0000000000000000 00000000ffffffff 0000000000000000",
                    "head: 0017ffffc0000202 ffffea0004000001 00000000ffffffff 00000000ffffffff",
                    "head: ffffffffffffffff 0000000000000000 00000000ffffffff 0000000000000004",
                    "page dumped because: VM_BUG_ON_PAGE(compound && compound_order(page) != order)",
                    "------------[ cut here ]------------",
                    "kernel BUG at mm/page_alloc.c:1350!",  // mm/page_alloc.c:1350
                ]
            ])
        #expect(m.reports[0].modelOnly == false)

        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.freePages(p, order: 0)
        m.freePages(p, order: 0)
        #expect(m.reports.count == 2)
        #expect(m.reports[1].reason == "VM_BUG_ON_PAGE(page_ref_count(page) == 0)")
        #expect(m.reports[1].lines.last == "kernel BUG at include/linux/mm.h:1101!")  // include/linux/mm.h:1101

        var quiet = Self.small()
        let g = try quiet.mustFolioAlloc(.highuserMovable, order: 2)
        quiet.freePages(g, order: 1)
        #expect(quiet.reports.allSatisfy { $0.modelOnly && $0.lines.allSatisfy { $0.hasPrefix("mmbook: ") } })
        #expect(quiet.reports.count == 1)
    }

    /// An order-0 double free without CONFIG_DEBUG_VM. The second `__free_pages()`:
    /// `put_page_testzero()` takes the count from 0 to -1 (no assertion without DEBUG_VM,
    /// include/linux/mm.h:1099-1103), so `___free_pages()` frees nothing (mm/page_alloc.c:5258-5260:
    /// not a head, order 0) and prints nothing; the page stays at the head of the pcp list, where
    /// the first free put it (`list_add()`, mm/page_alloc.c:2829). The next order-0 allocation
    /// takes it first (`list_first_entry()`, mm/page_alloc.c:3268), `check_new_pages()` finds
    /// `page_ref_count` -1 (mm/page_alloc.c:1036-1045), `bad_page()` reports "nonzero _refcount"
    /// (mm/page_alloc.c:1059-1060, 643-645) and the loop takes the next entry
    /// (mm/page_alloc.c:3274). The refill had taken p, then p + 1 (`expand()` leaves the upper
    /// half of each split on the free list, mm/page_alloc.c:1694-1707), so the allocation gets
    /// p + 1. pcp count: refill 15 (batch 15 << alloc_factor 0), 14 after p, 15 after the
    /// first free, 15 after the second, 13 after two entries left the list.
    @Test("check_new_pages(): an order-0 double free is reported when the page is next allocated")
    func checkNewPagesOrder0DoubleFree() throws {
        var m = Self.small()
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.freePages(p, order: 0)
        m.freePages(p, order: 0)
        #expect(m.reports.isEmpty)  // include/linux/mm.h:1099-1103: no check without DEBUG_VM
        #expect(m.pageRefCount(p) == -1)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).first == p)  // mm/page_alloc.c:2829
        #expect(m.checkInvariants() == [])  // a free page with count -1 is accepted
        let q = try m.mustAlloc(.highuserMovable, order: 0)
        #expect(q == p + 1)  // mm/page_alloc.c:3274, 1694-1707
        #expect(
            m.reports.map(\.lines) == [
                [
                    "BUG: Bad page state in process mmbook  pfn:\(String(p, radix: 16))",  // mm/page_alloc.c:643
                    "page: refcount:-1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:\(p.hex)",
                    BadPageTests.plainFlags, BadPageTests.plainRaw,
                    "raw: 0000000000000000 0000000000000000 ffffffffffffffff 0000000000000000",
                    "page dumped because: nonzero _refcount",  // mm/page_alloc.c:1059-1060
                ]
            ])
        #expect(m.zones[pcp: Self.z, cpu: 0].count == 13)  // 15 - 2 entries taken (mm/page_alloc.c:3269)
        #expect(!m.pcpList(.normal, cpu: 0, order: 0, .movable).contains(p))  // discarded, not handed out
        #expect(m.checkInvariants() == [])  // the discarded page counts as allocated
    }

    /// The same from the buddy free lists: an order-4 folio put twice. The second
    /// `folio_put()` takes the free head's count to -1 silently (include/linux/mm.h:1099-1103).
    /// The first free merged the folio back into the order-10 block it came from, which goes to
    /// the head of its list (`buddy_merge_likely()` is false from MAX_PAGE_ORDER - 1 on,
    /// mm/page_alloc.c:906; `to_tail` false, mm/page_alloc.c:1019), so the next order-4 request
    /// splits the same block and gets f again; `rmqueue_buddy()` runs `check_new_pages()` over
    /// its 16 pages (mm/page_alloc.c:3189), the first one is bad, the block is dropped, and the
    /// retry gets the order-4 buddy `expand()` left at f + 16 (mm/page_alloc.c:1694-1707).
    @Test("check_new_pages(): rmqueue_buddy() drops a block with a bad page and retries")
    func checkNewPagesRmqueueBuddy() throws {
        var m = Self.small()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 4)
        m.folioPut(f)
        m.folioPut(f)
        #expect(m.reports.isEmpty)
        let g = try m.mustFolioAlloc(.highuserMovable, order: 4)
        #expect(g == f + 16)  // mm/page_alloc.c:3189 then 1694-1707
        #expect(m.reports.map(\.pfn) == [f])
        #expect(m.reports.map(\.reason) == ["nonzero _refcount"])
        #expect(m.checkInvariants() == [])
    }

    /// `bad_page()` clears PageBuddy (mm/page_alloc.c:652-653), so the check that follows at once
    /// does not report the page a second time. An order-4 folio f freed with order 5: its pages
    /// 16-31 are the free order-4 buddy `expand()` left at f + 16. For each,
    /// `free_tail_page_prepare()` finds no TAIL_MAPPING (mm/page_alloc.c:1161-1163, pages 4 on;
    /// f + 16 and on) and reports "corrupted mapping in tail page", then clears `mapping`
    /// (mm/page_alloc.c:1177); `free_page_is_bad()` on the same page (mm/page_alloc.c:1367-1369)
    /// then finds f + 16 without its buddy type and nothing else wrong: 16 reports, no
    /// "nonzero mapcount".
    @Test("bad_page(): PageBuddy cleared, the next check does not report the page again")
    func badPageClearsPageBuddy() throws {
        var m = Self.small()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 4)
        #expect(m.memmap.isBuddy(f + 16))
        m.freePages(f, order: 5)
        #expect(m.reports.compactMap(\.pfn) == Array((f + 16)..<(f + 32)))
        #expect(m.reports.allSatisfy { $0.reason == "corrupted mapping in tail page" })  // mm/page_alloc.c:1162
    }

    /// An 8 MiB zone (2048 pages) is below `pageblock_nr_pages * MIGRATE_TYPES` = 512 * 5 = 2560
    /// (mm/page_alloc.c:5838-5839; five types without CONFIG_CMA, include/linux/mmzone.h), so
    /// mobility grouping is off. `memmap_init()`
    /// (mm/mm_init.c:1929, from `free_area_init()`) marked every pageblock MOVABLE
    /// (mm/mm_init.c:936) before `build_all_zonelists()` (mm/mm_init.c:2686, from
    /// `mm_core_init()`) turned grouping off, and `init_pageblock_migratetype()` maps MOVABLE to
    /// UNMOVABLE only once the flag is set (mm/page_alloc.c:556-558): the four pageblocks boot
    /// MOVABLE and the boot frees put both order-10 blocks on the Movable list. A GFP_KERNEL
    /// page then asks for UNMOVABLE (`gfp_migratetype()`, include/linux/gfp.h:29), finds none,
    /// and claims the first order-10 Movable block whole: `try_to_claim_block()` with
    /// current_order >= pageblock_order runs `change_pageblock_range()` to UNMOVABLE
    /// (mm/page_alloc.c `try_to_claim_block()`), so pageblocks 0 and 1 turn UNMOVABLE and 2, 3
    /// stay MOVABLE.
    @Test("memmap_init(): pageblocks boot MOVABLE even when mobility grouping is off")
    func memmapInitPageblocksMovable() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 2048)]))
        #expect(m.pageGroupByMobilityDisabled)  // 2048 < 2560
        for block in 0..<4 { #expect(m.pageblockMigratetype(Self.base + 512 * block) == .movable) }  // mm/mm_init.c:936
        #expect(m.zones[Self.z].freeArea[10].freeList[MigrateType.movable.rawValue].count == 2)
        #expect(m.zones[Self.z].freeArea[10].freeList[MigrateType.unmovable.rawValue].count == 0)
        _ = try m.mustAlloc(.kernel, order: 0)
        #expect(m.pageblockMigratetype(Self.base) == .unmovable)
        #expect(m.pageblockMigratetype(Self.base + 512) == .unmovable)
        #expect(m.pageblockMigratetype(Self.base + 1024) == .movable)
        #expect(m.pageblockMigratetype(Self.base + 1536) == .movable)
        #expect(m.checkInvariants() == [])
    }

    /// `__filemap_add_folio()` adds `folio_nr_pages()` references and sets `mapping`
    /// (mm/filemap.c:876-880): an order-2 folio, allocated with one reference, is left with
    /// 1 + 4 - 1 = 4 once the adding caller drops its own (the model's `markPageCache` does
    /// both). `dump_page()` prints `folio_mapping()` with `%p` (mm/debug.c:73, 79-81): a
    /// non-NULL pointer is hashed to 32 bits and printed in 16 zero-padded digits
    /// (lib/vsprintf.c:801, 841, 742-746), so the field starts with eight zeros but is not all
    /// zeros. `__folio_split()`: `can_split_folio()` counts the page cache's 4 as extra pins
    /// (mm/huge_memory.c:3260): with the caller's reference, 0 mappings == 5 - 4 - 1, so it
    /// splits; without it 0 != 4 - 4 - 1 and it returns -EAGAIN (mm/huge_memory.c:3714-3716).
    /// After the split each new folio is unfrozen at `folio_expected_ref_count()` + 1 = 1 (page
    /// cache) + 0 (mappings) + 1 (mm/huge_memory.c:3806-3807); the tails drop the extra one and
    /// stay cached with 1, the first keeps 2 (the caller's). The LRU then holds 4 order-0 folios.
    @Test("__filemap_add_folio(): a page-cache folio holds folio_nr_pages references and a mapping")
    func filemapAddFolio() throws {
        var m = Self.small()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        #expect(m.markPageCache(f, order: 2, dirty: false) == true)
        #expect(m.folioRefCount(f) == 4)  // mm/filemap.c:879
        #expect(m.memmap.mapping(f) != 0)  // mm/filemap.c:880
        let first = m.dumpPage(f).split(separator: "\n")[0]
        let mapping = try #require(first.split(separator: " ").first { $0.hasPrefix("mapping:") })
        #expect(mapping.count == "mapping:".count + 16)  // lib/vsprintf.c:742-746
        #expect(mapping.hasPrefix("mapping:00000000") && mapping != "mapping:0000000000000000")  // lib/vsprintf.c:801
        #expect(first.hasPrefix("page: refcount:4 mapcount:0 "))
        #expect(throws: FolioSplitError.again) { try m.splitFolio(f) }  // mm/huge_memory.c:3263: 0 != -1
        m.getPage(f)
        try m.splitFolio(f)  // mm/huge_memory.c:3263: 0 == 5 - 4 - 1
        #expect(m.folioRefCount(f) == 2)  // mm/huge_memory.c:3806-3807, the caller's kept
        for page in (f + 1)...(f + 3) { #expect(m.folioRefCount(page) == 1) }  // the extra one dropped
        #expect(m.pageCacheFolios(node: 0).count == 4)
        #expect(m.checkInvariants() == [])
    }

    /// `__folio_split()` returns -EBUSY for a folio that is neither anonymous nor has a mapping
    /// (mm/huge_memory.c:3629-3630), before any reference check: a folio fresh from
    /// `folio_alloc()` is refused whatever its count. Once anonymous (`folio_test_anon()`), the
    /// count must be its mappings (0) plus the caller's one: 1 (mm/huge_memory.c:3256-3263).
    @Test("__folio_split(): -EBUSY for a folio with neither an anon nor a file mapping")
    func folioSplitNoMapping() throws {
        var m = Self.small()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 3)
        #expect(throws: FolioSplitError.busy) { try m.splitFolio(f) }  // mm/huge_memory.c:3629-3630
        m.getPage(f)
        #expect(throws: FolioSplitError.busy) { try m.splitFolio(f) }  // still no mapping
        m.putPage(f)
        m.folioSetAnon(f)
        try m.splitFolio(f)  // mm/huge_memory.c:3263: 0 == 1 - 0 - 1
        #expect(m.folioRefCount(f) == 1)
        #expect(m.checkInvariants() == [])
    }

    /// `__remove_mapping()` freezes a page-cache folio at `1 + folio_nr_pages()` references
    /// (mm/vmscan.c:770-771): the page cache's 4 for an order-2 folio and isolation's one.
    /// A folio someone else holds (5 references before isolation) is not reclaimable; once
    /// they let go, reclaim frees its 4 pages, with the mapping cleared.
    @Test("__remove_mapping(): reclaim freezes nr + 1 references")
    func removeMappingFreeze() throws {
        var m = Self.small()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        #expect(m.markPageCache(f, order: 2, dirty: false) == true)
        m.getPage(f)
        #expect(!m.folioIsReclaimable(f))  // 5 + 1 != 1 + 4
        m.putPage(f)
        #expect(m.folioIsReclaimable(f))  // 4 + 1 == 1 + 4 (mm/vmscan.c:770)
        #expect(m.shrinkFolioList([f]) == 4)
        #expect(m.pageRefCount(f) == 0 && m.memmap.folioMapping[f] == .unmapped)
        #expect(m.checkInvariants() == [])
    }

    /// `shrink_folio_list()` collects the folios it frees in a `folio_batch` of `PAGEVEC_SIZE`
    /// 31 and calls `free_unref_folios()` when the batch is full (mm/vmscan.c:1566-1569) and at
    /// the end (mm/vmscan.c:1638). `free_unref_folios()` first runs `free_pages_prepare()`,
    /// which fires `mm_page_free`, on every folio of the batch (mm/page_alloc.c:2953-2958), then,
    /// per folio, `mm_page_free_batched` and `free_frozen_page_commit()`
    /// (mm/page_alloc.c:3026-3028). 32 clean order-0 folios: 31 `mm_page_free`, 31
    /// `mm_page_free_batched`, then 1 and 1. No commit drains anything: the pcp count stays far
    /// below `high` (640 or more, see the suite comment), and order-0 frees never set
    /// `free_high` (mm/page_alloc.c:2840 needs PCPF_PREV_FREE_HIGH_ORDER).
    @Test("free_unref_folios(): a reclaim batch traces its mm_page_free events first, then mm_page_free_batched")
    func freeUnrefFolios() throws {
        var m = Self.small()
        let pages = try (0..<32).map { _ in try m.mustAlloc(.highuserMovable, order: 0) }
        for pfn in pages { #expect(m.markPageCache(pfn, order: 0, dirty: false) == true) }
        m.tracing = true
        #expect(m.shrinkFolioList(pages) == 32)
        let first: [TraceEvent] =
            pages[0..<31].map { .pageFree(pfn: $0, order: 0) } + pages[0..<31].map { .pageFreeBatched(pfn: $0) }
        let last: [TraceEvent] = [.pageFree(pfn: pages[31], order: 0), .pageFreeBatched(pfn: pages[31])]
        #expect(m.trace.map(\.event) == first + last)  // mm/vmscan.c:1566-1569, 1638
        // include/trace/events/kmem.h:175
        #expect(TraceEvent.pageFreeBatched(pfn: pages[0]).printkText.hasSuffix(" order=0"))
        #expect(m.checkInvariants() == [])
    }

    /// The latency columns of the events a fresh order-0 allocation fires
    /// (`trace_print_lat_fmt()`, kernel/trace/trace_output.c:453-522), on a
    /// `CONFIG_PREEMPT_DYNAMIC` kernel. `rmqueue_pcplist()` takes the per-CPU lock with
    /// `pcp_spin_trylock()` (mm/page_alloc.c:3291): `pcpu_task_pin()` is `preempt_disable()`
    /// (mm/page_alloc.c:121) and `spin_trylock()` disables preemption again
    /// (mm/page_alloc.c:141-151), depth 2. `rmqueue_bulk()` then takes the zone lock with
    /// `spin_lock_irqsave()` (mm/page_alloc.c:2526): interrupts off, depth 3. So every
    /// `mm_page_alloc_zone_locked` (mm/page_alloc.c:1891) of the refill prints `d..3.`: `d` for
    /// TRACE_FLAG_IRQS_OFF without BH_OFF (kernel/trace/trace_output.c:468-472), `.` need-resched,
    /// `.` not in an interrupt, `3`, `.` no migrate-disable. `mm_page_alloc`
    /// (mm/page_alloc.c:5200) fires after both locks are dropped: `.....`. An order-4 request
    /// skips the per-CPU lists and `rmqueue_buddy()` takes only the zone lock
    /// (mm/page_alloc.c:3165): `d..1.`.
    @Test("trace_print_lat_fmt(): zone-locked events show irqs off and the locks' preempt depth")
    func traceLatencyColumnsOfAllocation() throws {
        var m = Self.small()
        m.tracing = true
        _ = try m.mustAlloc(.kernel, order: 0)
        let refill = m.trace.dropLast()
        #expect(refill.count == 15)  // nr_pcp_alloc(): batch 15 (suite comment)
        #expect(refill.allSatisfy { $0.context.latencyField == "d..3." })
        if case .pageAllocExtfrag = refill.first?.event {} else { Issue.record("the first block is claimed") }
        #expect(m.trace.last?.context.latencyField == ".....")
        let line = try #require(refill.last).ftraceLine(comm: "bash", pid: 1234, timestampNanoseconds: 1_000)
        #expect(line.hasPrefix("            bash-1234    [000] d..3.     0.000001: mm_page_alloc_zone_locked: "))
        m.clearTrace()
        _ = try m.mustAlloc(.kernel, order: 4)
        #expect(m.trace.map(\.context.latencyField) == ["d..1.", "....."])
    }

    /// The free side: `mm_page_free` fires in `free_pages_prepare()` (mm/page_alloc.c:1315)
    /// before any lock: `.....`. `drain_local_pages()` drains with `spin_lock(&pcp->lock)`
    /// (mm/page_alloc.c:2614, depth 1) and `free_pcppages_bulk()` takes the zone lock with
    /// `spin_lock_irqsave()` (mm/page_alloc.c:1459, depth 2): every `mm_page_pcpu_drain`
    /// (mm/page_alloc.c:1488) prints `d..2.`. In `free_unref_folios()` the second pass holds
    /// the per-CPU lock from `pcp_spin_trylock()` (mm/page_alloc.c:3011, depth 2) when it
    /// fires `mm_page_free_batched` (mm/page_alloc.c:3028): `...2.`. Serving a softirq sets
    /// TRACE_FLAG_SOFTIRQ (kernel/trace/trace.c:2599-2600), printed `s` in the third column
    /// (kernel/trace/trace_output.c:502-508): `..s..` for an allocation's `mm_page_alloc`.
    @Test("trace_print_lat_fmt(): free, drain, batched free and softirq columns")
    func traceLatencyColumnsOfFrees() throws {
        var m = Self.small()
        let page = try m.mustAlloc(.kernel, order: 0)
        m.tracing = true
        m.freePages(page, order: 0)
        #expect(m.trace.map(\.context.latencyField) == ["....."])
        m.clearTrace()
        m.drainLocalPages()
        #expect(!m.trace.isEmpty && m.trace.allSatisfy { $0.context.latencyField == "d..2." })
        m.clearTrace()
        let cached = try m.mustAlloc(.highuserMovable, order: 0)
        #expect(m.markPageCache(cached, order: 0, dirty: false) == true)
        #expect(m.shrinkFolioList([cached]) == 1)
        #expect(m.trace.suffix(2).map(\.context.latencyField) == [".....", "...2."])
        m.clearTrace()
        m.task.servingSoftirq = true
        _ = try m.mustAlloc(.atomic, order: 0)
        #expect(m.trace.last?.context.latencyField == "..s..")
    }

    /// `kswapd()` runs as its own task, `kswapd0` (mm/vmscan.c:7345 sets its PF_MEMALLOC and
    /// PF_KSWAPD), so the events of its run carry its comm and pid: `mm_vmscan_kswapd_wake`,
    /// the frees of the folios it reclaims, `mm_vmscan_kswapd_sleep`. `wakeup_kswapd()` fires
    /// `mm_vmscan_wakeup_kswapd` in the allocating task, and the allocation's `mm_page_alloc`
    /// too. The pid is the model's documented stand-in (`TraceRecord.kswapdPid`).
    @Test("kswapd(): its events come from the kswapd0 task")
    func kswapdEventsFromItsOwnTask() throws {
        var (m, _) = try ReclaimTests.fullOfCache(dirty: false)
        m.tracing = true
        #expect(m.allocPages(.kernel, order: 0) != nil)
        let wake = try #require(m.trace.firstIndex { if case .vmscanKswapdWake = $0.event { true } else { false } })
        let sleep = try #require(m.trace.firstIndex { if case .vmscanKswapdSleep = $0.event { true } else { false } })
        #expect(m.trace[..<wake].allSatisfy { $0.context.kswapdNode == nil })
        #expect(m.trace[wake...sleep].allSatisfy { $0.context.kswapdNode == 0 })
        #expect(m.trace[(sleep + 1)...].allSatisfy { $0.context.kswapdNode == nil })
        #expect(m.trace[wake..<sleep].contains { if case .pageFree = $0.event { true } else { false } })
        let line = m.trace[wake].ftraceLine(comm: "bash", pid: 1234, timestampNanoseconds: 1_000)
        #expect(line.hasPrefix("         kswapd0-90      [000] .....     0.000001: mm_vmscan_kswapd_wake: "))
        #expect(m.task == TaskContext())
    }

    /// `vmstat_update()` is a deferrable work item of each CPU (mm/vmstat.c:2157-2158), queued
    /// on that CPU's `mm_percpu_wq` (lines 2048, 2142), so it runs in a workqueue worker bound to
    /// the CPU, `kworker/<cpu>:<id>`, on that CPU; `refresh_cpu_vm_stats()` calls
    /// `decay_pcp_high()` on the CPU's own lists (`this_cpu_ptr()`, mm/vmstat.c:842), which takes
    /// `spin_lock(&pcp->lock)` (mm/page_alloc.c:2576) and frees through `free_pcppages_bulk()`
    /// (line 2577) under `spin_lock_irqsave(&zone->lock)`: irqs off and a preempt depth of 2
    /// in the `mm_page_pcpu_drain` lines (trace_print_lat_fmt(), kernel/trace/
    /// trace_output.c:453-522). The worker's name and pid are the model's documented stand-ins
    /// (`TraceRecord.kworkerPid`); the scenario's task and CPU are back afterwards.
    @Test("vmstat_update(): decay_pcp_high()'s events come from the CPU's kworker")
    func vmstatUpdateEventsFromAKworker() throws {
        var m = Self.small(cpus: 2)
        m.currentCPU = 1
        let pages = try (0..<2000).map { _ in try m.mustAlloc(.kernel, order: 0) }
        for page in pages { m.freePages(page, order: 0) }
        m.currentCPU = 0
        m.tracing = true
        m.vmstatUpdate()
        let drains = m.trace.filter { if case .pagePcpuDrain = $0.event { true } else { false } }
        let first = try #require(drains.first)
        #expect(m.trace.allSatisfy { $0.context.kworkerCPU == $0.cpu })
        #expect(drains.allSatisfy { $0.cpu == 1 })
        let line = first.ftraceLine(comm: "bash", pid: 1234, timestampNanoseconds: 1_000)
        #expect(line.hasPrefix("     kworker/1:1-201     [001] d..2.     0.000001: mm_page_pcpu_drain: "))
        #expect(m.task == TaskContext())
        #expect(m.currentCPU == 0)
    }

    /// `drain_all_pages()` drains every CPU's lists from the calling CPU:
    /// `__drain_all_pages()` calls `drain_pages()` for each CPU with pages in a loop on the
    /// current CPU (mm/page_alloc.c:2720-2725), no work is queued on the other CPUs, so the
    /// `mm_page_pcpu_drain` events of CPU 1's pages carry CPU 0.
    @Test("__drain_all_pages(): the calling CPU drains the other CPUs' lists itself")
    func drainAllPagesFromCallingCPU() throws {
        var m = Self.small(cpus: 2)
        m.currentCPU = 1
        let page = try m.mustAlloc(.kernel, order: 0)
        m.freePages(page, order: 0)
        m.currentCPU = 0
        m.tracing = true
        m.drainAllPages()
        #expect(m.zones[pcp: Self.z, cpu: 1].count == 0)
        #expect(!m.trace.isEmpty && m.trace.allSatisfy { $0.cpu == 0 })
    }

    /// `__dump_folio()` ends with `print_hex_dump()` of the page (`raw:`, 64 bytes, 32 a line
    /// in 8-byte groups: two lines) and, for a large folio, of the folio's first two pages
    /// (`head:`, four lines) (mm/debug.c:121-127). The tail at place 1 of an order-2 folio
    /// holds its head's address | 1 in word 1 (`compound_head`), and `_mm_id_mapcount[2]`, both
    /// -1 from `prep_compound_head()` (mm/internal.h:802-803), in word 4, where a page keeps
    /// `index` (include/linux/mm_types.h:434, 104). Once `free_tail_page_prepare()` has
    /// unlinked it (mm/page_alloc.c:1178-1179), `snapshot_page()` dumps it as a folio of its own,
    /// so `index:` prints that word: `0xffffffffffffffff`.
    @Test("__dump_folio(): raw: and head: lines; an unlinked second page prints _mm_id_mapcount as index")
    func dumpFolioRawLines() throws {
        var m = Self.small()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        let headAddress = String(0xffff_ea00_0000_0000 + UInt64(f) * 64, radix: 16)
        let lines = m.dumpPage(f + 1).split(separator: "\n").map(String.init)
        #expect(lines.count == 3 + 2 + 4)  // page:, head:, flags: (mm/debug.c:80, 89, 115)
        #expect(lines.filter { $0.hasPrefix("raw: ") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("head: ") && $0.count == 6 + 4 * 17 - 1 }.count == 4)
        let tailWords = lines[3].dropFirst(5).split(separator: " ") + lines[4].dropFirst(5).split(separator: " ")
        #expect(String(tailWords[1]) == String(headAddress.dropLast()) + "1")  // compound_head
        #expect(tailWords[4] == "ffffffffffffffff")  // _mm_id_mapcount[0..1] = -1, -1
        #expect(tailWords[7] == "0000000000000004")  // _nr_pages
        m.freePages(f + 1, order: 0)  // the tail's own count to -1, silently
        m.folioPut(f)
        let report = try #require(m.reports.first)
        #expect(report.lines[1].contains(" index:0xffffffffffffffff pfn:"))
        #expect(m.checkInvariants() == [])
    }

    /// `warn_alloc()` checks `__ratelimit(&nopage_rs)` with `DEFINE_RATELIMIT_STATE(nopage_rs,
    /// 10*HZ, 1)` (mm/page_alloc.c:3945-3948): one warning per 10 * 250 = 2500 jiffies, and the
    /// check comes before the `__GFP_DMA` exemption (mm/page_alloc.c:3947-3950), so an exempt
    /// call still uses the window up. `__GFP_NOWARN` returns before the check and uses nothing.
    /// The first window opens at the first check (jiffies 0); a check more than 2500 jiffies
    /// later opens the next, first owning up to the calls refused in the old one
    /// (`warn_alloc: N callbacks suppressed`, lib/ratelimit.c, not in the shared copy).
    @Test("warn_alloc(): one warning per 10*HZ jiffies, the rate limit checked before the DMA exemption")
    func warnAllocRatelimit() {
        var m = Self.small()
        m.warnAlloc(.kernel.union(.nowarn), "page allocation failure: order:0")  // no check
        m.warnAlloc(.dma, "page allocation failure: order:0")  // passes the limit, then exempt
        #expect(m.reports.isEmpty)
        m.jiffies = 2500
        m.warnAlloc(.kernel, "page allocation failure: order:1")  // same window: 2500 is not > 0 + 2500
        m.warnAlloc(.kernel, "page allocation failure: order:2")
        #expect(m.reports.isEmpty)
        m.jiffies = 2501
        m.warnAlloc(.kernel, "page allocation failure: order:3")
        #expect(
            m.reports.map(\.lines[0]) == [
                "warn_alloc: 2 callbacks suppressed",
                "mmbook: page allocation failure: order:3, mode:0xcc0(GFP_KERNEL), nodemask=(null),cpuset=/,mems_allowed=0",
            ])
    }

    /// `__alloc_pages_slowpath()` warns once per boot for each misuse of `__GFP_NOFAIL`
    /// (mm/page_alloc.c:4644-4660): an order above 1 (line 4649), a mask that cannot direct-
    /// reclaim (line 4654), a `PF_MEMALLOC` caller (line 4660). The warnings are in the slow
    /// path only, so the zone is first filled below its low watermark (the fast path at
    /// ALLOC_WMARK_LOW fails). `__warn()` heads each with `WARNING: CPU: %d PID: %d at %s:%d
    /// %pS` (kernel/panic.c, not in the shared copy); the model stops before `%pS`'s offset.
    @Test("__alloc_pages_slowpath(): WARN_ON_ONCE for __GFP_NOFAIL misuse, once per site")
    func nofailMisuseWarnsOnce() throws {
        var m = Self.small()
        let z = Self.z
        while m.zones[z].freePages > m.zones[z].watermarkPages(.low) {
            let pfn = m.allocPages(GFP.kernel.union(.nowarn), order: 0)
            try #require(pfn != nil)
        }
        #expect(m.reports.isEmpty)
        _ = m.allocPages(GFP.kernel.union(.nofail), order: 2)
        _ = m.allocPages(GFP.kernel.union(.nofail), order: 3)  // line 4649 has fired: silent
        _ = m.allocPages(GFP.atomic.union(.nofail), order: 0)  // no __GFP_DIRECT_RECLAIM
        #expect(
            m.reports.map(\.lines[0]).filter { $0.hasPrefix("WARNING:") } == [
                "WARNING: CPU: 0 PID: 1000 at mm/page_alloc.c:4649 __alloc_pages_slowpath",
                "WARNING: CPU: 0 PID: 1000 at mm/page_alloc.c:4654 __alloc_pages_slowpath",
            ])
        _ = m.allocPages(GFP.kernel.union(.nofail), order: 0)  // no misuse: no warning
        #expect(m.reports.filter { $0.lines[0].hasPrefix("WARNING:") }.count == 2)
    }
}
