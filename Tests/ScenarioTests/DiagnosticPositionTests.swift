import Testing

@testable import Scenario

/// Every diagnostic identifier the scenario language reports, at its position: `1️⃣` in the
/// input marks the line and the 1-based character column the diagnostic must point at, as
/// swift-format's tests mark theirs.
@Suite struct DiagnosticPositionTests {
    static let m = "boot mem=64M\n"
    static let p = "boot mem=64M\np = alloc_pages(GFP_KERNEL, 0)\n"

    static let cases: [(DiagnosticID, String)] = [
        (.malformedNumber, "boot mem=1️⃣12Q"),
        (.unterminatedString, "boot zones=1️⃣\"Normal:16M"),
        (.unexpectedCharacter, "expect 1 == 1️⃣$"),
        (.unexpectedToken, "trace on 1️⃣off"),
        (.expectedStatement, "1️⃣42"),
        (.unknownStatement, "1️⃣shwo buddyinfo"),
        (.expectedSymbol, "sysctl vm.min_free_kbytes 1️⃣5"),
        (.expectedName, "sysctl 1️⃣5 = 3"),
        (.expectedExpression, "cpu 1️⃣)"),
        (.expectedUntil, "fill Normal 1️⃣till low"),
        (.expectedOnOff, "trace 1️⃣maybe"),
        (.expectedComparison, m + "expect 1️⃣1 + 2"),
        (.expectedCall, "p = 1️⃣3 + 4"),
        (.expressionTooDeep, "expect " + String(repeating: "(", count: Parser.maxExpressionNodes) + "1️⃣(1"),
        (.unknownCall, "p = 1️⃣alloc_pges(GFP_KERNEL, 0)"),
        (.unknownFunction, m + "expect 1️⃣nr_fre(Normal) == 0"),
        (.unknownView, m + "show 1️⃣budyinfo"),
        // Columns are the token's, however many spaces come before it.
        (.unknownView, m + "show   1️⃣budyinfo"),
        (.unknownSysctl, m + "sysctl\t1️⃣vm.min_free_kbyte=5"),
        (.unknownSysctl, m + "sysctl 1️⃣vm.min_free_kbyte=5"),
        (.unknownBootOption, "boot 1️⃣memory=64M"),
        (.unknownWorkload, m + "workload 1️⃣chrun"),
        (.unknownOption, m + "workload churn 1️⃣opps=5"),
        (.unknownField, p + "expect p.1️⃣pffn == 0"),
        (.unknownGFPFlag, m + "p = alloc_pages(GFP_KERNEL | 1️⃣__GFP_MOVEABLE, 0)"),
        (.unknownName, m + "expect 1️⃣frob == 0"),
        (.undefinedVariable, m + "expect 1️⃣q.pfn == 0"),
        (.wrongArgumentCount, m + "1️⃣alloc_pages(GFP_KERNEL)"),
        (.typeMismatch, m + "expect Normal 1️⃣+ 1 == 0"),
        (.arithmeticOverflow, m + "expect 0x7fffffffffffffff 1️⃣+ 1 == 0"),
        (.expectedNumber, m + "cpu 1️⃣Normal"),
        (.expectedString, "boot zones=1️⃣Normal"),
        (.expectedGFP, m + "p = alloc_pages(1️⃣Normal, 0)"),
        (.expectedZone, m + "compact_zone(1️⃣5)"),
        (.expectedMigratetype, m + "expect nr_free(Normal, 0, 1️⃣5) == 0"),
        (.expectedPage, m + "get_page(1️⃣5)"),
        (.expectedVariable, m + "free_huge_folio(1️⃣5)"),
        (.expectedDirty, p + "filemap_add_folio(p, 1️⃣clean)"),
        (.expectedWord, m + "show pcp 1️⃣some"),
        (.badRepeat, m + "repeat 1️⃣100001 {\n}"),
        (.unbalancedBlock, m + "repeat 2 {\n}\n1️⃣}"),
        (.unbalancedBlock, m + "1️⃣repeat 2 {\nshow buddyinfo"),
        (.badCallState, m + "1️⃣memalloc_nofs_restore()"),
        (.expectedPath, "boot zoneinfo=1️⃣5"),
        (.expectedAllocation, p + "expect fail 1️⃣get_page(p)"),
        (.badOrder, m + "p = alloc_pages(GFP_KERNEL, 1️⃣11)"),
        (.badGFPZone, m + "p = alloc_pages(1️⃣__GFP_DMA | __GFP_HIGHMEM, 0)"),
        (.badNode, m + "p = alloc_pages_node(1️⃣3, GFP_KERNEL, 0)"),
        (.badCPU, m + "cpu 1️⃣4"),
        (.badPfn, p + "get_page(1️⃣p + 100000000)"),
        (.badWatermark, "boot zones=\"Normal:16M\"\n1️⃣fill Normal until medium"),
        // vm.min_free_kbytes is an int (mm/page_alloc.c:6640-6648: proc_dointvec_minmax, extra1 = SYSCTL_ZERO).
        (.sysctlOutOfRange, m + "sysctl vm.min_free_kbytes=1️⃣0x7fffffffffffffff"),
        (.badSysctlValue, m + "sysctl vm.lowmem_reserve_ratio=1️⃣\"256 256\""),
        (.badBootOption, "1️⃣boot mem=2M"),
        (.missingBootOption, "1️⃣boot cpus=2"),
        (.badZones, "boot zones=\"1️⃣Normal:3M\""),
        (.badMix, m + "workload churn mix=\"1️⃣GFP_KERNEL\""),
        (.badWorkload, m + "workload 1️⃣churn keep=200"),
        (.unreadableFile, "boot zoneinfo=1️⃣nowhere/zoneinfo"),
        // The package manifest (tests run in the package folder) is no /proc/zoneinfo.
        (.badZoneinfo, "boot zoneinfo=1️⃣Package.swift"),
        (.fileNotAllowed, "boot zoneinfo=1️⃣/dev/zero"),
        (.fileNotAllowed, "boot zoneinfo=1️⃣/proc/self/status"),
        (.machineTooLarge, "1️⃣boot zones=\"Normal:16T\""),
        (.blockTooLong, String(repeating: "x\n", count: Limits.linesPerBlock) + "1️⃣x"),
        (.outputTooLong, m + "trace on\nworkload 1️⃣churn ops=100000"),
        (.noMachine, "show 1️⃣buddyinfo"),
        (.emptyZone, "boot zones=\"Normal:16M\"\nshow free_area 1️⃣DMA"),
        (.useAfterFree, p + "__free_pages(p, 0)\nexpect 1️⃣p.pfn == 0"),
        (.notHugetlb, p + "free_huge_folio(1️⃣p)"),
        (.notCacheable, p + "get_page(p)\nfilemap_add_folio(1️⃣p)"),
        (.expectationFailed, m + "expect 1️⃣1 == 2"),
        (
            .kernelBug,
            "boot zones=\"Normal:16M\"\nq = alloc_page(GFP_KERNEL)\n__free_page(q)\n__free_page(q)\n1️⃣r = alloc_page(GFP_KERNEL)"
        ),
    ]

