import PageAlloc
import Testing

extension Machine {
    /// Allocates and fails the test (at the caller's line) when the allocation fails.
    @discardableResult
    mutating func mustAlloc(_ gfp: GFP, order: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let pfn = allocPages(gfp, order: order)
        return try #require(pfn, sourceLocation: sourceLocation)
    }
}
