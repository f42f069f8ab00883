import PageAlloc

extension Catalog {
    /// The functions expressions call; each reads the machine and gives a value.
    static let functions: [FunctionEntry] =
        [
            FunctionEntry(
                name: "nr_free", signature: Signature(required: [.zone], optional: [.order, .migratetype]),
                models: KernelSymbol("nr_free", "include/linux/mmzone.h"),
                doc: "Free pages of the zone; with ORDER, free blocks of that order (and MIGRATETYPE)."
            ) { m, a in
                let zone = m.zones[Machine.zoneIndex(node: m.currentNode, type: a.zone(0))]
                if a.count == 1 { return .int(zone.freePages) }
                let area = zone.freeArea[a.int(1)]
                return .int(a.count == 2 ? area.nrFree : area.freeList[a.migratetype(2).rawValue].count)
            },
            zoneFunction("min_wmark_pages", "The zone's min watermark.") { $0.minWatermark },
            zoneFunction("low_wmark_pages", "The zone's low watermark.") { $0.lowWatermark },
            zoneFunction("high_wmark_pages", "The zone's high watermark.") { $0.highWatermark },
            zoneFunction("promo_wmark_pages", "The zone's promo watermark.") { $0.promoWatermark },
            zoneFunction("zone_managed_pages", "The pages the buddy allocator manages in the zone.") {
                $0.managedPages
            },
            zoneFunction("watermark_boost", "The zone's watermark_boost (pages added to every watermark).") {
                $0.watermarkBoost
            },
            zoneFunction("nr_reserved_highatomic", "Pages in the zone's pageblocks reserved as HighAtomic.") {
                $0.nrReservedHighatomic
            },
            zoneFunction("nr_free_highatomic", "Free pages on the zone's HighAtomic lists.") { $0.nrFreeHighatomic },
            zoneFunction("spanned_pages", "The pages the zone spans, holes included.") { $0.spannedPages },
            zoneFunction("present_pages", "The pages of the zone that exist.") { $0.presentPages },
            pcpFunction("pcp_count", "Pages on the CPU's lists of the zone (default: the current CPU).") {
                $0.count
            },
            pcpFunction("pcp_high", "The CPU's pcp->high, the auto-tuned high mark.") { $0.high },
            pcpFunction("pcp_high_min", "The CPU's pcp->high_min.") { $0.highMin },
            pcpFunction("pcp_high_max", "The CPU's pcp->high_max.") { $0.highMax },
            pcpFunction("pcp_batch", "The CPU's pcp->batch.") { $0.batch },
            pcpFunction("pcp_free_count", "The CPU's pcp->free_count, pages freed since the last allocations.") {
                $0.freeCount
            },
            pcpFunction("pcp_alloc_factor", "The CPU's pcp->alloc_factor.") { $0.allocFactor },
            pcpFunction(
                "pcp_flags", "The CPU's pcp->flags: 1 PCPF_PREV_FREE_HIGH_ORDER, 2 PCPF_FREE_HIGH_BATCH."
            ) { Int($0.flags) },
            globalFunction(
                "min_free_kbytes", KernelSymbol("min_free_kbytes", "mm/page_alloc.c"), "vm.min_free_kbytes."
            ) { $0.sysctl.minFreeKbytes },
            globalFunction(
                "totalreserve_pages", KernelSymbol("totalreserve_pages", "mm/page_alloc.c"),
                "The pages calculate_totalreserve_pages() last kept from user space."
            ) { $0.totalreservePages() },
            globalFunction(
                "nr_hugepages", KernelSymbol("nr_huge_pages", "include/linux/hugetlb.h"),
                "Huge pages in the default pool, surplus included (h->nr_huge_pages)."
            ) { $0.hstates.first?.nrHugePages ?? 0 },
            globalFunction(
                "free_huge_pages", KernelSymbol("free_huge_pages", "include/linux/hugetlb.h"),
                "Free huge pages of the default pool (h->free_huge_pages)."
            ) { $0.hstates.first?.freeHugePages ?? 0 },
            globalFunction(
                "surplus_huge_pages", KernelSymbol("surplus_huge_pages", "include/linux/hugetlb.h"),
                "Surplus huge pages of the default pool (h->surplus_huge_pages)."
            ) { $0.hstates.first?.surplusHugePages ?? 0 },
            globalFunction(
                "resv_huge_pages", KernelSymbol("resv_huge_pages", "include/linux/hugetlb.h"),
                "Reserved huge pages of the default pool (h->resv_huge_pages)."
            ) { $0.hstates.first?.resvHugePages ?? 0 },
            vmEventFunction(.pgallocDMA, KernelSymbol("PGALLOC", "mm/page_alloc.c")),
            vmEventFunction(.pgallocDMA32, KernelSymbol("PGALLOC", "mm/page_alloc.c")),
            vmEventFunction(.pgallocNormal, KernelSymbol("PGALLOC", "mm/page_alloc.c")),
            vmEventFunction(.pgallocMovable, KernelSymbol("PGALLOC", "mm/page_alloc.c")),
            vmEventFunction(.pgfree, KernelSymbol("PGFREE", "mm/page_alloc.c")),
            vmEventFunction(.pgstealKswapd, KernelSymbol("PGSTEAL_KSWAPD", "mm/vmscan.c")),
            vmEventFunction(.pgstealDirect, KernelSymbol("PGSTEAL_DIRECT", "mm/vmscan.c")),
            vmEventFunction(.compactStall, KernelSymbol("COMPACTSTALL", "mm/page_alloc.c")),
            vmEventFunction(.compactFail, KernelSymbol("COMPACTFAIL", "mm/page_alloc.c")),
            vmEventFunction(.compactSuccess, KernelSymbol("COMPACTSUCCESS", "mm/page_alloc.c")),
            FunctionEntry(
                name: "nr_hugetlb", signature: Signature(required: [], optional: [.node]),
                models: KernelSymbol("NR_HUGETLB", "include/linux/mmzone.h"),
                doc: "Pages of hugetlb folios in use on NODE (default: the current CPU's node)."
            ) { m, a in .int(m.nrHugetlb(node: a.int(0, default: m.currentNode))) },
            FunctionEntry(
                name: "pfn_to_page", signature: Signature(required: [.pfn]),
                models: KernelSymbol("pfn_to_page", "include/asm-generic/memory_model.h"),
                doc: "The struct page of a frame number, as a page."
            ) { _, a in .pfn(a.int(0)) },
            pageFunction("page_ref_count", "include/linux/page_ref.h", "The page's own reference count.") {
                .int($0.pageRefCount($1))
            },
            pageFunction("page_to_pfn", "include/asm-generic/memory_model.h", "The page's frame number.") {
                .int($1)
            },
            pageFunction("page_count", "include/linux/mm.h", "The reference count of the page's folio.") {
                .int($0.pageCount($1))
            },
            pageFunction("folio_ref_count", "include/linux/page_ref.h", "The folio's reference count.") {
                .int($0.folioRefCount($0.pageFolio($1)))
            },
            pageFunction("folio_order", "include/linux/mm.h", "The order of the page's folio.") {
                .int($0.folioOrder($0.pageFolio($1)))
            },
            pageFunction("folio_nr_pages", "include/linux/mm.h", "The pages in the page's folio.") {
                .int($0.folioNrPages($0.pageFolio($1)))
            },
            pageFunction(
                "compound_order", "include/linux/mm.h",
                "The order of a compound page's head; 0 for a tail or any other page."
            ) {
                .int($0.compoundOrder($1))
            },
            pageFunction("compound_head", "include/linux/page-flags.h", "The head page, as a page.") {
                .pfn($0.compoundHead($1))
            },
            pageFunction("page_folio", "include/linux/page-flags.h", "The folio's first page, as a page.") {
                .pfn($0.pageFolio($1))
            },
            pageFunction("PageHead", "include/linux/page-flags.h", "1 if the page heads a compound page.") {
                .int($0.pageHead($1) ? 1 : 0)
            },
            pageFunction("PageTail", "include/linux/page-flags.h", "1 if the page is a tail page.") {
                .int($0.pageTail($1) ? 1 : 0)
            },
            pageFunction("PageCompound", "include/linux/page-flags.h", "1 if the page is part of a compound page.") {
                .int($0.pageCompound($1) ? 1 : 0)
            },
            pageFunction("PageBuddy", "include/linux/page-flags.h", "1 if the page heads a free buddy block.") {
                .int($0.memmap.isBuddy($1) ? 1 : 0)
            },
        ]

