import PageAlloc
import Testing

@testable import Scenario

/// Statements beyond allocation: sysctls, views, workloads, walkthrough records.
@Suite struct StatementTests {
    func run(_ text: String, walkthrough: Bool = false) -> ScenarioResult {
        var session = ScenarioSession()
        return session.run(ScenarioSource(file: "n.md", firstLine: 1, text: text), walkthrough: walkthrough)
    }

    /// `min_free_kbytes_sysctl_handler()` → `__setup_per_zone_wmarks()`: 1024 KiB is 256 pages,
    /// all of it in the only zone: min 256, step max(256/4, 4096*10/10000) = 64.
    @Test func minFreeKbytesSysctlResetsWatermarks() {
        let result = run("boot zones=\"Normal:16M\"\nsysctl vm.min_free_kbytes=1024\nshow watermarks\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.output.contains("Node 0 Normal  4096  256  320   384    448      0  (0, 0, 0, 0, 0)"))
        #expect(result.output.contains("min_free_kbytes 1024,"))
    }

    @Test func unknownSysctlSuggests() {
        let d = run("boot mem=64M\nsysctl vm.min_free_kbyte=100\n").diagnostics.first
        #expect(d?.summary == "unknown sysctl 'vm.min_free_kbyte'")
        #expect(d?.suggestions.map(\.replacement) == ["vm.min_free_kbytes"])
        #expect(d?.column == 8)
    }

    /// `percpu_pagelist_high_fraction_sysctl_handler()` rejects 1...7 with -EINVAL
    /// (mm/page_alloc.c:6622-6625 in Linux 6.18).
    @Test func rejectedSysctlValue() {
        let d = run("boot mem=64M\nsysctl vm.percpu_pagelist_high_fraction=4\n").diagnostics.first
        #expect(d?.id == .sysctlOutOfRange)
        #expect(d?.summary.contains("MIN_PERCPU_PAGELIST_HIGH_FRACTION (8)") == true)
        #expect(d?.column == 41)
    }

    @Test func gfpView() {
        // GFP_ATOMIC order 1, slow path: gfp_to_alloc_flags() gives WMARK_MIN, MIN_RESERVE (from
        // __GFP_HIGH), KSWAPD, NON_BLOCK (no direct reclaim) and HIGHATOMIC (order > 0), and
        // drops CPUSET for a non-blocking __GFP_HIGH request.
        let result = run("show gfp GFP_ATOMIC 1\n")
        #expect(
            result.output == """
                gfp_flags: GFP_ATOMIC (0x820)
                gfp_zone: Normal, ZONELIST_FALLBACK
                gfp_migratetype: Unmovable
                slow path (order 1): ALLOC_WMARK_MIN|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC|ALLOC_KSWAPD

                """)
    }

    @Test func workloadsAreDeterministic() {
        let script =
            "boot zones=\"Normal:64M\"\nworkload churn ops=500 seed=3 orders=0..2 mix=\"GFP_KERNEL:1 GFP_HIGHUSER_MOVABLE:3\" keep=40%\nshow buddyinfo\n"
        let a = run(script)
        #expect(a.diagnostics.isEmpty)
        #expect(a.output == run(script).output)
        #expect(a.output.hasPrefix("workload churn: 500 allocations (0 failed), "))
        #expect(a.output != run(script.replacingOccurrences(of: "seed=3", with: "seed=4")).output)
    }

    @Test func expectFailPasses() {
        // A 16 MiB zone has four order-10 blocks; the fifth order-10 allocation cannot succeed.
        let result = run(
            """
            boot zones="Normal:16M"
            a = alloc_pages(GFP_KERNEL, 10)
            b = alloc_pages(GFP_KERNEL, 10)
            c = alloc_pages(GFP_KERNEL, 10)
            expect fail alloc_pages(GFP_KERNEL, 10)

            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.output.hasSuffix("alloc_pages: allocation failed (order=10 gfp=GFP_KERNEL)\n"))
    }

    @Test func walkthroughRecordsEachStatement() {
        let result = run(
            """
            boot zones="Normal:16M"
            # take a block
            p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
            __free_pages(p, 4)

            """, walkthrough: true)
        #expect(result.steps.count == 3)
        let alloc = result.steps[1]
        #expect(alloc.line == 3)
        #expect(alloc.annotation == ["take a block"])
        #expect(alloc.statement == "p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)")
        #expect(alloc.calls.first?.function == "__alloc_pages")
        #expect(alloc.calls.contains { $0.function == "expand" })
        #expect(alloc.tracepoints.map(\.name) == ["mm_page_alloc_zone_locked", "mm_page_alloc"])
        #expect(alloc.output == "p: pfn=0x100000 order=4 zone=Normal migratetype=Movable\n")
        #expect(alloc.freeListChanges?.freePages.map(\.before) == [4096])
        #expect(alloc.freeListChanges?.freePages.map(\.after) == [4096 - 16])
        #expect(alloc.freeListEvents.first?.kind == .delete(previous: nil), "the order-10 block left its list first")
        #expect(result.steps[0].freeListChanges == nil, "booting records no change")
        // Tracepoints are recorded for the walkthrough but not printed unless traced.
        #expect(!result.output.contains("mm_page_alloc"))
    }

    @Test func showArgumentsAndViewsNeedAMachine() {
        #expect(run("show buddyinfo\n").diagnostics.first?.id == .noMachine)
        let view = run("boot mem=64M\nshow budyinfo\n").diagnostics.first
        #expect(view?.summary == "unknown view 'budyinfo'")
        #expect(view?.suggestions.map(\.replacement) == ["buddyinfo"])
    }

    @Test func hugeMachinesAreRefused() {
        let d = run("boot mem=2T\n").diagnostics.first
        #expect(d?.id == .machineTooLarge)
        #expect(d?.summary.contains("between 4M and 1T") == true)
        #expect(d?.summary.contains("GiB of host memory") == true)
        // zones= has the same limit, stated with the memory it would need.
        let z = run("boot zones=\"Normal:2T\"\n").diagnostics.first
        #expect(z?.id == .machineTooLarge)
        #expect(z?.summary.contains("the machine has 2T of memory, more than the model's limit of 1T") == true)
    }
}
