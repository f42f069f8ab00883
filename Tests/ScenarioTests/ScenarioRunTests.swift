import Testing

@testable import Scenario

/// Running scenario blocks end to end. Expected buddyinfo lines follow `expand()` and
/// `__free_one_page()` (mm/page_alloc.c) by hand, as in PageAllocTests/BuddyTests.
@Suite struct ScenarioRunTests {
    func run(_ text: String, firstLine: Int = 10) -> ScenarioResult {
        var session = ScenarioSession()
        return session.run(ScenarioSource(file: "notes/t.md", firstLine: firstLine, text: text))
    }

    @Test func allocateShowFree() {
        let result = run(
            """
            # four order-10 blocks
            boot zones="Normal:16M"
            p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
            show buddyinfo
            expect p.pfn == 0x100000
            expect nr_free(Normal, 10) == 3
            __free_pages(p, 4)
            show buddyinfo

            """)
        #expect(result.diagnostics == [])
        #expect(
            result.output == """
                p: pfn=0x100000 order=4 zone=Normal migratetype=Movable
                Node 0, zone   Normal      0      0      0      0      1      1      1      1      1      1      3 
                Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0      4 

                """)
    }

    /// Every block, not only walkthroughs, lists the modelled functions its statements
    /// entered, across a boot that replaces the machine; a block that enters none lists none.
    @Test func everyBlockListsTheFunctionsItEntered() {
        var session = ScenarioSession()
        let first = session.run(
            ScenarioSource(
                file: "t.md", text: "boot zones=\"Normal:16M\"\np = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)\n"))
        #expect(first.steps.isEmpty)
        #expect(Set(["__alloc_pages", "__rmqueue_smallest", "expand"]).isSubset(of: first.enteredFunctions))
        #expect(!first.enteredFunctions.contains("__free_one_page"))
        #expect(first.enteredFunctions == first.enteredFunctions.sorted())
        let second = session.run(ScenarioSource(file: "t.md", text: "__free_pages(p, 4)\nboot zones=\"Normal:16M\"\n"))
        #expect(second.enteredFunctions.contains("__free_one_page"))
        #expect(!second.enteredFunctions.contains("__rmqueue_smallest"))
        #expect(session.run(ScenarioSource(file: "t.md", text: "show buddyinfo\n")).enteredFunctions == [])
    }

    @Test func unknownStatementIsLocatedWithASuggestion() {
        let result = run("boot mem=64M\n  bot mem=64M\np = alloc_pges(GFP_KERNEL, 0)\n", firstLine: 7)
        #expect(result.diagnostics.count == 2)
        let d = try! #require(result.diagnostics.first)
        #expect((d.line, d.column, d.id) == (8, 3, .unknownStatement))
        #expect(d.summary == "unknown statement 'bot'")
        #expect(d.suggestions.map(\.replacement) == ["boot"])
        let call = try! #require(result.diagnostics.last)
        #expect((call.line, call.column, call.id) == (9, 5, .unknownCall))
        #expect(call.summary == "unknown kernel call 'alloc_pges'")
        #expect(call.suggestions.map(\.replacement) == ["alloc_pages"])
        #expect(call.description.hasSuffix("p = alloc_pges(GFP_KERNEL, 0)\n    ^"))
        #expect(result.output == "")
    }

    @Test func unknownGFPFlagPointsAtTheFlag() {
        let result = run("boot mem=64M\np = alloc_pages(GFP_KERNEL | __GFP_MOVEABLE, 0)\n")
        let d = try! #require(result.diagnostics.first)
        #expect((d.line, d.column) == (11, 30))
        #expect(d.summary == "unknown gfp flag '__GFP_MOVEABLE'")
        #expect(d.suggestions.map(\.replacement) == ["__GFP_MOVABLE"])
    }

    /// Located at its line; like Swift Testing's #expect, the block goes on after it.
    @Test func failedExpectationIsLocatedAndTheBlockGoesOn() {
        let result = run(
            "boot zones=\"Normal:16M\"\np = alloc_pages(GFP_KERNEL, 4)\nexpect p.order == 3\nshow buddyinfo\n")
        let d = try! #require(result.diagnostics.first)
        #expect((d.line, d.column, d.id) == (12, 8, .expectationFailed))
        #expect(result.output.contains("Node 0"))
    }

    @Test func orderAboveMaxIsAnError() {
        let result = run("boot mem=64M\np = alloc_pages(GFP_KERNEL, 11)\n")
        #expect(result.diagnostics.first?.id == .badOrder)
        #expect(result.diagnostics.first?.column == 29)
    }

    /// A double free is a simulated kernel bug, reported as the kernel does and failing the
    /// block unless the next line claims it.
    @Test func doubleFreeIsAKernelBug() {
        let result = run(
            "boot zones=\"Normal:16M\"\np = alloc_pages(GFP_KERNEL, 4)\n__free_pages(p, 4)\n__free_pages(p, 4)\n")
        #expect(result.diagnostics.first?.id == .kernelBug)
        #expect(result.diagnostics.first?.line == 13)
    }

    /// An order-0 double free prints nothing; `check_new_pages()` reports it from the next
    /// allocation that takes the page, and `expect warning` after that statement claims it.
    @Test func doubleFreeIsReportedByTheNextAllocation() {
        let text =
            "boot zones=\"Normal:16M\"\np = alloc_pages(GFP_KERNEL, 0)\n__free_pages(p, 0)\n__free_pages(p, 0)\n"
            + "q = alloc_pages(GFP_KERNEL, 0)\n"
        let unclaimed = run(text)
        #expect(unclaimed.diagnostics.first?.id == .kernelBug)
        #expect(unclaimed.diagnostics.first?.line == 14)
        let claimed = run(text + "expect warning \"nonzero _refcount\"\n")
        #expect(claimed.diagnostics.isEmpty)
        #expect(claimed.output.contains("page dumped because: nonzero _refcount\nq: pfn="))
    }

    @Test func traceLinesFollowEachStatement() {
        let result = run("boot zones=\"Normal:16M\"\ntrace on\np = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)\n")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(
            lines[0].hasSuffix(
                "mm_page_alloc_zone_locked: page=ffffea0004000000 pfn=0x100000 order=4 migratetype=1 percpu_refill=0"))
        #expect(
            lines[1].contains(
                "mm_page_alloc: page=ffffea0004000000 pfn=0x100000 order=4 migratetype=1 gfp_flags=GFP_HIGHUSER_MOVABLE"
            ))
        #expect(lines[2] == "p: pfn=0x100000 order=4 zone=Normal migratetype=Movable")
    }
}