    /// A function of one zone's `struct zone` field, modelled on the kernel helper `name`.
    static func zoneFunction(
        _ name: String, _ doc: String, _ field: @escaping @Sendable (Zone) -> Int
    ) -> FunctionEntry {
        FunctionEntry(
            name: name, signature: Signature(required: [.zone]), models: KernelSymbol(name, "include/linux/mmzone.h"),
            doc: doc
        ) { m, a in .int(field(m.zones[Machine.zoneIndex(node: m.currentNode, type: a.zone(0))])) }
    }

    /// A field of one CPU's `struct per_cpu_pages` for a zone: `name(ZONE[, CPU])`.
    static func pcpFunction(
        _ name: String, _ doc: String, _ field: @escaping @Sendable (PerCPUPages) -> Int
    ) -> FunctionEntry {
        FunctionEntry(
            name: name, signature: Signature(required: [.zone], optional: [.cpu]),
            models: KernelSymbol("per_cpu_pages", "include/linux/mmzone.h"), doc: doc
        ) { m, a in
            .int(
                field(
                    m.zones[
                        pcp: Machine.zoneIndex(node: m.currentNode, type: a.zone(0)),
                        cpu: a.int(1, default: m.currentCPU)]))
        }
    }

    /// A /proc/vmstat event counter, by its /proc/vmstat name: `pgfree()`.
    static func vmEventFunction(_ event: VMEvent, _ models: KernelSymbol) -> FunctionEntry {
        globalFunction(event.name, models, "The /proc/vmstat event counter \(event.name) (since boot).") {
            $0.vmEvents[event]
        }
    }

