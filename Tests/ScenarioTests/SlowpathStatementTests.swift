import Testing

@testable import Scenario

/// Scenario statements over the slow-path model: hugetlb pools, compaction, kswapd, page cache.
@Suite struct SlowpathStatementTests {
    func run(_ text: String) -> ScenarioResult {
        var session = ScenarioSession()
        return session.run(ScenarioSource(file: "s.md", text: text))
    }

    /// A fresh 16 MiB zone has four order-10 blocks; `alloc_buddy_hugetlb_folio()` takes
    /// order-9 blocks from the first one, at 0x100000 and 0x100200 (`expand()` keeps the
    /// lower half and the upper half is the next head of the order-9 list).
    @Test func hugetlbPoolAndMeminfo() {
        let result = run(
            """
            boot zones="Normal:16M"
            sysctl vm.nr_hugepages=2
            h = alloc_hugetlb_folio()
            show meminfo
            free_huge_folio(h)

            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.output.hasPrefix("h: pfn=0x100000 order=9 zone=Normal hugetlb\n"))
        #expect(result.output.contains("HugePages_Total:       2\nHugePages_Free:        1\n"))
        #expect(result.output.contains("MemTotal:          16384 kB\nMemFree:           12288 kB\n"))
    }

    @Test func freeHugeFolioNeedsAHugetlbVariable() {
        let result = run("boot zones=\"Normal:16M\"\np = alloc_page(GFP_KERNEL)\nfree_huge_folio(p)\n")
        #expect(result.diagnostics.first?.id == .notHugetlb)
    }

    @Test func pageCacheJoinsAndKswapdReclaimsIt() {
        let result = run(
            """
            boot zones="Normal:16M"
            p = alloc_pages(GFP_HIGHUSER_MOVABLE, 2)
            filemap_add_folio(p)
            show meminfo
            __free_pages(p, 2)

            """)
        #expect(result.output.contains("Inactive(file):       16 kB\n"))
        // The page cache owns the pages now: freeing them through the variable frees a PG_lru
        // page, which free_pages_prepare() reports as a bad page.
        #expect(result.diagnostics.first?.id == .kernelBug)
        #expect(result.output.contains("page dumped because: PAGE_FLAGS_CHECK_AT_FREE flag(s) set"))
        #expect(result.diagnostics.first?.line == 5)
    }

    @Test func compactZoneReportsItsResult() {
        let result = run("boot zones=\"Normal:16M\"\ncompact_zone(Normal)\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.output.hasPrefix("compact_zone(Normal): "))
    }
}
