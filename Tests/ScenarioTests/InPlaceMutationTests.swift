import Testing

@testable import PageAlloc
@testable import Scenario

/// The interpreter mutates its machine in place (issue 10, item 3): a statement's write to the
/// memmap never meets a second reference, so the memmap arrays keep their storage from one
/// statement to the next instead of being copied on the first write.
@Suite struct InPlaceMutationTests {
    /// The address of the storage holding the refcounts, which a copy-on-write copy would change.
    static func refcountStorage(_ session: ScenarioSession) -> UnsafeRawPointer? {
        session.machine.map { UnsafeRawPointer($0.memmap.storage.words) }
    }

    @Test(arguments: [
        "p = alloc_pages(GFP_KERNEL, 2)", "p = folio_alloc(GFP_KERNEL, 2)", "fill Normal until low",
        "workload churn ops=50 seed=3", "sysctl vm.min_free_kbytes=2048", "cpu 0",
        "p = alloc_pages(GFP_KERNEL, 0)\nget_page(p)\nput_page(p)\nput_page(p)",
    ])
    func statementsWriteTheStoredMachine(statements: String) {
        var session = ScenarioSession()
        let boot = session.run(ScenarioSource(file: "t.md", text: "boot zones=\"Normal:16M\"\ntrace on\n"))
        #expect(boot.diagnostics == [])
        let before = Self.refcountStorage(session)
        let result = session.run(ScenarioSource(file: "t.md", text: statements + "\n"))
        #expect(result.diagnostics == [])
        #expect(Self.refcountStorage(session) == before)
    }
}