    /// A machine-wide value without arguments: `name()`.
    static func globalFunction(
        _ name: String, _ models: KernelSymbol, _ doc: String, _ value: @escaping @Sendable (Machine) -> Int
    ) -> FunctionEntry {
        FunctionEntry(name: name, signature: Signature(required: []), models: models, doc: doc) { m, _ in
            .int(value(m))
        }
    }

    /// A function of one page, modelled on the kernel helper `name` of `file`.
    static func pageFunction(
        _ name: String, _ file: String, _ doc: String, _ value: @escaping @Sendable (Machine, Int) -> Value
    ) -> FunctionEntry {
        FunctionEntry(
            name: name, signature: Signature(required: [.page]), models: KernelSymbol(name, file), doc: doc
        ) { m, a in value(m, a.pfn(0)) }
    }

    /// The fields of a page variable.
    static let pageFields: [PageFieldEntry] = [
        PageFieldEntry(
            name: "pfn", models: KernelSymbol("page_to_pfn", "include/asm-generic/memory_model.h"),
            doc: "The first page's frame number."
        ) { _, v in .int(v.pfn) },
        PageFieldEntry(
            name: "order", models: KernelSymbol("compound_order", "include/linux/mm.h"),
            doc: "The order the block was allocated with."
        ) { _, v in .int(v.order) },
        PageFieldEntry(
            name: "zone", models: KernelSymbol("page_zone", "include/linux/mm.h"), doc: "The zone the block is in."
        ) { m, v in .symbol(m.zones[m.zoneIndex(ofPfn: v.pfn) ?? 0].type.name) },
        PageFieldEntry(
            name: "migratetype", models: KernelSymbol("get_pageblock_migratetype", "include/linux/mmzone.h"),
            doc: "The migratetype of the block's pageblock."
        ) { m, v in .symbol(m.pageblockMigratetype(v.pfn).name) },
        PageFieldEntry(
            name: "pageblock", models: KernelSymbol("get_pageblock_migratetype", "include/linux/mmzone.h"),
            doc: "The same as migratetype."
        ) { m, v in .symbol(m.pageblockMigratetype(v.pfn).name) },
        PageFieldEntry(
            name: "refcount", models: KernelSymbol("page_ref_count", "include/linux/page_ref.h"),
            doc: "The first page's reference count."
        ) { m, v in .int(Int(m.memmap.refcount[v.pfn])) },
    ]

