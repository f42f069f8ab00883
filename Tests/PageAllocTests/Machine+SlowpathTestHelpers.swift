@testable import PageAlloc

extension Machine {
    /// `GFP_HIGHUSER_MOVABLE` without `__GFP_KSWAPD_RECLAIM`, with `__GFP_MEMALLOC` (the slow
    /// path then ignores watermarks) and `__GFP_NOWARN`: fills memory without waking kswapd.
    static let fillMovable = GFP.highuserMovable.subtracting(.kswapdReclaim).union([.memalloc, .nowarn])
    /// The same for unmovable (`GFP_KERNEL`) pages.
    static let fillUnmovable = GFP.kernel.subtracting(.kswapdReclaim).union([.memalloc, .nowarn])

    /// Allocates `count` blocks of `order` with `gfp`; returns their first pfns in allocation order.
    mutating func fill(_ gfp: GFP, order: Int, count: Int) -> [Int] {
        (0..<count).compactMap { _ in allocPages(gfp, order: order) }
    }

    /// The pages on the free lists and the per-CPU lists of zone `z`.
    func freeAndPcpPages(_ z: Int) -> Int { zones[z].freePages + zones.pcps(of: z).reduce(0) { $0 + $1.count } }
}
