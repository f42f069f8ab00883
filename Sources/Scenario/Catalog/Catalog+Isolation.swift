import PageAlloc

extension Catalog {
    /// The calls that isolate pageblocks and take contiguous ranges, as CMA and memory
    /// hot-unplug do. Ranges are pfns `START` to `END` (exclusive), pageblock-aligned (512
    /// pages) and in one zone: the model isolates whole pageblocks only.
    static let isolationCalls: [CallEntry] = [
        CallEntry(
            name: "start_isolate_page_range", signature: Signature(required: [.pfn, .number]),
            models: KernelSymbol("start_isolate_page_range", "mm/page_isolation.c"),
            doc:
                "Marks the pageblocks of START..END MIGRATE_ISOLATE, their free pages moving to the Isolate lists; prints 0 or -EBUSY."
        ) { (s, a) throws(ScenarioFailure) in
            let (start, end) = try s.contigRange(a)
            s.print("start_isolate_page_range: \(s.m.startIsolatePageRange(start, end))")
        },
        CallEntry(
            name: "undo_isolate_page_range", signature: Signature(required: [.pfn, .number]),
            models: KernelSymbol("undo_isolate_page_range", "mm/page_isolation.c"),
            doc: "Gives the isolated pageblocks of START..END their own types back; their free pages merge again."
        ) { (s, a) throws(ScenarioFailure) in
            let (start, end) = try s.contigRange(a)
            s.m.undoIsolatePageRange(start, end)
        },
        CallEntry(
            name: "alloc_contig_range", signature: Signature(required: [.pfn, .number, .gfp]),
            models: KernelSymbol("alloc_contig_range", "mm/page_alloc.c"),
            doc:
                "Isolates START..END, migrates or drops its page cache and takes every page; prints 0 or -EBUSY and binds VAR to the range."
        ) { (s, a) throws(ScenarioFailure) in
            let (start, end) = try s.contigRange(a)
            let result = s.m.allocContigRangeNoprof(start, end, gfp: a.gfp(2))
            s.print("alloc_contig_range: \(result)")
            let order = Int.bitWidth - 1 - (end - start).leadingZeroBitCount
            s.bind(a.target, result == 0 ? PageVariable(pfn: start, order: order, freedAtLine: nil) : nil)
        },
        CallEntry(
            name: "offline_pages", signature: Signature(required: [.pfn, .count]),
            models: KernelSymbol("offline_pages", "mm/memory_hotplug.c"),
            doc:
                "Offlines NR_PAGES from START, a whole memory section (32768 pages): isolated, emptied, taken from the zone; prints 0 or -EBUSY."
        ) { (s, a) throws(ScenarioFailure) in
            let (start, count) = (a.int(0), a.int(1))
            let section = 1 << Kernel.pfnSectionShift
            guard start % section == 0, count % section == 0 else {
                throw ScenarioFailure(
                    column: a.column(0), id: .badPfn,
                    message:
                        "offline_pages(\(start.hex), \(count)): memory goes offline in whole sections: START and NR_PAGES must be multiples of \(section) (128 MiB)"
                )
            }
            guard let z = s.m.zoneIndex(ofPfn: start), s.m.zoneIndex(ofPfn: start + count - 1) == z else {
                throw ScenarioFailure(
                    column: a.column(1), id: .badPfn, message: "the range is not within one zone")
            }
            s.print("offline_pages: \(s.m.offlinePages(start, nrPages: count))")
        },
        CallEntry(
            name: "free_contig_range", signature: Signature(required: [.page, .count]),
            models: KernelSymbol("free_contig_range", "mm/page_alloc.c"),
            doc: "Frees NR_PAGES pages that alloc_contig_range() took, page by page (a compound range at once)."
        ) { (s, a) throws(ScenarioFailure) in
            s.m.freeContigRange(a.pfn(0), nrPages: a.int(1))
            s.markFreed(a, 0)
        },
    ]
}

extension ScenarioSession {
    /// The range `START, END` of an isolation call: pageblock-aligned, a power of two long
    /// when it becomes one compound page, within one zone.
    func contigRange(_ a: CallArguments) throws(ScenarioFailure) -> (Int, Int) {
        let (start, end) = (a.int(0), a.int(1))
        let block = Kernel.pageblockNrPages
        guard start % block == 0, end % block == 0, end > start else {
            throw ScenarioFailure(
                column: a.column(0), id: .badPfn,
                message:
                    "\(a.name)(\(start.hex), \(end.hex)): the model isolates whole pageblocks: START and END must be multiples of \(block.hex), END above START"
            )
        }
        guard let z = m.zoneIndex(ofPfn: start), m.zones[z].spans(end - 1), m.zoneIndex(ofPfn: end - 1) == z else {
            throw ScenarioFailure(
                column: a.column(1), id: .badPfn, message: "\(start.hex)..\(end.hex) is not within one zone")
        }
        if a.name == "alloc_contig_range" && a.gfp(2).contains(.comp) && (end - start).nonzeroBitCount != 1 {
            throw ScenarioFailure(
                column: a.column(1), id: .badPfn, message: "a __GFP_COMP range must be a power of two pages long")
        }
        return (start, end)
    }
}
