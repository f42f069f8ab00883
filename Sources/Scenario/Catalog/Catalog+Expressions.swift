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
            pageFunction("compound_order", "include/linux/mm.h", "The order of the page's compound page.") {
                .int($0.compoundOrder($0.compoundHead($1)))
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
            doc: "Memory size, 4M to 128G, laid out as an x86-64 PC's."),
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
    ]
}