    /// The options of `boot`.
    static let bootOptions: [BootOptionEntry] = [
        BootOptionEntry(
            name: "mem", value: "SIZE", models: KernelSymbol("free_area_init", "mm/mm_init.c"),
            doc: "Memory size, 4M to 1T, laid out as an x86-64 PC's."),
        BootOptionEntry(
            name: "nodes", value: "N", models: KernelSymbol("free_area_init_node", "mm/mm_init.c"),
            doc: "NUMA nodes, 1 to 51, memory split evenly."),
        BootOptionEntry(
            name: "cpus", value: "N", models: KernelSymbol("setup_per_cpu_pageset", "mm/page_alloc.c"),
            doc: "CPUs, 1 to 256, each with per-cpu page lists."),
        BootOptionEntry(
            name: "thp", value: "on|off", models: KernelSymbol("setup_transparent_hugepage", "mm/huge_memory.c"),
            doc: "Transparent huge pages (sets the pageblock order's use)."),
        BootOptionEntry(
            name: "zones", value: "\"NAME:SIZE ...\"",
            models: KernelSymbol("calculate_node_totalpages", "mm/mm_init.c"),
            doc: "Explicit zones, contiguous from pfn 0x100000."),
        BootOptionEntry(
            name: "zoneinfo", value: "PATH", models: KernelSymbol("zoneinfo_show", "mm/vmstat.c"),
            doc: "The layout of a real machine's /proc/zoneinfo."),
        BootOptionEntry(
            name: "kernelcore", value: "SIZE", models: KernelSymbol("cmdline_parse_kernelcore", "mm/mm_init.c"),
            doc: "Memory kept out of ZONE_MOVABLE."),
        BootOptionEntry(
            name: "movablecore", value: "SIZE", models: KernelSymbol("cmdline_parse_movablecore", "mm/mm_init.c"),
            doc: "Memory given to ZONE_MOVABLE."),
        BootOptionEntry(
            name: "cpu_cache", value: "SIZE", models: KernelSymbol("zone_pcp_update_cacheinfo", "mm/page_alloc.c"),
            doc:
                "Each CPU's slice of the last-level cache (default 2M, an x86 L3 share); setup_pcp_cacheinfo() sets PCPF_FREE_HIGH_BATCH when it holds more than 3 * pcp->batch pages."
        ),
        BootOptionEntry(
            name: "debug_vm", value: "on|off", models: KernelSymbol("VM_BUG_ON_PAGE", "include/linux/mmdebug.h"),
            doc:
                "CONFIG_DEBUG_VM (default off): misuse is reported as VM_BUG_ON_PAGE() does, dump_page() then BUG; page checks are on whatever init_on_alloc= and init_on_free= say."
        ),
        BootOptionEntry(
            name: "init_on_alloc", value: "0|1", models: KernelSymbol("early_init_on_alloc", "mm/mm_init.c"),
            doc:
                "Zeroing at allocation (default 1, as Debian's CONFIG_INIT_ON_ALLOC_DEFAULT_ON; the zeroing is not modelled); with init_on_free=0 and debug_vm=off, 0 turns check_pages_enabled off: no page is checked at free or allocation."
        ),
        BootOptionEntry(
            name: "init_on_free", value: "0|1", models: KernelSymbol("early_init_on_free", "mm/mm_init.c"),
            doc: "Zeroing at free (default 0; the zeroing is not modelled); 1 turns check_pages_enabled on."),
    ]
}
