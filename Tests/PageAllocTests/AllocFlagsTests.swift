import Testing

@testable import PageAlloc

/// `AllocFlags` against the `ALLOC_*` values of mm/internal.h and `gfp_to_alloc_flags()` /
/// `__gfp_pfmemalloc_flags()` of mm/page_alloc.c (Linux 6.18), for a kernel without CONFIG_CMA.
///
/// Expected values are worked by hand from the kernel rules: start with
/// ALLOC_WMARK_MIN (0) | ALLOC_CPUSET (0x40); OR in gfp & (__GFP_HIGH 0x20 | __GFP_KSWAPD_RECLAIM
/// 0x800); without __GFP_DIRECT_RECLAIM (0x400): ALLOC_NON_BLOCK (0x10) unless __GFP_NOMEMALLOC,
/// and ALLOC_HIGHATOMIC (0x200) if also order > 0 and ALLOC_MIN_RESERVE; then drop ALLOC_CPUSET
/// if ALLOC_MIN_RESERVE. With CONFIG_CMA the spec's GFP_HIGHUSER_MOVABLE example is 0x8c0; here
/// ALLOC_CMA is never added, so it is 0x840.
@Suite struct AllocFlagsTests {
    @Test func valuesMatchMmInternalH() {
        #expect(AllocFlags.wmarkMin.rawValue == 0)
        #expect(AllocFlags.wmarkLow.rawValue == 1)
        #expect(AllocFlags.wmarkHigh.rawValue == 2)
        #expect(AllocFlags.wmarkMask.rawValue == 0x3)
        #expect(AllocFlags.noWatermarks.rawValue == 0x4)
        #expect(AllocFlags.oom.rawValue == 0x8)
        #expect(AllocFlags.nonBlock.rawValue == 0x10)
        #expect(AllocFlags.minReserve.rawValue == 0x20)
        #expect(AllocFlags.cpuset.rawValue == 0x40)
        #expect(AllocFlags.cma.rawValue == 0x80)
        #expect(AllocFlags.noFragment.rawValue == 0x100)
        #expect(AllocFlags.highAtomic.rawValue == 0x200)
        #expect(AllocFlags.trylock.rawValue == 0x400)
        #expect(AllocFlags.kswapd.rawValue == 0x800)
        // ALLOC_RESERVES = NON_BLOCK | MIN_RESERVE | HIGHATOMIC | OOM = 0x10|0x20|0x200|0x8.
        #expect(AllocFlags.reserves.rawValue == 0x238)
    }

    /// The BUILD_BUG_ONs of gfp_to_alloc_flags(): the gfp bits it copies have the flag values.
    @Test func copiedGfpBitsEqualTheirFlags() {
        #expect(AllocFlags.minReserve.rawValue == GFP.high.rawValue)
        #expect(AllocFlags.kswapd.rawValue == GFP.kswapdReclaim.rawValue)
    }

    static let slowPathCases: [(String, UInt32, Int, UInt32)] = [
        // 0x40 | 0x800; direct reclaim allowed, so nothing else.
        ("GFP_KERNEL", 0xcc0, 0, 0x840),
        ("GFP_KERNEL", 0xcc0, 3, 0x840),
        // 0x40 | 0x820 | NON_BLOCK 0x10 = 0x870, minus CPUSET = 0x830.
        ("GFP_ATOMIC", 0x820, 0, 0x830),
        // as above plus HIGHATOMIC 0x200 for order 3.
        ("GFP_ATOMIC", 0x820, 3, 0xa30),
        // 0x40 | 0x800 | NON_BLOCK 0x10; no __GFP_HIGH, so CPUSET stays and no HIGHATOMIC.
        ("GFP_NOWAIT", 0x2800, 0, 0x850),
        ("GFP_NOWAIT", 0x2800, 3, 0x850),
        ("GFP_HIGHUSER_MOVABLE", 0x100cca, 0, 0x840),
        // __GFP_NOMEMALLOC: no NON_BLOCK, no HIGHATOMIC; __GFP_HIGH still drops CPUSET: 0x820.
        ("GFP_ATOMIC|__GFP_NOMEMALLOC", 0x80820, 3, 0x820),
        // __GFP_NOMEMALLOC with direct reclaim changes nothing: 0x840.
        ("GFP_KERNEL|__GFP_NOMEMALLOC", 0x80cc0, 0, 0x840),
        // No reclaim bits and __GFP_NOMEMALLOC: just WMARK_MIN | CPUSET.
        ("GFP_TRANSHUGE_LIGHT", 0x1c20ca, 9, 0x40),
        ("GFP_TRANSHUGE", 0x1c24ca, 9, 0x40),
        // __GFP_HIGH with direct reclaim: MIN_RESERVE copied, CPUSET kept: 0x40|0x20|0x800.
        ("GFP_KERNEL|__GFP_HIGH", 0xce0, 0, 0x860),
    ]

