import PageAlloc

extension Catalog {
    /// The views `show` prints.
    static let views: [ViewEntry] = [
        text("buddyinfo", KernelSymbol("frag_show_print", "mm/vmstat.c"), "/proc/buddyinfo.") { $0.buddyinfo() },
        text("pagetypeinfo", KernelSymbol("pagetypeinfo_show", "mm/vmstat.c"), "/proc/pagetypeinfo.") {
            $0.pagetypeinfo()
        },
        ViewEntry(
            name: "zoneinfo", signature: Signature(required: [], optional: [.zone]),
            models: KernelSymbol("zoneinfo_show", "mm/vmstat.c"),
            doc: "/proc/zoneinfo; with ZONE, that zone's block of it on the current node."
        ) { (s, a) throws(ScenarioFailure) in
            s.output += a.count == 0 ? s.m.zoneinfo() : Views.zoneinfo(s.m, zone: a.zone(0))
        },
        text("extfrag", KernelSymbol("extfrag_show", "mm/vmstat.c"), "debugfs extfrag/extfrag_index.") {
            $0.extfragIndex()
        },
        text("unusable", KernelSymbol("unusable_show", "mm/vmstat.c"), "debugfs extfrag/unusable_index.") {
            $0.unusableIndex()
        },
        text(
            "watermarks", KernelSymbol("zoneinfo_show_print", "mm/vmstat.c"),
            "Each zone's min, low, high and promo watermarks."
        ) { Views.watermarks($0) },
        ViewEntry(
            name: "pcp", signature: Signature(required: [], optional: [.all]),
            models: KernelSymbol("zoneinfo_show_print", "mm/vmstat.c"),
            doc: "Each CPU's per-cpu page lists, the first 8 pfns of each; `all`: every pfn, head to tail."
        ) { (s, a) throws(ScenarioFailure) in s.output += Views.pcp(s.m, limit: a.count == 0 ? 8 : nil) },
        ViewEntry(
            name: "free_list", signature: Signature(required: [.zone, .order, .migratetype]),
            models: KernelSymbol("free_list", "include/linux/mmzone.h"),
            doc: "The pfns of one buddy free list, head (taken first) to tail."
        ) { (s, a) throws(ScenarioFailure) in
            let z = try s.populatedZone(a, 0)
            let (order, type) = (a.int(1), a.migratetype(2))
            let pfns = s.m.memmap.entries(of: s.m.zones[z].freeArea[order].freeList[type.rawValue])
            s.print(
                "Node \(s.m.zones[z].node) \(a.zone(0).name) order \(order) \(type.name): \(pfns.count) block\(pfns.count == 1 ? "" : "s")"
                    + (pfns.isEmpty ? "" : ": " + pfns.map(\.hex).joined(separator: " ")))
        },
        text("zonelist", KernelSymbol("build_zonelists", "mm/page_alloc.c"), "Each node's zonelists.") {
            Views.zonelists($0)
        },
        text("meminfo", KernelSymbol("meminfo_proc_show", "fs/proc/meminfo.c"), "/proc/meminfo.") {
            $0.meminfo()
        },
        text("vmstat", KernelSymbol("vmstat_show", "mm/vmstat.c"), "/proc/vmstat.") { $0.vmstat() },
        ViewEntry(
            name: "gfp", signature: Signature(required: [.gfp], optional: [.order]),
            models: KernelSymbol("gfp_zone", "include/linux/gfp.h"),
            doc: "What the allocator makes of a mask: zone, migratetype, alloc flags.", needsMachine: false
        ) { (s, a) throws(ScenarioFailure) in s.showGFP(a.gfp(0), order: a.int(1, default: 0)) },
        ViewEntry(
            name: "page", signature: Signature(required: [.page]), models: KernelSymbol("dump_page", "mm/debug.c"),
            doc: "The struct page, as dump_page() prints it."
        ) { (s, a) throws(ScenarioFailure) in s.output += s.m.dumpPage(a.pfn(0)) },
        ViewEntry(
            name: "folio", signature: Signature(required: [.page]), models: KernelSymbol("dump_page", "mm/debug.c"),
            doc: "The page's folio: dump_page() of its head, order, size and references."
        ) { (s, a) throws(ScenarioFailure) in
            let m = s.m
            let head = m.pageFolio(a.pfn(0))
            s.output += m.dumpPage(head)
            s.print(
                "folio: order \(m.folioOrder(head)), \(m.folioNrPages(head)) pages, refcount \(m.folioRefCount(head))")
        },
        ViewEntry(
            name: "free_area", signature: Signature(required: [.zone]),
            models: KernelSymbol("free_area", "include/linux/mmzone.h"),
            doc: "A diagram of the zone's free lists by order and migratetype."
        ) { (s, a) throws(ScenarioFailure) in s.draw(.freeArea(zone: try s.populatedZone(a, 0)), on: s.m) },
        ViewEntry(
            name: "pageblocks", signature: Signature(required: [.zone]),
            models: KernelSymbol("get_pageblock_migratetype", "include/linux/mmzone.h"),
            doc: "A diagram of the zone's pageblocks by migratetype."
        ) { (s, a) throws(ScenarioFailure) in s.draw(.pageblocks(zone: try s.populatedZone(a, 0)), on: s.m) },
        ViewEntry(
            name: "memmap", signature: Signature(required: [.variable], optional: [.order]),
            models: KernelSymbol("mem_map", "mm/mm_init.c"),
            doc: "A diagram of the struct pages around a variable's block: the aligned window of 2^ORDER pages "
                + "(up to MAX_PAGE_ORDER's 1024); by default 64, or twice the block, at most 256."
        ) { (s, a) throws(ScenarioFailure) in
            let variable = a.variable(0)
            let order = a.int(1, default: min(max(6, variable.order + 1), 8))
            s.draw(.memmap(pfn: variable.pfn, order: order), on: s.m)
        },
    ]

    /// A view that prints `render`'s text of the machine.
    static func text(
        _ name: String, _ models: KernelSymbol, _ doc: String, _ render: @escaping @Sendable (Machine) -> String
    ) -> ViewEntry {
        ViewEntry(name: name, signature: Signature(required: []), models: models, doc: doc) {
            (s, _) throws(ScenarioFailure) in s.output += render(s.m)
        }
    }
}
