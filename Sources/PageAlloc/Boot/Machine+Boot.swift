extension Machine {
    /// Boots a machine: lays out its memmap and zones, frees all unreserved memory to the
    /// buddy allocator, then sizes watermarks, lowmem reserves and per-CPU lists.
    ///
    /// Models the page-allocator part of boot: `free_area_init()` and `memmap_init()`
    /// (mm/mm_init.c: every struct page reserved with a reference, every pageblock MOVABLE,
    /// whatever mobility grouping is decided after), `build_all_zonelists()`
    /// (`page_group_by_mobility_disabled`), `memblock_free_all()`
    /// (mm/memblock.c: ascending ranges freed in the largest aligned orders through
    /// `__free_pages_core()` to the tail of the free lists), `setup_per_cpu_pageset()` and
    /// `setup_pcp_cacheinfo()` (from `config`), `init_per_zone_wmark_min()` and, with THP,
    /// `hugepage_init()`. Deferred struct-page init is not modelled: its end state is the same
    /// free blocks.
    public init(
        layout: MachineLayout, thp: Bool = true, sysctl: VMSysctl = VMSysctl(), config: KernelConfig = KernelConfig()
    ) {
        self.layout = layout
        self.config = config
        self.thpEnabled = thp
        self.sysctl = sysctl
        let cpus = layout.cpuNodes.count
        let pageCount = ((layout.endPfn + (1 << Kernel.maxPageOrder) - 1) >> Kernel.maxPageOrder) << Kernel.maxPageOrder
        memmap = MemMap(pageCount: pageCount)
        pageblockBits = Array(repeating: UInt8(MigrateType.movable.rawValue), count: pageCount >> Kernel.pageblockOrder)
        nodes = (0..<layout.nodeCount).map(Node.init(id:))
        var zones: [Zone] = []
        for node in 0..<layout.nodeCount {
            for type in ZoneType.allCases {
                if let spec = layout.zones.first(where: { $0.node == node && $0.type == type }) {
                    zones.append(
                        Zone(
                            node: node, type: type, startPfn: spec.startPfn, spannedPages: spec.spannedPages,
                            presentPages: spec.presentPages))
                } else {
                    zones.append(
                        Zone(node: node, type: type, startPfn: 0, spannedPages: 0, presentPages: 0))
                }
            }
        }
        self.zones = ZoneTable(zones, cpus: cpus)
        memmapInit()
        buildAllZonelists()
        // build_all_zonelists(): vm_total_pages is counted before memblock_free_all(), from
        // the managed-page estimate of free_area_init_core(); the pages boot will free stand
        // in for it.
        let totalPages = layout.zones.filter { $0.type <= GFP.highuserMovable.zone }.reduce(0) { $0 + $1.freePages }
        // memmap_init() (mm/mm_init.c:1929, from free_area_init() in setup_arch()) marked every
        // pageblock MOVABLE (mm/mm_init.c:936) before build_all_zonelists() (mm/mm_init.c:2686,
        // from mm_core_init()) decides on mobility grouping, so the pageblocks stay MOVABLE
        // even when grouping is off; only later set_pageblock_migratetype() calls turn the
        // per-CPU types into UNMOVABLE.
        pageGroupByMobilityDisabled = totalPages < Kernel.pageblockNrPages * MigrateType.count
        memblockFreeAll()
        setupPerCPUPagesets()
        setupPcpCacheinfo()
        initPerZoneWmarkMin()
        if thp { hugepageInit() }
        hugetlbInit()
    }

    /// Initialises the struct page of every valid pfn a zone spans: linked to its zone,
    /// reserved, one reference. A pfn is valid when its memory section holds present memory
    /// (`pfn_valid()` with SPARSEMEM): the memmap of a section with none, such as one in the PCI
    /// hole, does not exist in the kernel and is never written here.
    ///
    /// Models: `memmap_init()` / `__init_single_page()` and `init_unavailable_range()`
    /// (mm/mm_init.c:848-863, 969-1004), which walks holes with `for_each_valid_pfn()`. A hole
    /// in a valid section outside every zone's span stays without a zone (the kernel would give
    /// it to the zone next to it).
    private mutating func memmapInit() {
        var validSections = Set<Int>()
        for spec in layout.zones {
            for range in spec.presentRanges where !range.isEmpty {
                let sections =
                    (range.lowerBound >> Kernel.pfnSectionShift)...((range.upperBound - 1) >> Kernel.pfnSectionShift)
                validSections.formUnion(sections)
            }
        }
        for (z, zone) in zones.enumerated() where zone.isPopulated {
            var pfn = zone.startPfn
            while pfn < zone.endPfn {
                let section = pfn >> Kernel.pfnSectionShift
                let sectionEnd = min((section + 1) << Kernel.pfnSectionShift, zone.endPfn)
                if validSections.contains(section) { memmap.initSpan(pfn..<sectionEnd, zone: z) }
                pfn = sectionEnd
            }
        }
    }

    /// Hands every free range of the layout to the buddy allocator.
    ///
    /// Models: `memblock_free_all()` → `__free_pages_memory()` (mm/memblock.c) →
    /// `__free_pages_core()` (mm/page_alloc.c): each range is cut into the largest blocks its
    /// alignment allows (at most MAX_PAGE_ORDER), each block's pages lose PG_reserved and their
    /// reference, the zone's managed pages grow, and the block is freed with FPI_TO_TAIL.
    private mutating func memblockFreeAll() {
        let ranges = layout.zones.flatMap { spec in
            spec.freeRanges.map { (range: $0, zone: Machine.zoneIndex(node: spec.node, type: spec.type)) }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for (range, z) in ranges {
            var start = range.lowerBound
            while start < range.upperBound {
                var order = start == 0 ? Kernel.maxPageOrder : min(Kernel.maxPageOrder, start.trailingZeroBitCount)
                while start + (1 << order) > range.upperBound { order -= 1 }
                freePagesCore(start, zone: z, order: order)
                start += 1 << order
            }
        }
    }

    /// Releases a boot-reserved block to the buddy allocator.
    ///
    /// Models: `__free_pages_core()` (mm/page_alloc.c) with MEMINIT_EARLY.
    private mutating func freePagesCore(_ pfn: Int, zone z: Int, order: Int) {
        let block = pfn..<(pfn + (1 << order))
        memmap.releaseReserved(block)
        zones[z].managedPages += 1 << order
        freeOnePageLocked(pfn, zone: z, order: order, fpi: .toTail)
    }

    /// Turns transparent huge pages off by default on machines under 512 MiB; on larger ones
    /// starts khugepaged, which raises `min_free_kbytes`.
    ///
    /// Models: `hugepage_init()` (mm/huge_memory.c): below `MB_TO_PAGES(512)` of
    /// `totalram_pages()` (the managed pages of every zone) `transparent_hugepage_flags` is
    /// cleared and `start_stop_khugepaged()`, hence `set_recommended_min_free_kbytes()`, never
    /// runs.
    mutating func hugepageInit() {
        let totalram = zones.reduce(0) { $0 + $1.managedPages }
        if totalram < (512 << 20) >> Kernel.pageShift {
            thpEnabled = false
            return
        }
        setRecommendedMinFreeKbytes()
    }
}
