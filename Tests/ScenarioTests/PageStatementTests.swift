import Testing

@testable import Scenario

/// Scenario statements over struct page: references, compound pages, folios, simulated bugs.
/// Expected free lists follow `___free_pages()` and `__free_one_page()` (mm/page_alloc.c, 6.18).
@Suite struct PageStatementTests {
    func run(_ text: String) -> ScenarioResult {
        var session = ScenarioSession()
        return session.run(ScenarioSource(file: "p.md", text: text))
    }

    /// With a speculative reference held, `__free_pages(p, 4)` frees the tails at once (order 3
    /// at p+8, order 2 at p+4, order 1 at p+2, order 0 at p+1) and the last put_page() frees p.
    /// The tails wait on the per-CPU lists (free_count at most 14 < batch 1 + high_min 160 / 2, so no
    /// `free_high` flush, mm/page_alloc.c:2840) until drained.
    @Test func speculativeReferenceFreesTheTailsFirst() {
        let result = run(
            """
            boot zones="Normal:16M"
            p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
            get_page_unless_zero(p)
            __free_pages(p, 4)
            expect page_ref_count(p) == 1
            drain_local_pages()
            expect PageBuddy(p + 8) == 1
            put_page(p)
            drain_local_pages()
            expect nr_free(Normal, 10) == 4

            """)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func compoundPagesShareTheHeadsCount() {
        let result = run(
            """
            boot zones="Normal:16M"
            f = folio_alloc(GFP_HIGHUSER_MOVABLE, 2)
            expect compound_head(f + 3) == f
            expect PageTail(f + 3) == 1
            get_page(f + 1)
            expect folio_ref_count(f) == 2
            expect page_ref_count(f + 1) == 0
            put_page(f + 2)
            folio_put(f)
            drain_local_pages()
            expect nr_free(Normal) == 4096

            """)
        #expect(result.diagnostics.isEmpty)
    }

    /// The second free is silent (the count goes to -1); the allocation that takes the page off
    /// the pcp list again reports it, and fails the block on its own line.
    @Test func unclaimedDoubleFreeFailsAtItsLine() {
        let result = run(
            "boot zones=\"Normal:16M\"\nq = alloc_page(GFP_KERNEL)\n__free_page(q)\n__free_page(q)\n"
                + "r = alloc_page(GFP_KERNEL)\nshow buddyinfo\n")
        let d = result.diagnostics.first
        #expect(d?.id == .kernelBug)
        #expect(d?.line == 5)
        #expect(result.output.contains("BUG: Bad page state in process mmbook  pfn:100000\n"))
    }

    @Test func claimedDoubleFreePasses() {
        let result = run(
            "boot zones=\"Normal:16M\"\nq = alloc_page(GFP_KERNEL)\n__free_page(q)\n__free_page(q)\n"
                + "r = alloc_page(GFP_KERNEL)\nexpect warning \"Bad page state\"\n")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func readingAFreedVariableIsAnError() {
        let result = run(
            "boot zones=\"Normal:16M\"\nq = alloc_page(GFP_KERNEL)\n__free_page(q)\nexpect q.zone == Normal\n")
        #expect(result.diagnostics.first?.id == .useAfterFree)
        #expect(result.diagnostics.first?.column == 8)
    }
}
