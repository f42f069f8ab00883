import Testing

@testable import PageAlloc

/// The page-by-page part of `Machine.checkInvariants()` notices the states the allocator must
/// never leave behind.
@Suite struct PageStateInvariantTests {
    static let base = FreePagesTests.base

    @Test func freePageWithAReferenceOrFlags() {
        var m = FreePagesTests.oneGiB()
        m.memmap.refcount[Self.base + 5] = 1
        m.memmap.flags[Self.base + 6].insert(.dirty)
        let problems = m.checkInvariants()
        #expect(problems.count == 2)
        #expect(problems[0].hasPrefix("Node 0 Normal: pfn 0x100005 is free with a reference"))
        #expect(problems[1].hasPrefix("Node 0 Normal: pfn 0x100006 is free with flags"))
    }

    @Test func tailBeyondItsFolioAndPageBuddyOffTheLists() throws {
        var m = FreePagesTests.oneGiB()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        m.memmap.folioOrder[f + 1] = 1
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.memmap.setBuddy(p, order: 0)
        let problems = m.checkInvariants()
        #expect(problems.contains { $0.hasPrefix("Node 0 Normal: pfn 0x100002 is a tail whose head's folio order 1") })
        #expect(
            problems.contains {
                $0.hasPrefix("Node 0 Normal: pfn 0x\(String(p, radix: 16)) is PageBuddy but on no free list")
            })
    }
}