    @Test(arguments: slowPathCases)
    func gfpToAllocFlags(name: String, gfp: UInt32, order: Int, expected: UInt32) {
        let flags = AllocFlags.gfpToAllocFlags(GFP(rawValue: gfp), order: order)
        #expect(flags.rawValue == expected, "\(name) order \(order): \(flags)")
        #expect(!flags.contains(.cma))
    }

    @Test func defragModeAddsNoFragment() {
        #expect(AllocFlags.gfpToAllocFlags(.kernel, order: 0, defragMode: true).rawValue == 0x940)
        #expect(AllocFlags.gfpToAllocFlags(.atomic, order: 3, defragMode: true).rawValue == 0xb30)
    }

    static let pfmemallocCases: [(UInt32, UInt32)] = [
        (0xcc0, 0),  // GFP_KERNEL: no reserves for an ordinary task
        (0x820, 0),  // GFP_ATOMIC
        (0x20cc0, 0x4),  // GFP_KERNEL | __GFP_MEMALLOC: ALLOC_NO_WATERMARKS
        (0x20820, 0x4),  // GFP_ATOMIC | __GFP_MEMALLOC
        (0xa0cc0, 0),  // __GFP_NOMEMALLOC takes precedence over __GFP_MEMALLOC
        (0x80820, 0),  // GFP_ATOMIC | __GFP_NOMEMALLOC
    ]

    @Test(arguments: pfmemallocCases)
    func gfpPfmemallocFlags(gfp: UInt32, expected: UInt32) {
        #expect(AllocFlags.gfpPfmemallocFlags(GFP(rawValue: gfp)).rawValue == expected)
    }

    @Test func watermarkIsTheLowTwoBits() {
        var flags = AllocFlags(rawValue: 0x841)
        #expect(flags.watermark == .low)
        flags.watermark = .high
        #expect(flags.rawValue == 0x842)
        flags.watermark = .min
        #expect(flags.rawValue == 0x840)
        #expect(AllocFlags(watermark: .low, [.cpuset]).rawValue == 0x41)
    }

    static let descriptions: [(UInt32, String)] = [
        (0x840, "ALLOC_WMARK_MIN|ALLOC_CPUSET|ALLOC_KSWAPD"),
        (0x830, "ALLOC_WMARK_MIN|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_KSWAPD"),
        (0xa30, "ALLOC_WMARK_MIN|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC|ALLOC_KSWAPD"),
        (0x0, "ALLOC_WMARK_MIN"),
        (0x1c1, "ALLOC_WMARK_LOW|ALLOC_CPUSET|ALLOC_CMA|ALLOC_NOFRAGMENT"),
        (0x2, "ALLOC_WMARK_HIGH"),
        (0x80c, "ALLOC_WMARK_MIN|ALLOC_NO_WATERMARKS|ALLOC_OOM|ALLOC_KSWAPD"),
        (0x400, "ALLOC_WMARK_MIN|ALLOC_TRYLOCK"),
        (0x1841, "ALLOC_WMARK_LOW|ALLOC_CPUSET|ALLOC_KSWAPD|0x1000"),
    ]

    @Test(arguments: descriptions)
    func description(raw: UInt32, expected: String) {
        #expect(AllocFlags(rawValue: raw).description == expected)
    }
}
