import Testing

@testable import PageAlloc

/// `GFP.traceString` against `show_gfp_flags()` (include/trace/events/mmflags.h, Linux 6.18) as
/// `trace_print_flags_seq()` (kernel/trace/trace_output.c) prints it.
///
/// Every expected string is worked out by hand from `__def_gfpflag_names` for x86_64 without
/// KASAN_HW_TAGS and LOCKDEP, with SLAB_OBJ_EXT (§7 of page-alloc-spec-A), and the bit values
/// of include/linux/gfp_types.h: walk the table in order, take each entry whose whole mask is
/// still set, remove its bits, print the rest as `0x%lx`. Table values used below:
/// TRANSHUGE 0x1c24ca, TRANSHUGE_LIGHT 0x1c20ca, HIGHUSER_MOVABLE 0x100cca, HIGHUSER 0x100cc2,
/// USER 0x100cc0, KERNEL_ACCOUNT 0x400cc0, KERNEL 0xcc0, NOFS 0xc40, ATOMIC 0x820, NOIO 0xc00,
/// NOWAIT 0x2800, DMA 0x1, DMA32 0x4, then the single bits.
@Suite struct GFPTraceStringTests {
    static let cases: [(UInt32, String)] = [
        (0x0, "none"),
        (0xcc0, "GFP_KERNEL"),
        (0xdc0, "GFP_KERNEL|__GFP_ZERO"),
        // 0x140cca lacks __GFP_NOMEMALLOC (0x80000), so neither TRANSHUGE entry matches.
        (0x140cca, "GFP_HIGHUSER_MOVABLE|__GFP_COMP"),
        // GFP_ATOMIC takes 0x820; GFP_NOWAIT then needs 0x800, already taken.
        (0x2820, "GFP_ATOMIC|__GFP_NOWARN"),
        // Bit 9 (0x200) has no name in 6.18.
        (0x2a20, "GFP_ATOMIC|__GFP_NOWARN|0x200"),
        (0x200, "0x200"),
        (0x2800, "GFP_NOWAIT"),
        // Since 6.17 GFP_NOWAIT includes __GFP_NOWARN, so the bare kswapd bit no longer matches it.
        (0x800, "__GFP_KSWAPD_RECLAIM"),
        (0x400, "__GFP_DIRECT_RECLAIM"),
        (0x1c24ca, "GFP_TRANSHUGE"),
        (0x1c20ca, "GFP_TRANSHUGE_LIGHT"),
        (0x100cca, "GFP_HIGHUSER_MOVABLE"),
        (0x100cc2, "GFP_HIGHUSER"),
        (0x100cc0, "GFP_USER"),
        (0x400cc0, "GFP_KERNEL_ACCOUNT"),
        (0xc40, "GFP_NOFS"),
        // GFP_NOIO precedes __GFP_RECLAIM, which has the same mask and so never prints.
        (0xc00, "GFP_NOIO"),
        // GFP_DMA32 | GFP_KERNEL: GFP_KERNEL (#7) comes before GFP_DMA32 (#13).
        (0xcc4, "GFP_KERNEL|GFP_DMA32"),
        (0xcc1, "GFP_KERNEL|GFP_DMA"),
        (0x1, "GFP_DMA"),
        (0x4, "GFP_DMA32"),
        (0x8, "__GFP_MOVABLE"),
        (0xce0, "GFP_KERNEL|__GFP_HIGH"),
        // GFP_KERNEL_ACCOUNT | __GFP_HARDWALL: GFP_USER (#5) wins over GFP_KERNEL_ACCOUNT (#6).
        (0x500cc0, "GFP_USER|__GFP_ACCOUNT"),
        // GFP_USER | __GFP_MOVABLE: HIGHUSER_MOVABLE and HIGHUSER need __GFP_HIGHMEM (0x2).
        (0x100cc8, "GFP_USER|__GFP_MOVABLE"),
        (0xc2820, "GFP_ATOMIC|__GFP_NOWARN|__GFP_COMP|__GFP_NOMEMALLOC"),
        (0x2900, "GFP_NOWAIT|__GFP_ZERO"),
        (0x100dca, "GFP_HIGHUSER_MOVABLE|__GFP_ZERO"),
        (0x3c24ca, "GFP_TRANSHUGE|__GFP_THISNODE"),
        // GFP_TRANSHUGE_LIGHT | __GFP_RECLAIM: GFP_TRANSHUGE matches first, 0x800 is left.
        (0x1c2cca, "GFP_TRANSHUGE|__GFP_KSWAPD_RECLAIM"),
        (0x800000, "__GFP_ZEROTAGS"),
        (0x1000000, "__GFP_NO_OBJ_EXT"),
        // Bit 25 is above __GFP_BITS_MASK (0x1ffffff): no entry, printed as a number.
        (0x2000000, "0x2000000"),
        (0x2000cc0, "GFP_KERNEL|0x2000000"),
        // All 32 bits: TRANSHUGE takes 0x1c24ca; of the composites only ATOMIC (0x820), DMA and
        // DMA32 still fit; the free single bits follow in bit order; left: 0xfe000200.
        (
            0xffff_ffff,
            "GFP_TRANSHUGE|GFP_ATOMIC|GFP_DMA|GFP_DMA32|__GFP_RECLAIMABLE|__GFP_ZERO|__GFP_WRITE|"
                + "__GFP_RETRY_MAYFAIL|__GFP_NOFAIL|__GFP_NORETRY|__GFP_MEMALLOC|__GFP_THISNODE|__GFP_ACCOUNT|"
                + "__GFP_ZEROTAGS|__GFP_NO_OBJ_EXT|0xfe000200"
        ),
    ]

    @Test(arguments: cases)
    func printsLikeShowGfpFlags(mask: UInt32, expected: String) {
        #expect(GFP(rawValue: mask).traceString == expected)
    }

    @Test func compositeConstantsPrintUnderTheirOwnNames() {
        #expect(GFP.transhuge.traceString == "GFP_TRANSHUGE")
        #expect(GFP.transhugeLight.traceString == "GFP_TRANSHUGE_LIGHT")
        #expect(GFP.kernelAccount.traceString == "GFP_KERNEL_ACCOUNT")
        #expect(GFP.nowait.traceString == "GFP_NOWAIT")
        #expect(GFP([.dma32, .kernel]).traceString == "GFP_KERNEL|GFP_DMA32")
    }

    @Test func tableHasTheKernelsThirtyEightEntriesWithTheirParseableMasks() {
        #expect(GFP.traceFlagNames.count == 14 + 23 + 1)
        for (mask, name) in GFP.traceFlagNames {
            #expect(GFP(name: name) == mask, "\(name)")
        }
    }
}
