import Testing

@testable import PageAlloc

/// The hugetlb pools, following `set_max_huge_pages()`, `alloc_pool_huge_folio()`,
/// `alloc_buddy_hugetlb_folio()`, `prep_and_add_allocated_folios()`,
/// `remove_pool_hugetlb_folio()`, `alloc_hugetlb_folio()`, `free_huge_folio()` and
/// `hugetlb_report_meminfo()` (mm/hugetlb.c), and `alloc_contig_range()` (mm/page_alloc.c),
/// Linux 6.18.
@Suite struct HugetlbTests {
    static let base = 0x100000
    static let z = Machine.zoneIndex(node: 0, type: .normal)

    /// What hugetlb_report_meminfo() prints for a default pool of `total` pages, `free` of them
    /// free, and `gigantic` 1 GiB pages: "%5lu" counts, "%8lu kB" sizes.
    static func meminfo(total: Int, free: Int, surplus: Int = 0, gigantic: Int = 0) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - String(value).count)) + String(value)
        }
        return "HugePages_Total:   \(pad(total, 5))\nHugePages_Free:    \(pad(free, 5))\n"
            + "HugePages_Rsvd:    \(pad(0, 5))\nHugePages_Surp:    \(pad(surplus, 5))\n"
            + "Hugepagesize:   \(pad(2048, 8)) kB\nHugetlb:        \(pad(total * 2048 + gigantic * 1_048_576, 8)) kB\n"
    }

    /// vm.nr_hugepages=4 on a fresh 16 MiB zone (four free order-10 blocks). Each page is an
    /// order-9 request (GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_NOWARN|__GFP_THISNODE|
    /// __GFP_RETRY_MAYFAIL) through the movable THP per-CPU list, whose refill takes
    /// max(batch >> 9, 2)... only when batch > 1; this zone's batch is 1, so one block per refill:
    /// the order-10 block at base splits into base (taken) and base+512 (taken next), then the
    /// one at base+1024 likewise. The pages join the free list newest first, each at the head,
    /// so the list reads in allocation order.
    @Test func fourHugePagesOnAFreshMachine() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        #expect(m.setMaxHugePages(4) == 4)
        #expect(m.hstates[0].hugepageFreelists == [[Self.base, Self.base + 512, Self.base + 1024, Self.base + 1536]])
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 4, free: 4))
        for pfn in m.hstates[0].hugepageFreelists[0] {
            #expect(m.memmap.flags[pfn].contains(.head))
            #expect(m.memmap.refcount[pfn] == 0)
        }
        #expect(m.freeAndPcpPages(Self.z) == 2048)
        #expect(m.checkInvariants() == [])

        // Shrinking takes free pages from the head of the list and returns them to the buddy
        // allocator.
        #expect(m.setMaxHugePages(1) == 1)
        #expect(m.hstates[0].hugepageFreelists == [[Self.base + 1536]])
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 1, free: 1))
        #expect(m.freeAndPcpPages(Self.z) == 4096 - 512)
        #expect(m.checkInvariants() == [])
    }

    /// On a fragmented zone the pool grows less. Pageblocks 2-7 each keep one unmovable page
    /// at their start, so only pageblocks 0-1 can give order-9 blocks: the first request claims
    /// the free order-10 block there, the second takes its upper half. The third finds no
    /// order-9 block; compaction has nothing to move and reclaim nothing to free, and
    /// `__GFP_RETRY_MAYFAIL` forbids the OOM killer, so it fails quietly (`__GFP_NOWARN`) and
    /// set_max_huge_pages() stops at 2. The kernel prints nothing; the count shows it.
    @Test func fragmentedMachineGrowsThePoolLess() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let pages = m.fill(Machine.fillUnmovable, order: 0, count: 4096)
        let kept = Set((2..<8).map { Self.base + 512 * $0 })
        for pfn in pages where !kept.contains(pfn) { m.freePages(pfn, order: 0) }
        m.drainAllPages()
        #expect(m.setMaxHugePages(4) == 2)
        #expect(m.hstates[0].maxHugePages == 2)
        #expect(m.hstates[0].hugepageFreelists == [[Self.base, Self.base + 512]])
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 2, free: 2))
        #expect(m.reports.isEmpty)
        #expect(m.checkInvariants() == [])
    }

    /// With two nodes the pool is filled round-robin from `next_nid_to_alloc` (first node 0),
    /// each page on its own node (`__GFP_THISNODE`).
    @Test func poolInterleavesNodes() throws {
        let zonesLayout = (0..<2).map { node in
            let start = 0x100000 + 4096 * node
            return MachineLayout.ZoneLayout(
                node: node, type: .normal, startPfn: start, spannedPages: 4096,
                presentRanges: [start..<(start + 4096)], freeRanges: [start..<(start + 4096)])
        }
        var m = Machine(layout: MachineLayout(zones: zonesLayout, nodeCount: 2, cpuNodes: [0, 1]))
        #expect(m.setMaxHugePages(3) == 3)
        #expect(m.hstates[0].hugepageFreelists == [[0x100000, 0x100200], [0x101000]])
        #expect(m.hstates[0].nrHugePagesNode == [2, 1])
        #expect(m.checkInvariants() == [])
    }

    /// A page handed out gets one reference and leaves the free count; freed, it returns to the
    /// head of its node's list. With overcommit, an empty pool grows by a surplus page that
    /// goes back to the buddy allocator when freed.
    @Test func allocAndFreeHugetlbFolios() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        m.setMaxHugePages(2)
        let handedOut = m.allocHugetlbFolio()
        let pfn = try #require(handedOut)
        #expect(pfn == Self.base)
        #expect(m.memmap.refcount[pfn] == 1)
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 2, free: 1))
        #expect(m.checkInvariants() == [])
        m.freeHugeFolio(pfn)
        #expect(m.hstates[0].hugepageFreelists == [[Self.base, Self.base + 512]])
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 2, free: 2))

        m.setMaxHugePages(0)
        #expect(m.allocHugetlbFolio() == nil)
        #expect(m.setNrOvercommitHugePages(1) == true)
        let grown = m.allocHugetlbFolio()
        let surplus = try #require(grown)
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 1, free: 0, surplus: 1))
        #expect(m.checkInvariants() == [])
        m.freeHugeFolio(surplus)
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 0, free: 0))
        #expect(m.freeAndPcpPages(Self.z) == 4096)
        #expect(m.checkInvariants() == [])
    }

    /// A 1 GiB page comes from alloc_contig_range() over the first 2^18-aligned range of the
    /// 2 GiB zone that has only movable pages: its clean page-cache pages are dropped and its
    /// dirty ones migrated above it, then the whole GiB is taken as one compound page.
    @Test func giganticPageFromAContiguousRange() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 524_288)]))
        let cache = m.fill(.highuserMovable, order: 0, count: 20)
        #expect(cache == Array(Self.base..<(Self.base + 20)))
        for (i, pfn) in cache.enumerated() { #expect(m.markPageCache(pfn, order: 0, dirty: i >= 10) == true) }
        #expect(m.setMaxHugePages(1, hstate: 1) == 1)
        #expect(m.hstates[1].hugepageFreelists == [[Self.base]])
        #expect(m.compoundOrder(containing: Self.base) == Hstate.gigantic1GOrder)
        let moved = m.pageCacheFolios(node: 0)
        #expect(moved.count == 10)
        #expect(moved.allSatisfy { $0 >= Self.base + (1 << 18) })
        #expect(m.freeAndPcpPages(Self.z) == 524_288 - 262_144 - 10)
        #expect(m.hugetlbReportMeminfo() == Self.meminfo(total: 0, free: 0, gigantic: 1))
        #expect(m.checkInvariants() == [])

        #expect(m.setMaxHugePages(0, hstate: 1) == 0)
        #expect(m.freeAndPcpPages(Self.z) == 524_288 - 10)
        #expect(m.checkInvariants() == [])
    }

    /// A page in use that is not page cache cannot be migrated, so `has_unmovable_pages()`
    /// fails the isolation of every range holding one: in the first GiB an order-10 block at its
    /// end (after 510 pageblocks were isolated and are un-isolated again), in the second its first
    /// block. No gigantic page, and the free lists count as before.
    @Test func giganticPageFailsOnPagesThatCannotMove() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 524_288)]))
        let gib = 1 << 18
        // GFP_KERNEL order 0 claims the first order-10 Movable block (pfn base) for Unmovable;
        // the Movable order-10 blocks that follow are taken in pfn order; an Unmovable order-10
        // request then claims the next Movable order-10 block, the second GiB's first.
        let small = try m.mustAlloc(.kernel, order: 0)
        #expect(small == Self.base)
        let blocks = try (1..<256).map { _ in try m.mustAlloc(.highuserMovable, order: 10) }
        #expect(blocks.last == Self.base + gib - 1024)
        #expect(try m.mustAlloc(.kernel, order: 10) == Self.base + gib)
        m.freePages(small, order: 0)
        for pfn in blocks.dropLast() { m.freePages(pfn, order: 10) }
        m.drainAllPages()
        let before = m.buddyinfo()
        #expect(m.setMaxHugePages(1, hstate: 1) == 0)
        #expect(m.buddyinfo() == before)
        #expect(m.checkInvariants() == [])
    }
}
