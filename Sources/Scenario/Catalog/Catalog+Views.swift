import PageAlloc

extension Catalog {
    /// The views `show` prints.
    static let views: [ViewEntry] = [
        text("buddyinfo", KernelSymbol("frag_show_print", "mm/vmstat.c"), "/proc/buddyinfo.") { $0.buddyinfo() },
        text("pagetypeinfo", KernelSymbol("pagetypeinfo_show", "mm/vmstat.c"), "/proc/pagetypeinfo.") {
            $0.pagetypeinfo()
        },
        text("zoneinfo", KernelSymbol("zoneinfo_show", "mm/vmstat.c"), "/proc/zoneinfo.") { $0.zoneinfo() },
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
        text("pcp", KernelSymbol("zoneinfo_show_print", "mm/vmstat.c"), "Each CPU's per-cpu page lists.") {
            Views.pcp($0)
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
            doc: "A diagram of the struct pages around a variable's block (2^ORDER pages, at most 256)."
        ) { (s, a) throws(ScenarioFailure) in
            let variable = a.variable(0)
            let order = a.int(1, default: max(6, variable.order + 1))
            s.draw(.memmap(pfn: variable.pfn, order: min(order, 8)), on: s.m)
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
