import PageAlloc

extension Catalog {
    /// The kernel calls statements make. A new entry point is one entry here: its name, its
    /// arguments, the kernel function it models and a handler; the parser, the did-you-mean
    /// hints, the argument checks and the reference table follow.
    static let calls: [CallEntry] = baseCalls + pageStateCalls + contextCalls + isolationCalls

    /// The calls that allocate, free and reference pages.
    static let baseCalls: [CallEntry] = [
        CallEntry(
            name: "alloc_pages", signature: Signature(required: [.gfp, .order]),
            models: KernelSymbol("alloc_pages", "include/linux/gfp.h"),
            doc: "Allocates 2^ORDER pages; binds VAR to the block.", allocates: true
        ) { (s, a) throws(ScenarioFailure) in try s.allocate(a, gfp: a.gfp(0), order: a.int(1), node: nil) },
        CallEntry(
            name: "alloc_page", signature: Signature(required: [.gfp]),
            models: KernelSymbol("alloc_page", "include/linux/gfp.h"),
            doc: "Allocates one page.", allocates: true
        ) { (s, a) throws(ScenarioFailure) in try s.allocate(a, gfp: a.gfp(0), order: 0, node: nil) },
        CallEntry(
            name: "alloc_pages_node", signature: Signature(required: [.node, .gfp, .order]),
            models: KernelSymbol("alloc_pages_node", "include/linux/gfp.h"),
            doc: "Allocates 2^ORDER pages preferring NODE.", allocates: true
        ) { (s, a) throws(ScenarioFailure) in try s.allocate(a, gfp: a.gfp(1), order: a.int(2), node: a.int(0)) },
        CallEntry(
            name: "__get_free_pages", signature: Signature(required: [.gfp, .order]),
            models: KernelSymbol("__get_free_pages", "mm/page_alloc.c"),
            doc: "Allocates 2^ORDER pages without __GFP_HIGHMEM (the kernel returns their address).",
            allocates: true
        ) { (s, a) throws(ScenarioFailure) in
            try s.allocate(a, gfp: a.gfp(0).subtracting(.highmem), order: a.int(1)) { m in
                m.getFreePages(a.gfp(0), order: a.int(1))
            }
        },
        CallEntry(
            name: "__get_free_page", signature: Signature(required: [.gfp]),
            models: KernelSymbol("__get_free_page", "include/linux/gfp.h"),
            doc: "Allocates one page without __GFP_HIGHMEM (the kernel returns its address).", allocates: true
        ) { (s, a) throws(ScenarioFailure) in
            try s.allocate(a, gfp: a.gfp(0).subtracting(.highmem), order: 0) { m in m.getFreePages(a.gfp(0), order: 0) }
        },
        CallEntry(
            name: "get_zeroed_page", signature: Signature(required: [.gfp]),
            models: KernelSymbol("get_zeroed_page", "include/linux/gfp.h"),
            doc: "Allocates one zeroed page: __get_free_pages(GFP | __GFP_ZERO, 0).", allocates: true
        ) { (s, a) throws(ScenarioFailure) in
            let gfp = a.gfp(0).union(.zero)
            try s.allocate(a, gfp: gfp.subtracting(.highmem), order: 0) { m in m.getFreePages(gfp, order: 0) }
        },
        CallEntry(
            name: "alloc_pages_exact", signature: Signature(required: [.size, .gfp]),
            models: KernelSymbol("alloc_pages_exact", "mm/page_alloc.c"),
            doc: "Allocates SIZE bytes of whole pages, freeing the rest of the block.", allocates: true
        ) { (s, a) throws(ScenarioFailure) in
            let (size, gfp) = (a.int(0), a.gfp(1))
            let pages = (size + Kernel.pageSize - 1) / Kernel.pageSize
            let result = s.m.allocPagesExact(size: size, gfp)
            if a.mustFail, let pfn = result {
                s.m.freePagesExact(pfn, size: size)
                throw ScenarioFailure(
                    column: a.column, id: .expectationFailed,
                    message: "expectation failed: \(a.name) succeeded with pfn \(pfn.hex) (\(pages) pages)")
            }
            guard let pfn = result else {
                s.print("\(a.target ?? a.name): allocation failed (size=\(size) gfp=\(gfp.traceString))")
                s.bind(a.target, nil)
                return
            }
            s.print(
                "\(a.target ?? a.name): pfn=\(pfn.hex) pages=\(pages) zone=\(s.m.zones[s.m.zoneIndex(ofPfn: pfn) ?? 0].type.name)"
            )
            let order = max(0, (pages - 1).bitWidth - (pages - 1).leadingZeroBitCount)
            s.bind(a.target, PageVariable(pfn: pfn, order: order, freedAtLine: nil))
        },
        CallEntry(
            name: "folio_alloc", signature: Signature(required: [.gfp, .order]),
            models: KernelSymbol("folio_alloc", "include/linux/gfp.h"),
            doc: "Allocates a folio of 2^ORDER pages (a compound page)."
        ) { (s, a) throws(ScenarioFailure) in
            let (gfp, order) = (a.gfp(0), a.int(1))
            s.recordAllocation(
                name: a.name, pfn: s.m.folioAlloc(gfp, order: order), gfp: gfp.union(.comp), order: order,
                target: a.target)
        },
        CallEntry(
            name: "alloc_hugetlb_folio", signature: Signature(required: []),
            models: KernelSymbol("alloc_hugetlb_folio", "mm/hugetlb.c"),
            doc: "Takes a huge page from the hugetlb pool.", allocates: true
        ) { (s, a) throws(ScenarioFailure) in try s.allocateHugetlbFolio(a) },
        CallEntry(
            name: "__free_pages", signature: Signature(required: [.page, .order]),
            models: KernelSymbol("__free_pages", "mm/page_alloc.c"),
            doc: "Frees 2^ORDER pages; a wrong order or a double free is the kernel's bug report."
        ) { (s, a) throws(ScenarioFailure) in s.free(a, order: a.int(1)) },
        CallEntry(
            name: "free_pages", signature: Signature(required: [.page, .order]),
            models: KernelSymbol("free_pages", "mm/page_alloc.c"),
            doc: "Frees 2^ORDER pages by address."
        ) { (s, a) throws(ScenarioFailure) in s.free(a, order: a.int(1)) },
        CallEntry(
            name: "__free_page", signature: Signature(required: [.page]),
            models: KernelSymbol("__free_page", "include/linux/gfp.h"),
            doc: "Frees one page."
        ) { (s, a) throws(ScenarioFailure) in s.free(a, order: 0) },
        CallEntry(
            name: "free_page", signature: Signature(required: [.page]),
            models: KernelSymbol("free_page", "include/linux/gfp.h"),
            doc: "Frees one page by address."
        ) { (s, a) throws(ScenarioFailure) in s.free(a, order: 0) },
        CallEntry(
            name: "free_pages_exact", signature: Signature(required: [.page, .size]),
            models: KernelSymbol("free_pages_exact", "mm/page_alloc.c"),
            doc: "Frees what alloc_pages_exact(SIZE) returned, page by page."
        ) { (s, a) throws(ScenarioFailure) in
            let (pfn, size) = (a.pfn(0), a.int(1))
            let pages = (size + Kernel.pageSize - 1) / Kernel.pageSize
            guard pages == 0 || s.m.zoneIndex(ofPfn: pfn + pages - 1) != nil else {
                throw ScenarioFailure(
                    column: a.column(1), id: .badPfn,
                    message: "\(size) bytes from pfn \(pfn.hex) run past the memory map")
            }
            s.m.freePagesExact(pfn, size: size)
            s.markFreed(a, 0)
        },
        CallEntry(
            name: "free_huge_folio", signature: Signature(required: [.variable]),
            models: KernelSymbol("free_huge_folio", "mm/hugetlb.c"),
            doc: "Returns a hugetlb folio to its pool."
        ) { (s, a) throws(ScenarioFailure) in
            guard a.variable(0).kind == .hugetlb else {
                throw ScenarioFailure(
                    column: a.column(0), id: .notHugetlb, message: "'\(a.variableName(0) ?? "")' is not a hugetlb folio"
                )
            }
            s.m.freeHugeFolio(a.pfn(0))
            s.markFreed(a, 0)
        },
        CallEntry(
            name: "get_page", signature: Signature(required: [.page]),
            models: KernelSymbol("get_page", "include/linux/mm.h"),
            doc: "Takes a reference on the page's folio."
        ) { (s, a) throws(ScenarioFailure) in s.m.getPage(a.pfn(0)) },
        CallEntry(
            name: "put_page", signature: Signature(required: [.page]),
            models: KernelSymbol("put_page", "include/linux/mm.h"),
            doc: "Drops a reference; the last one frees the folio."
        ) { (s, a) throws(ScenarioFailure) in s.m.putPage(a.pfn(0)) },
        CallEntry(
            name: "folio_get", signature: Signature(required: [.page]),
            models: KernelSymbol("folio_get", "include/linux/mm.h"),
            doc: "Takes a reference on a folio."
        ) { (s, a) throws(ScenarioFailure) in s.m.folioGet(a.pfn(0)) },
        CallEntry(
            name: "folio_put", signature: Signature(required: [.page]),
            models: KernelSymbol("folio_put", "include/linux/mm.h"),
            doc: "Drops a folio reference; the last one frees it."
        ) { (s, a) throws(ScenarioFailure) in s.m.folioPut(a.pfn(0)) },
        CallEntry(
            name: "get_page_unless_zero", signature: Signature(required: [.page]),
            models: KernelSymbol("get_page_unless_zero", "include/linux/mm.h"),
            doc: "Takes a reference unless the count is zero; prints 1 or 0."
        ) { (s, a) throws(ScenarioFailure) in
            let got = s.m.getPageUnlessZero(a.pfn(0))
            s.print("get_page_unless_zero: \(got ? 1 : 0)")
        },
        CallEntry(
            name: "split_page", signature: Signature(required: [.page, .order]),
            models: KernelSymbol("split_page", "mm/page_alloc.c"),
            doc: "Splits a non-compound block into 2^ORDER order-0 pages."
        ) { (s, a) throws(ScenarioFailure) in s.m.splitPage(a.pfn(0), order: a.int(1)) },
        CallEntry(
            name: "split_folio", signature: Signature(required: [.page]),
            models: KernelSymbol("split_folio", "include/linux/huge_mm.h"),
            doc: "Splits a large folio into order-0 folios; prints 0 or -errno."
        ) { (s, a) throws(ScenarioFailure) in
            do throws(FolioSplitError) {
                try s.m.splitFolio(a.pfn(0))
                s.print("split_folio: 0")
            } catch {
                s.print("split_folio: -\(error.errno) (\(error))")
            }
        },
        CallEntry(
            name: "compound_head", signature: Signature(required: [.page]),
            models: KernelSymbol("compound_head", "include/linux/page-flags.h"),
            doc: "The head page of the page's compound page; binds VAR to it."
        ) { (s, a) throws(ScenarioFailure) in s.bindHead(a, head: s.m.compoundHead(a.pfn(0))) },
        CallEntry(
            name: "page_folio", signature: Signature(required: [.page]),
            models: KernelSymbol("page_folio", "include/linux/page-flags.h"),
            doc: "The folio the page belongs to; binds VAR to it."
        ) { (s, a) throws(ScenarioFailure) in s.bindHead(a, head: s.m.pageFolio(a.pfn(0))) },
        CallEntry(
            name: "drain_local_pages", signature: Signature(required: []),
            models: KernelSymbol("drain_local_pages", "mm/page_alloc.c"),
            doc: "Empties the current CPU's per-cpu lists into the buddy lists."
        ) { (s, _) throws(ScenarioFailure) in s.m.drainLocalPages() },
        CallEntry(
            name: "drain_all_pages", signature: Signature(required: []),
            models: KernelSymbol("drain_all_pages", "mm/page_alloc.c"),
            doc: "Empties every CPU's per-cpu lists."
        ) { (s, _) throws(ScenarioFailure) in s.m.drainAllPages() },
        CallEntry(
            name: "vmstat_update", signature: Signature(required: []),
            models: KernelSymbol("vmstat_update", "mm/vmstat.c"),
            doc: "Runs the vmstat worker once: folds counters, decays pcp->high."
        ) { (s, _) throws(ScenarioFailure) in s.m.vmstatUpdate() },
        CallEntry(
            name: "schedule_timeout_uninterruptible", signature: Signature(required: [.number]),
            models: KernelSymbol("schedule_timeout_uninterruptible", "kernel/time/sleep_timeout.c"),
            doc: "Sleeps N jiffies (HZ is 250: 2500 make 10 s): jiffies and the trace clock move on."
        ) { (s, a) throws(ScenarioFailure) in
            let ticks = a.int(0)
            guard ticks >= 0 && ticks <= Interpreter.maxSleepJiffies else {
                throw ScenarioFailure(
                    column: a.column, id: .badCallState,
                    message:
                        "schedule_timeout_uninterruptible: \(ticks) jiffies is out of range 0...\(Interpreter.maxSleepJiffies)"
                )
            }
            s.m.jiffies += ticks
            s.traceClock += ticks * (1_000_000_000 / Kernel.hz)
        },
        CallEntry(
            name: "compact_zone", signature: Signature(required: [.zone]),
            models: KernelSymbol("compact_zone", "mm/compaction.c"),
            doc: "Runs memory compaction over the zone; prints the result."
        ) { (s, a) throws(ScenarioFailure) in
            let z = Machine.zoneIndex(node: s.m.currentNode, type: a.zone(0))
            let result = s.m.compactZone(z)
            s.print("compact_zone(\(a.zone(0).name)): \(result.name)")
        },
        CallEntry(
            name: "wakeup_kswapd", signature: Signature(required: [.zone], optional: [.order]),
            models: KernelSymbol("wakeup_kswapd", "mm/vmscan.c"),
            doc: "Wakes kswapd for the zone and runs it; prints what it reclaimed."
        ) { (s, a) throws(ScenarioFailure) in
            let node = s.m.currentNode
            let z = Machine.zoneIndex(node: node, type: a.zone(0))
            let before = s.m.pageCachePages(node: node)
            s.m.wakeupKswapd(zone: z, order: a.int(1, default: 0))
            s.print("kswapd\(node): reclaimed \(before - s.m.pageCachePages(node: node)) page-cache pages")
        },
        CallEntry(
            name: "filemap_add_folio", signature: Signature(required: [.variable], optional: [.dirty]),
            models: KernelSymbol("filemap_add_folio", "mm/filemap.c"),
            doc: "Hands an allocated block to the page cache (dirty if asked)."
        ) { (s, a) throws(ScenarioFailure) in
            let variable = a.variable(0)
            guard s.m.markPageCache(variable.pfn, order: variable.order, dirty: a.count == 2) else {
                throw ScenarioFailure(
                    column: a.column(0), id: .notCacheable,
                    message:
                        "'\(a.variableName(0) ?? "")' cannot join the page cache (it must be one allocated block with one reference)"
                )
            }
            // The page cache now holds the only reference: the variable no longer owns the pages.
            s.markFreed(a, 0)
        },
    ]
}
