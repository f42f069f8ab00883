/// What a scenario variable holds: a block of pages it allocated.
struct PageVariable: Sendable, Equatable {
    /// The first pfn of the block.
    var pfn: Int
    /// The order it was allocated with.
    var order: Int
    /// The 1-based file line that freed it, once freed.
    var freedAtLine: Int?
}