    /// Identifiers reported by the book layer (NoteBook), not by a scenario block; their
    /// positions are pinned by NoteBookTests where they have one (missing-chapter).
    static let bookLevel: Set<DiagnosticID> = [
        .modelInvariant, .missingSummary, .missingChapter, .duplicateChapter, .orphanOutput, .unknownScenarioOption,
        .chapterOutsideNotes, .cannotBless, .invalidBookConfig, .invalidFrontMatter, .brokenLink, .tooManyMachines,
        .noteTooLarge,
    ]

    @Test(arguments: cases)
    func diagnosticIsAtTheMarkedPosition(id: DiagnosticID, marked: String) throws {
        let marker = try #require(marked.range(of: "1️⃣"))
        let before = marked[..<marker.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0) + 1
        let text = marked.replacingCharacters(in: marker, with: "") + "\n"
        var session = ScenarioSession()
        let result = session.run(ScenarioSource(file: "t.md", text: text))
        let d = try #require(result.diagnostics.first)
        #expect(d.id == id, "\(d)")
        #expect(d.line == line, "\(d)")
        #expect(d.column == column, "\(d)")
    }

    @Test func everyScenarioIdentifierHasAPositionCase() {
        let covered = Set(Self.cases.map(\.0))
        #expect(Set(DiagnosticID.allCases).subtracting(covered).subtracting(Self.bookLevel) == [])
    }

    /// The located errors of the issue name the kernel's bound.
    @Test func outOfRangeSysctlsNameTheKernelBound() {
        let cases: [(String, String)] = [
            ("vm.min_free_kbytes=0x7fffffffffffffff", "INT_MAX"),
            ("vm.min_free_kbytes=-1", "extra1 = SYSCTL_ZERO"),
            // mm/page_alloc.c:6657-6665: extra1 = SYSCTL_ONE, extra2 = SYSCTL_THREE_THOUSAND.
            ("vm.watermark_scale_factor=0", "extra1 = SYSCTL_ONE"),
            ("vm.watermark_scale_factor=3001", "extra2 = SYSCTL_THREE_THOUSAND"),
            ("vm.watermark_boost_factor=-5", "extra1 = SYSCTL_ZERO"),
            ("vm.percpu_pagelist_high_fraction=7", "MIN_PERCPU_PAGELIST_HIGH_FRACTION (8)"),
            ("vm.lowmem_reserve_ratio=\"256 256 32 0 4294967296\"", "INT_MAX"),
            ("vm.nr_hugepages=-1", "unsigned long"),
        ]
        for (assignment, bound) in cases {
            var session = ScenarioSession()
            let result = session.run(ScenarioSource(file: "t.md", text: "boot mem=64M\nsysctl \(assignment)\n"))
            #expect(result.diagnostics.first?.id == .sysctlOutOfRange, "\(assignment)")
            #expect(result.diagnostics.first?.summary.contains(bound) == true, "\(assignment): \(result.diagnostics)")
        }
        var session = ScenarioSession()
        let accepted = session.run(
            ScenarioSource(
                file: "t.md",
                text: "boot mem=64M\nsysctl vm.watermark_scale_factor=3000\nsysctl vm.min_free_kbytes=2147483647\n"))
        #expect(accepted.diagnostics == [])
    }
}
