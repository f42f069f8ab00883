import Testing

@testable import Scenario

/// The statements of issue 11 part 2 ("make the language able to show it") and the language
/// wiring of the model options of part 1. Every expected value comes from the Linux 6.18
/// source in ../shared/kernel-6.18, cited by line.
@Suite struct LanguageStatementTests {
    func run(_ text: String) -> ScenarioResult {
        var session = ScenarioSession()
        return session.run(ScenarioSource(file: "l.md", text: text))
    }

    // MARK: boot options

    /// zone_pcp_update_cacheinfo() sets PCPF_FREE_HIGH_BATCH (value 2) when the CPU's cache
    /// slice holds more than 3 * pcp->batch pages (mm/page_alloc.c:6092-6095): 2M is 512 pages,
    /// more than 3 * 63 (zone_batchsize() caps batch at 63, mm/page_alloc.c:5863-5871); a slice
    /// of 0 never is.
    @Test func cpuCacheDecidesPcpfFreeHighBatch() {
        let result = run(
            """
            boot zones="Normal:64M" cpu_cache=2M
            expect (pcp_flags(Normal) & 2) == 2
            boot zones="Normal:64M" cpu_cache=0
            expect (pcp_flags(Normal) & 2) == 0

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// page_ref_unfreeze() starts with VM_BUG_ON_PAGE(page_count(page) != 0, page)
    /// (include/linux/page_ref.h:288): with debug_vm=on unfreezing a page that holds a
    /// reference is the BUG; without CONFIG_DEBUG_VM it is silent.
    @Test func debugVMReportsVMBugOnPage() {
        let on = run(
            """
            boot zones="Normal:16M" debug_vm=on
            p = alloc_page(GFP_KERNEL)
            page_ref_unfreeze(p, 1)
            expect warning "kernel BUG at include/linux/page_ref.h:288!"

            """)
        #expect(on.diagnostics.isEmpty, "\(on.diagnostics)")
        #expect(on.output.contains("page dumped because: VM_BUG_ON_PAGE(page_count(page) != 0)"))
        let off = run(
            """
            boot zones="Normal:16M"
            p = alloc_page(GFP_KERNEL)
            page_ref_unfreeze(p, 1)

            """)
        #expect(off.diagnostics.isEmpty, "\(off.diagnostics)")
        #expect(!off.output.contains("BUG"))
    }

    /// early_init_on_alloc() and early_init_on_free() read their values with kstrtobool()
    /// (mm/mm_init.c:2511-2524); with both off and no CONFIG_DEBUG_VM the check_pages_enabled key
    /// stays off (mm/mm_init.c:2594-2595), so check_new_pages() checks nothing
    /// (mm/page_alloc.c:1755) and an order-0 double free goes unreported; debug_vm=on has the key
    /// on from the start (mm/mm_init.c:2526).
    @Test func initOnAllocAndInitOnFreeSetCheckPagesEnabled() {
        let script = """
            q = alloc_page(GFP_KERNEL)
            __free_page(q)
            __free_page(q)
            r = alloc_page(GFP_KERNEL)
            expect r.pfn == 0x100000

            """
        for options in ["init_on_alloc=0", "init_on_alloc=off init_on_free=0"] {
            let off = run("boot zones=\"Normal:16M\" \(options)\n" + script)
            #expect(off.diagnostics.isEmpty, "\(options): \(off.diagnostics)")
            #expect(!off.output.contains("Bad page state"))
        }
        for options in ["", "init_on_alloc=0 init_on_free=1", "init_on_alloc=0 debug_vm=on"] {
            let on = run("boot zones=\"Normal:16M\" \(options)\n" + script)
            #expect(on.output.contains("BUG"), "\(options)")
            #expect(!on.diagnostics.isEmpty, "\(options)")
        }
        let bad = run("boot zones=\"Normal:16M\" init_on_alloc=2\n")
        #expect(bad.diagnostics.first?.id == .expectedOnOff)
        #expect(bad.diagnostics.first?.column == 39)
    }

    @Test func debugVMTakesOnOrOff() {
        let result = run("boot zones=\"Normal:16M\" debug_vm=maybe\n")
        #expect(result.diagnostics.first?.id == .expectedOnOff)
        #expect(result.diagnostics.first?.column == 34)
    }

    // MARK: wiring of part 1

    /// get_free_pages_noprof() allocates with `gfp_mask & ~__GFP_HIGHMEM` (mm/page_alloc.c:5237),
    /// and gfp_zone() of __GFP_MOVABLE alone is ZONE_NORMAL, of __GFP_MOVABLE|__GFP_HIGHMEM
    /// ZONE_MOVABLE (the GFP_ZONE_TABLE of include/linux/gfp.h); get_zeroed_page() adds
    /// __GFP_ZERO (mm/page_alloc.c:5246).
    @Test func getFreePagesMasksHighmem() {
        let result = run(
            """
            boot zones="Normal:16M Movable:16M"
            m = alloc_pages(GFP_HIGHUSER_MOVABLE, 0)
            expect m.zone == Movable
            g = __get_free_pages(GFP_HIGHUSER_MOVABLE, 0)
            expect g.zone == Normal
            h = __get_free_page(GFP_HIGHUSER_MOVABLE)
            expect h.zone == Normal
            z = get_zeroed_page(GFP_HIGHUSER_MOVABLE)
            expect z.zone == Normal

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// compound_order() tests PG_head on the page itself and returns 0 for a tail
    /// (include/linux/mm.h:1043-1046).
    @Test func compoundOrderOfATailIsZero() {
        let result = run(
            """
            boot zones="Normal:16M"
            f = folio_alloc(GFP_HIGHUSER_MOVABLE, 2)
            expect compound_order(f) == 2
            expect compound_order(f + 1) == 0
            expect compound_order(f + 3) == 0
            expect folio_order(f + 3) == 2

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// A hugetlb folio has neither an anon_vma nor a mapping whose folio can be released, so
    /// __folio_split() returns -EBUSY (mm/huge_memory.c:3680-3682); the pool keeps it.
    @Test func splitFolioOfAHugetlbFolioIsBusy() {
        let result = run(
            """
            boot zones="Normal:64M" thp=off
            sysctl vm.nr_hugepages=1
            h = alloc_hugetlb_folio()
            split_folio(h)
            expect nr_hugepages() == 1

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.output.contains("split_folio: -16"))
    }

    // MARK: expressions

    /// A 16 MiB zone of 4096 pages: nr_free_buffer_pages() is 4096 at boot, so
    /// min_free_kbytes = int_sqrt(16384 * 16) = 512 (mm/page_alloc.c:6455-6459); min is 512 / 4 =
    /// 128 pages, low and high add max(128 / 4, 4096 * 10 / 10000) = 32 each
    /// (mm/page_alloc.c:6384-6390): 160, 192; totalreserve_pages is the high watermark plus
    /// the largest lowmem_reserve, 0 (mm/page_alloc.c:6283-6292).
    @Test func zoneAndGlobalCounters() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            expect spanned_pages(Normal) == 4096
            expect present_pages(Normal) == 4096
            expect zone_managed_pages(Normal) == 4096
            expect min_free_kbytes() == 512
            expect high_wmark_pages(Normal) == 192
            expect totalreserve_pages() == 192
            expect watermark_boost(Normal) == 0
            expect nr_reserved_highatomic(Normal) == 0
            expect nr_free_highatomic(Normal) == 0

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// free_frozen_page_commit() adds 1 << order to free_count per free (mm/page_alloc.c:2848-2849);
    /// an allocation from the pcp halves it (mm/page_alloc.c:3302); batch of a 4096-page zone:
    /// min(4096 >> 10, 256) / 4 = 1, rounddown_pow_of_two(1 + 0) - 1 = 0, raised to 1
    /// (mm/page_alloc.c:5863-5877).
    @Test func pcpFields() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            a = alloc_page(GFP_KERNEL)
            b = alloc_page(GFP_KERNEL)
            expect pcp_free_count(Normal) == 0
            __free_page(a)
            __free_page(b)
            expect pcp_free_count(Normal, 0) == 2
            expect pcp_batch(Normal) == 1
            drain_local_pages()
            expect pcp_count(Normal) == 0

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// alloc_hugetlb_folio() adds pages_per_huge_page to NR_HUGETLB (mm/hugetlb.c:3092),
    /// free_huge_folio() takes them off (mm/hugetlb.c:1866); the pool counters of struct hstate
    /// (include/linux/hugetlb.h:667-670) keep the folio counted while it is in use.
    @Test func hugetlbCounters() {
        let result = run(
            """
            boot zones="Normal:64M" thp=off
            sysctl vm.nr_hugepages=2
            expect nr_hugepages() == 2
            expect free_huge_pages() == 2
            h = alloc_hugetlb_folio()
            expect free_huge_pages() == 1
            expect surplus_huge_pages() == 0
            expect nr_hugetlb() == 512
            expect nr_hugetlb(0) == 512
            free_huge_folio(h)
            expect nr_hugetlb() == 0

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// pfn_to_page() of a pfn names its struct page; a pfn without one is a located error.
    @Test func pfnToPage() {
        let result = run(
            """
            boot zones="Normal:16M"
            p = alloc_page(GFP_KERNEL)
            expect pfn_to_page(p.pfn) == p
            expect page_ref_count(pfn_to_page(p.pfn)) == 1
            expect page_ref_count(pfn_to_page(0x100000 + 5)) == 0

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let bad = run("boot zones=\"Normal:16M\"\nexpect page_ref_count(pfn_to_page(0x1000)) == 0\n")
        #expect(bad.diagnostics.first?.id == .badPfn)
        #expect(bad.diagnostics.first?.column == 35)
    }

    /// PGFREE counts every free_one_page() (mm/page_alloc.c:1561), boot's __free_pages_core()
    /// included (4096 pages), and every free_frozen_page_commit() (mm/page_alloc.c:2827), but
    /// not free_pcppages_bulk(), which calls __free_one_page() directly; PGALLOC counts
    /// 1 << order per rmqueue_pcplist() or rmqueue_buddy() (mm/page_alloc.c:3191, 3308), not
    /// the pages of a pcp refill.
    @Test func vmEventCounters() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            expect pgfree() == 4096
            expect pgalloc_normal() == 0
            p = alloc_pages(GFP_KERNEL, 4)
            expect pgalloc_normal() == 16
            __free_pages(p, 4)
            expect pgfree() == 4112
            a = alloc_page(GFP_KERNEL)
            expect pgalloc_normal() == 17
            __free_page(a)
            expect pgfree() == 4113
            drain_local_pages()
            expect pgfree() == 4113
            expect pgalloc_movable() == 0
            expect compact_stall() == 0

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// `fill ... gfp=EXPR` takes a whole expression: __GFP_DMA | GFP_KERNEL asks gfp_zone() for
    /// ZONE_DMA, which this machine lacks, so nothing is allocated.
    @Test func fillTakesAGfpExpression() {
        let result = run("boot zones=\"Normal:16M\"\nfill Normal until high gfp=__GFP_DMA | GFP_KERNEL\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.output.hasPrefix("fill: 0 pages allocated"))
    }

    // MARK: page references and flags

    /// page_ref_freeze() is atomic_cmpxchg(&_refcount, count, 0) (include/linux/page_ref.h:274);
    /// folio_try_get() is folio_ref_add_unless(folio, 1, 0) (include/linux/page_ref.h:262-265),
    /// so it fails on a frozen page.
    @Test func freezeAndTryGet() {
        let result = run(
            """
            boot zones="Normal:16M"
            p = alloc_page(GFP_KERNEL)
            page_ref_freeze(p, 2)
            expect page_ref_count(p) == 1
            page_ref_freeze(p, 1)
            expect page_ref_count(p) == 0
            folio_try_get(p)
            page_ref_unfreeze(p, 1)
            folio_try_get(p)
            expect page_ref_count(p) == 2

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(
            result.output
                == "p: pfn=0x100000 order=0 zone=Normal migratetype=Unmovable\npage_ref_freeze: 0\npage_ref_freeze: 1\nfolio_try_get: 0\nfolio_try_get: 1\n"
        )
    }

    /// PG_locked and PG_writeback are in PAGE_FLAGS_CHECK_AT_FREE (include/linux/page-flags.h:1208-1213):
    /// freeing a page that has one is bad_page() "PAGE_FLAGS_CHECK_AT_FREE flag(s) set"
    /// (mm/page_alloc.c, page_bad_reason()); clearing it first frees cleanly.
    @Test func flagsFreeTimeChecksLookAt() {
        let bad = run(
            """
            boot zones="Normal:16M"
            p = alloc_page(GFP_KERNEL)
            __folio_set_locked(p)
            __free_page(p)
            expect warning "PAGE_FLAGS_CHECK_AT_FREE flag(s) set"

            """)
        #expect(bad.diagnostics.isEmpty, "\(bad.diagnostics)")
        #expect(bad.output.contains("flags: 0x17ffffc0000001(locked|node=0|zone=2|lastcpupid=0x1fffff)"))
        let clean = run(
            """
            boot zones="Normal:16M"
            p = alloc_page(GFP_KERNEL)
            folio_start_writeback(p)
            folio_end_writeback(p)
            SetPageReserved(p)
            ClearPageReserved(p)
            __free_page(p)

            """)
        #expect(clean.diagnostics.isEmpty, "\(clean.diagnostics)")
    }

    // MARK: views

    /// memblock_free_all() frees boot memory in ascending order to the tail of the free lists
    /// (__free_pages_core() with FPI_TO_TAIL, mm/page_alloc.c): the order-10 Movable list runs
    /// from the lowest block at its head to the highest at its tail.
    @Test func freeListHeadToTail() {
        let result = run(
            "boot zones=\"Normal:16M\"\nshow free_list Normal 10 Movable\nshow free_list Normal 3 Movable\n")
        #expect(
            result.output
                == "Node 0 Normal order 10 Movable: 4 blocks: 0x100000 0x100400 0x100800 0x100c00\nNode 0 Normal order 3 Movable: 0 blocks\n"
        )
    }

    /// `show pcp` cuts a list after 8 pfns; `show pcp all` prints every one.
    @Test func pcpViewWithoutTruncation() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            repeat 12 {
              p = alloc_page(GFP_KERNEL)
            }
            drain_local_pages()
            show pcp
            show pcp all

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let lines = result.output.split(separator: "\n").filter { $0.hasPrefix("  lists[") }
        #expect(lines.count <= 2)
        if lines.count == 2 {
            #expect(lines[0].hasSuffix(" ...") == (lines[1].split(separator: " ").count > 14))
            #expect(!lines[1].hasSuffix(" ..."))
        }
    }

    /// The zoneinfo block of one zone is the file's own block: the per-node stats print before
    /// the node's first populated zone only (zoneinfo_show_print(), mm/vmstat.c).
    @Test func zoneinfoOfOneZone() {
        let result = run(
            """
            boot zones="DMA32:16M Normal:16M"
            show zoneinfo Normal

            """)
        #expect(result.output.hasPrefix("Node 0, zone   Normal\n  pages free     4096\n"))
        #expect(!result.output.contains("per-node stats"))
        #expect(result.output.components(separatedBy: "Node 0, zone").count == 2)
        #expect(result.output.hasSuffix("\n  start_pfn:           1048576\n"))
    }

    // MARK: isolation

    /// __move_freepages_block_isolate() splits a free block larger than a pageblock and frees
    /// it again pageblock by pageblock (mm/page_alloc.c:2106-2115); __free_one_page() does not
    /// merge an Isolate block with a buddy of another type at pageblock order
    /// (mm/page_alloc.c:981-984), so the freed page stays in its isolated pageblock at order 9;
    /// undo_isolate_page_range() puts the order-9 block back through the buddy allocator
    /// (mm/page_isolation.c, unset_migratetype_isolate()), and the two halves merge again.
    @Test func isolationBlocksMergingAndIsolatesFrees() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            p = alloc_page(GFP_HIGHUSER_MOVABLE)
            __free_page(p)
            start_isolate_page_range(0x100000, 0x100200)
            expect nr_free(Normal, 10) == 3
            expect nr_free(Normal, 9, Movable) == 1
            drain_local_pages()
            expect nr_free(Normal, 9, Isolate) == 1
            expect nr_free(Normal) == 4096 - 512
            undo_isolate_page_range(0x100000, 0x100200)
            expect nr_free(Normal, 10) == 4
            expect nr_free(Normal) == 4096

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.output.contains("start_isolate_page_range: 0\n"))
    }

    /// set_migratetype_isolate() fails with -EBUSY when has_unmovable_pages() finds a page in
    /// use that is not movable (mm/page_isolation.c); alloc_contig_range() then returns -EBUSY
    /// too, and alloc_contig_range() of a free range hands every page out with one reference
    /// (split_free_pages(), mm/page_alloc.c:6996).
    @Test func allocContigRange() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            k = alloc_pages(GFP_KERNEL, 0)
            start_isolate_page_range(0x100000, 0x100200)
            q = alloc_contig_range(0x100400, 0x100800, GFP_KERNEL)
            expect page_ref_count(q + 5) == 1
            expect nr_free(Normal, 10) == 2
            free_contig_range(q, 1024)
            drain_all_pages()
            expect nr_free(Normal, 10) == 3

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.output.contains("start_isolate_page_range: -16\n"))
        #expect(result.output.contains("alloc_contig_range: 0\n"))
    }

    /// Offlining a section: an unmovable page in use fails the isolation (-EBUSY); page cache
    /// is migrated out and the section leaves the zone (__offline_isolated_pages(),
    /// mm/page_alloc.c:7197-7241, then the managed and present counts). The watermarks are
    /// recomputed from the rest: at boot nr_free_buffer_pages() was 65536, min_free_kbytes
    /// int_sqrt(262144 * 16) = 2048, min 512 pages, high 512 + 2 * max(128, 65) = 768
    /// (mm/page_alloc.c:6455-6459, 6384-6390); after, (32768 - 768) * 4 = 128000 KiB gives
    /// int_sqrt(2048000) = 1431.
    @Test func offlinePages() {
        let result = run(
            """
            boot zones="Normal:256M" thp=off
            expect min_free_kbytes() == 2048
            k = alloc_page(GFP_KERNEL)
            offline_pages(0x100000, 32768)
            expect zone_managed_pages(Normal) == 65536
            __free_page(k)
            p = alloc_pages(GFP_HIGHUSER_MOVABLE, 2)
            filemap_add_folio(p)
            offline_pages(0x100000, 32768)
            expect zone_managed_pages(Normal) == 32768
            expect present_pages(Normal) == 32768
            expect min_free_kbytes() == 1431
            expect nr_free(Normal) == 32768 - 4

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.output.contains("offline_pages: -16\n"))
        #expect(result.output.contains("offline_pages: 0\n"))
        let unaligned = run("boot zones=\"Normal:256M\"\noffline_pages(0x100200, 32768)\n")
        #expect(unaligned.diagnostics.first?.id == .badPfn)
    }

    @Test func isolationRangesArePageblockAligned() {
        let result = run("boot zones=\"Normal:16M\"\nstart_isolate_page_range(0x100100, 0x100200)\n")
        #expect(result.diagnostics.first?.id == .badPfn)
        #expect(result.diagnostics.first?.column == 26)
    }

    // MARK: allocation context

    /// current_gfp_context() clears __GFP_IO and __GFP_FS in a NOIO scope, __GFP_FS in a NOFS
    /// scope (include/linux/sched/mm.h:259-262), and __alloc_frozen_pages_noprof() applies it
    /// before anything else (mm/page_alloc.c:5165), so mm_page_alloc prints the narrowed mask
    /// (mm/page_alloc.c:5200).
    @Test func memallocScopesNarrowTheMask() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            memalloc_noio_save()
            show gfp GFP_KERNEL
            memalloc_nofs_save()
            memalloc_noio_restore()
            show gfp GFP_KERNEL
            memalloc_nofs_restore()
            show gfp GFP_KERNEL

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let narrowed = result.output.split(separator: "\n").filter { $0.hasPrefix("current_gfp_context") }
        #expect(narrowed == ["current_gfp_context: GFP_NOIO (0xc00)", "current_gfp_context: GFP_NOFS (0xc40)"])
        let traced = run(
            """
            boot zones="Normal:16M" thp=off
            trace on
            memalloc_noio_save()
            p = alloc_page(GFP_KERNEL)

            """)
        #expect(traced.output.contains("gfp_flags=GFP_NOIO"))
    }

    /// gfp_to_alloc_flags() adds ALLOC_MIN_RESERVE for a real-time task in task context that
    /// may direct-reclaim (mm/page_alloc.c:4452); __gfp_pfmemalloc_flags() gives
    /// ALLOC_NO_WATERMARKS to a PF_MEMALLOC task outside interrupts or serving a softirq, not in
    /// a hardirq (mm/page_alloc.c:4488-4492).
    @Test func taskContextChangesAllocFlags() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            sched_set_fifo()
            show gfp GFP_KERNEL
            irq_enter()
            show gfp GFP_KERNEL
            irq_exit()
            sched_set_normal()
            memalloc_noreclaim_save()
            show gfp GFP_KERNEL
            irq_enter()
            show gfp GFP_KERNEL
            irq_exit()
            softirq_handle_begin()
            show gfp GFP_KERNEL
            softirq_handle_end()
            memalloc_noreclaim_restore()

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let lines = result.output.split(separator: "\n")
        let slow = lines.filter { $0.hasPrefix("slow path") }
        #expect(slow.count == 5)
        #expect(slow.first?.contains("ALLOC_MIN_RESERVE") == true)
        #expect(slow.dropFirst().allSatisfy { !$0.contains("ALLOC_MIN_RESERVE") })
        let reserves = lines.filter { $0.hasPrefix("reserves") }
        #expect(reserves.count == 2)
        #expect(reserves.allSatisfy { $0.hasSuffix("ALLOC_NO_WATERMARKS") })
    }

    @Test func restoreWithoutSaveIsALocatedError() {
        let result = run("boot zones=\"Normal:16M\"\nirq_exit()\n")
        #expect(result.diagnostics.first?.id == .badCallState)
        #expect(result.diagnostics.first?.line == 2)
    }

    // MARK: repeat

    /// Order-4 blocks bypass the per-CPU lists (pcp_allowed_order(): orders up to
    /// PAGE_ALLOC_COSTLY_ORDER and the PMD order, mm/page_alloc.c), so each allocation takes 16
    /// pages from the free lists at once.
    @Test func repeatRunsItsBodyNTimes() {
        let result = run(
            """
            boot zones="Normal:16M" thp=off
            repeat 3 {
              p = alloc_pages(GFP_KERNEL, 4)
            }
            expect nr_free(Normal) == 4096 - 48
            repeat 2 {
              repeat 3 {
                p = alloc_pages(GFP_KERNEL, 4)
              }
            }
            expect nr_free(Normal) == 4096 - 144
            repeat 0 {
              p = alloc_pages(GFP_KERNEL, 4)
            }
            expect nr_free(Normal) == 4096 - 144

            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func aFailureInsideALoopStopsAtItsLine() {
        let result = run(
            "boot zones=\"Normal:16M\"\nrepeat 3 {\n  p = alloc_pages(GFP_KERNEL, 4)\n  show page q\n}\n")
        #expect(result.diagnostics.map(\.id) == [.unknownName])
        #expect(result.diagnostics.first?.line == 4)
        #expect(result.output.components(separatedBy: "p: pfn").count == 2)
    }

    /// A failed expectation is a wrong claim: the loop goes on, each pass reporting it.
    @Test func aFailedExpectationInsideALoopGoesOn() {
        let result = run(
            "boot zones=\"Normal:16M\"\nrepeat 3 {\n  expect nr_free(Normal) == 4096\n  p = alloc_pages(GFP_KERNEL, 4)\n}\n"
        )
        #expect(result.diagnostics.map(\.line) == [3, 3])
        #expect(result.output.components(separatedBy: "p: pfn").count == 4)
    }

    // MARK: expect warning later

    /// An order-0 double free is silent at the second free on a kernel without
    /// CONFIG_DEBUG_VM (the count goes to -1, put_page_testzero()); check_new_pages() reports
    /// it when the page is next taken off the pcp list (mm/page_alloc.c, check_new_page_bad()).
    /// A claim made before the report is met by whichever later statement prints it.
    @Test func expectWarningLaterClaimsALaterReport() {
        let claimed = run(
            """
            boot zones="Normal:16M" thp=off
            q = alloc_page(GFP_KERNEL)
            __free_page(q)
            expect warning later "Bad page state"
            __free_page(q)
            r = alloc_page(GFP_KERNEL)

            """)
        #expect(claimed.diagnostics.isEmpty, "\(claimed.diagnostics)")
        #expect(claimed.output.contains("BUG: Bad page state in process mmbook  pfn:100000"))
        let unclaimed = run(
            """
            boot zones="Normal:16M" thp=off
            q = alloc_page(GFP_KERNEL)
            __free_page(q)
            __free_page(q)
            r = alloc_page(GFP_KERNEL)

            """)
        #expect(unclaimed.diagnostics.first?.id == .kernelBug)
        let never = run(
            """
            boot zones="Normal:16M" thp=off
            q = alloc_page(GFP_KERNEL)
            expect warning later "Bad page state"
            __free_page(q)

            """)
        #expect(never.diagnostics.first?.id == .expectationFailed)
        #expect(never.diagnostics.first?.line == 3)
    }
}
