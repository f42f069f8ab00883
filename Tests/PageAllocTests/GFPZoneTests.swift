import Testing

@testable import PageAlloc

/// `GFP.zone`, `GFP.hasBadZoneCombination` and `GFP.migratetype` against `gfp_zone()`,
/// `GFP_ZONE_TABLE`, `GFP_ZONE_BAD` and `gfp_migratetype()` (include/linux/gfp.h, Linux 6.18) on
/// x86_64 with ZONE_DMA and ZONE_DMA32 and without HIGHMEM (OPT_ZONE_HIGHMEM = ZONE_NORMAL).
///
/// The table is read off the comment and definition in gfp.h: 0x0 NORMAL, 0x1 DMA, 0x2 HIGHMEM
/// or NORMAL, 0x4 DMA32, 0x8 NORMAL (MOVABLE+0), 0x9 DMA, 0xa MOVABLE, 0xc DMA32; 0x3, 0x5,
/// 0x6, 0x7, 0xb, 0xd, 0xe and 0xf are BAD, and their table entries are 0 (ZONE_DMA) because
/// GFP_ZONE_TABLE sets nothing there.
@Suite struct GFPZoneTests {
    /// Each combination of __GFP_DMA (0x1), __GFP_HIGHMEM (0x2), __GFP_DMA32 (0x4) and
    /// __GFP_MOVABLE (0x8): the zone and whether GFP_ZONE_BAD has its bit.
    static let combinations: [(UInt32, ZoneType, Bool)] = [
        (0x0, .normal, false),
        (0x1, .dma, false),
        (0x2, .normal, false),
        (0x3, .dma, true),
        (0x4, .dma32, false),
        (0x5, .dma, true),
        (0x6, .dma, true),
        (0x7, .dma, true),
        (0x8, .normal, false),
        (0x9, .dma, false),
        (0xa, .movable, false),
        (0xb, .dma, true),
        (0xc, .dma32, false),
        (0xd, .dma, true),
        (0xe, .dma, true),
        (0xf, .dma, true),
    ]

    @Test(arguments: combinations)
    func zoneModifiers(bits: UInt32, zone: ZoneType, bad: Bool) {
        let gfp = GFP(rawValue: bits)
        #expect(gfp.zone == zone)
        #expect(gfp.hasBadZoneCombination == bad)
    }

    @Test func bitsAboveTheZoneModifiersDoNotChangeTheZone() {
        #expect(GFP.kernel.zone == .normal)
        #expect(GFP.user.zone == .normal)
        #expect(GFP.highuser.zone == .normal)
        #expect(GFP.highuserMovable.zone == .movable)
        #expect(GFP.transhuge.zone == .movable)
        #expect(GFP.transhugeLight.zone == .movable)
        #expect(GFP([.kernel, .dma32]).zone == .dma32)
        #expect(GFP([.kernel, .dma]).zone == .dma)
        #expect(GFP([.kernel, .movable]).zone == .normal)
    }

    /// `gfp_migratetype()`: `(gfp & (__GFP_RECLAIMABLE|__GFP_MOVABLE)) >> 3`.
    static let migratetypes: [(UInt32, MigrateType)] = [
        (0xcc0, .unmovable),  // GFP_KERNEL
        (0x820, .unmovable),  // GFP_ATOMIC
        (0x100cca, .movable),  // GFP_HIGHUSER_MOVABLE: 0x8 >> 3 = 1
        (0x1c24ca, .movable),  // GFP_TRANSHUGE
        (0xcd0, .reclaimable),  // GFP_KERNEL | __GFP_RECLAIMABLE: 0x10 >> 3 = 2
        (0xcd8, .highAtomic),  // both bits: 0x18 >> 3 = 3, the VM_WARN_ON case
        (0x8, .movable),
        (0x10, .reclaimable),
    ]

    @Test(arguments: migratetypes)
    func migratetype(bits: UInt32, expected: MigrateType) {
        #expect(GFP(rawValue: bits).migratetype == expected)
    }
}
