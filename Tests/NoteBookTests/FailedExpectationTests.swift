import Foundation
import Scenario
import Testing

@testable import NoteBook

/// A failed `expect` is a wrong claim, not a broken machine: the block runs to its end, so
/// `check` reports both the claim and a recorded output that no longer matches (before, the
/// block stopped at the claim and a stale recording below it went unreported).
@Suite struct FailedExpectationTests {
    @Test func aFailedExpectationLetsTheBlockFinish() {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(file: "t.md", text: "boot zones=\"Normal:16M\"\nexpect 1 == 2\nshow buddyinfo\n"))
        #expect(result.diagnostics.map(\.id) == [.expectationFailed])
        #expect(result.output.contains("Node 0, zone   Normal"))
    }

    @Test func checkShowsTheFailedClaimAndTheStaleOutput() throws {
        // Four order-10 blocks in a 16 MiB zone (mm/page_alloc.c: __free_pages_memory frees
        // MAX_PAGE_ORDER blocks), so 5 is both a wrong claim and a stale recording.
        let note = """
            # Buddy

            ```scenario
            boot zones="Normal:16M"
            expect nr_free(Normal, 10, Movable) == 5
            show buddyinfo
            ```

            ```output
            Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0      5 
            ```

            """
        let book = try TemporaryBook(files: ["SUMMARY.md": "# B\n\n- [Buddy](buddy.md)\n", "buddy.md": note])
        let check = Actions.check(notes: book.notes)
        #expect(check.exitCode == 1)
        #expect(check.errors.contains("buddy.md:5:8: error: expectation failed"))
        #expect(check.errors.contains("buddy.md:9: error: recorded output differs from the simulation"))
    }

    @Test func aModelRefusalIsClaimedByItsOwnPrefix() {
        // Freeing a compound page with order 0 is caught only by VM_BUG_ON_PAGE (compiled out
        // without CONFIG_DEBUG_VM, mm/page_alloc.c:1350); the model refuses it with an
        // `mmbook:` line, and the hint says how to claim that line.
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "t.md",
                text: "boot zones=\"Normal:16M\"\nf = alloc_pages(GFP_KERNEL | __GFP_COMP, 2)\n__free_pages(f, 0)\n"))
        let notes = result.diagnostics.first?.notes ?? []
        #expect(result.diagnostics.map(\.id) == [.kernelBug])
        #expect(notes.contains { $0.hasSuffix("expect warning \"mmbook:\"") }, "\(notes)")
    }
}
