import Foundation
import Testing

@testable import PageAlloc
@testable import Scenario

/// The catalog is the one list of what the language understands (issue 9, item 3): the
/// chapter's reference table is generated from it, and a kernel call added to it alone is
/// parsed, checked and run.
@Suite struct CatalogTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let chapter = packageRoot.appendingPathComponent("notes/scenario-language.md")

    /// Like swift-format's generated-files test: the chapter's table must be what the
    /// catalog generates; `MMBOOK_RECORD_CATALOG=1` rewrites it, and that run fails so a
    /// recording never passes unnoticed.
    @Test func chapterTableMatchesTheCatalog() throws {
        let text = try String(contentsOf: Self.chapter, encoding: .utf8)
        let begin = try #require(text.range(of: Catalog.referenceBegin + "\n"))
        let end = try #require(text.range(of: Catalog.referenceEnd, range: begin.upperBound..<text.endIndex))
        let generated = Catalog.referenceTable + "\n"
        if ProcessInfo.processInfo.environment["MMBOOK_RECORD_CATALOG"] == "1" {
            try Data((text[..<begin.upperBound] + generated + text[end.lowerBound...]).utf8).write(to: Self.chapter)
            Issue.record(
                "recorded the catalog table into \(Self.chapter.path); run again without MMBOOK_RECORD_CATALOG")
            return
        }
        #expect(
            String(text[begin.upperBound..<end.lowerBound]) == generated,
            "the reference table of notes/scenario-language.md differs from the catalog: run MMBOOK_RECORD_CATALOG=1 swift test --filter CatalogTests"
        )
    }

    /// alloc_pages_exact() and free_pages_exact() (mm/page_alloc.c) exist only as catalog
    /// entries: the parser knows them, their arguments are checked, they run, and the
    /// reference table has their rows.
    @Test func aCallAddedToTheCatalogAloneParsesRunsAndIsDocumented() {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "t.md",
                text: """
                    boot zones="Normal:16M"
                    p = alloc_pages_exact(12K, GFP_KERNEL)
                    expect page_count(p) == 1
                    expect page_count(p + 2) == 1
                    expect nr_free(Normal, 0) == 1
                    free_pages_exact(p, 12K)
                    drain_local_pages()
                    expect nr_free(Normal) == 4096

                    """))
        #expect(result.diagnostics == [])
        #expect(result.output == "p: pfn=0x100000 pages=3 zone=Normal\n")
        let arity = session.run(ScenarioSource(file: "t.md", text: "alloc_pages_exact(GFP_KERNEL)\n"))
        #expect(arity.diagnostics.first?.summary == "alloc_pages_exact takes 2 arguments, not 1")
        #expect(
            Catalog.referenceTable.contains(
                "| `alloc_pages_exact` | `(SIZE, GFP)` | `alloc_pages_exact` (mm/page_alloc.c) |"))
        #expect(Catalog.referenceTable.contains("| `free_pages_exact` | `(PAGE, SIZE)` |"))
    }

    @Test func namesAreUniquePerKind() {
        #expect(Set(Catalog.calls.map(\.name)).count == Catalog.calls.count)
        #expect(Set(Catalog.functions.map(\.name)).count == Catalog.functions.count)
        #expect(Set(Catalog.views.map(\.name)).count == Catalog.views.count)
    }
}
