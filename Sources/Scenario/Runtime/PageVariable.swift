/// What a scenario variable holds: a block of pages it allocated.
struct PageVariable: Sendable, Equatable {
    /// The first pfn of the block.
    var pfn: Int
    /// The order it was allocated with.
    var order: Int
    /// The 1-based file line that freed it (or gave it away), once freed.
    var freedAtLine: Int?
    /// What kind of allocation it is.
    var kind: Kind = .pages

    /// How a variable's pages were allocated.
    enum Kind: Sendable, Equatable {
        /// `alloc_pages()` and friends.
        case pages
        /// `alloc_hugetlb_folio()`: freed with `free_huge_folio()` or `folio_put()`.
        case hugetlb
    }
}
