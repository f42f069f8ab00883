import Testing

@testable import PageAlloc

extension Machine {
    /// Allocates and fails the test (at the caller's line) when the allocation fails.
    mutating func mustAlloc(_ gfp: GFP, order: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let pfn = allocPages(gfp, order: order)
        return try #require(pfn, sourceLocation: sourceLocation)
    }

    /// Allocates a folio and fails the test (at the caller's line) when the allocation fails.
    mutating func mustFolioAlloc(_ gfp: GFP, order: Int, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> Int
    {
        let pfn = folioAlloc(gfp, order: order)
        return try #require(pfn, sourceLocation: sourceLocation)
    }

    /// The pfns on a zone's free list, head first.
    func freeList(_ type: ZoneType, order: Int, _ mt: MigrateType, node: Int = 0) -> [Int] {
        let z = Machine.zoneIndex(node: node, type: type)
        return memmap.entries(of: zones[z].freeArea[order].freeList[mt.rawValue])
    }

    /// The pfns on a CPU's per-CPU list, head first.
    func pcpList(_ type: ZoneType, cpu: Int, order: Int, _ mt: MigrateType) -> [Int] {
        let z = Machine.zoneIndex(node: 0, type: type)
        return memmap.entries(of: zones[pcp: z, cpu: cpu].lists[PerCPUPages.pindex(migratetype: mt, order: order)])
    }

    /// Whether every invariant holds; records an issue naming the seed and step when not.
    func invariantsHold(seed: UInt64, step: Int, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let problems = checkInvariants()
        guard problems.isEmpty else {
            Issue.record(
                "seed \(seed), step \(step): \(problems.prefix(5).joined(separator: "; "))",
                sourceLocation: sourceLocation)
            return false
        }
        return true
    }
}
