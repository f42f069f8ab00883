import Testing

@testable import PageAlloc

/// Migratetype fallback on a 16 MiB ZONE_NORMAL (4096 pages: four order-10 blocks, eight
/// pageblocks), following `__rmqueue()`, `__rmqueue_claim()`, `try_to_claim_block()`,
/// `boost_watermark()` and the `mm_page_alloc_extfrag` tracepoint (mm/page_alloc.c, 6.18).
///
/// Watermarks by hand: int_sqrt(16384 * 16) = 512 KiB = 128 pages; below 512 MiB
/// `hugepage_init()` turns THP off and khugepaged never raises it (mm/huge_memory.c:935) →
/// min 128, step max(32, 4) = 32 → low 160, high 192.
/// pcp batch: (4096 >> 10) / 4 = 1 → rounddown_pow_of_two(1) - 1 = 0 → 1.
@Suite struct FallbackTests {
    static let base = 0x100000
    static let z = Machine.zoneIndex(node: 0, type: .normal)

    func extfrags(_ m: Machine) -> [TraceEvent] {
        m.trace.map(\.event).filter { if case .pageAllocExtfrag = $0 { true } else { false } }
    }

    @Test func watermarks() {
        let m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        #expect(m.zones[Self.z].watermark == [128, 160, 192, 224])
        #expect(m.zones[pcp: Self.z, cpu: 0].batch == 1)
    }

    @Test func unmovableOrder9ClaimsAWholeOrder10MovableBlock() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        m.tracing = true
        // Order 9 (the THP order) goes through the pcp list; its refill finds no Unmovable block,
        // and __rmqueue_claim() (ALLOC_NOFRAGMENT: orders 10..9) takes the first order-10 Movable
        // block, retypes both its pageblocks and splits it.
        #expect(try m.mustAlloc(.kernel, order: 9) == Self.base)
        #expect(m.pageblockMigratetype(Self.base) == .unmovable)
        #expect(m.pageblockMigratetype(Self.base + 512) == .unmovable)
        #expect(m.freeList(.normal, order: 9, .unmovable) == [Self.base + 512])
        #expect(
            extfrags(m) == [
                .pageAllocExtfrag(
                    pfn: Self.base, allocOrder: 9, fallbackOrder: 10,
                    allocMigratetype: 0, fallbackMigratetype: 1, changeOwnership: true)
            ])
        #expect(m.zones[Self.z].watermarkBoost == 0)
    }

    @Test func movableOrder3ClaimsTheLastUnmovablePageblock() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        _ = try m.mustAlloc(.kernel, order: 9)
        for expected in [0x100400, 0x100800, 0x100c00] {
            #expect(try m.mustAlloc(.highuserMovable, order: 10) == expected)
        }
        m.tracing = true
        // Only the Unmovable order-9 block at base+512 is free. The claim loop (ALLOC_NOFRAGMENT:
        // orders 10..9) finds it at order 9, retypes its pageblock Movable and splits it to order 3.
        #expect(try m.mustAlloc(.highuserMovable, order: 3) == Self.base + 512)
        #expect(m.pageblockMigratetype(Self.base + 512) == .movable)
        #expect(
            extfrags(m) == [
                .pageAllocExtfrag(
                    pfn: Self.base + 512, allocOrder: 3, fallbackOrder: 9,
                    allocMigratetype: 1, fallbackMigratetype: 0, changeOwnership: true)
            ])
        for k in 3...8 { #expect(m.freeList(.normal, order: k, .movable) == [Self.base + 512 + (1 << k)]) }
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal      0      0      0      1      1      1      1      1      1      0      0 \n"
        )
    }

    @Test func movableOrder2ClaimsAHalfFreePageblockAndBoostsTheWatermark() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        _ = try m.mustAlloc(.kernel, order: 9)  // base, leaves o9 @ base+512
        #expect(try m.mustAlloc(.kernel, order: 8) == Self.base + 512)  // leaves o8 @ base+768
        for _ in 0..<3 { _ = try m.mustAlloc(.highuserMovable, order: 10) }
        m.tracing = true
        // 256 free pages (> high 192). The first pass (ALLOC_NOFRAGMENT) finds nothing
        // of order >= 9; the second claims: should_try_claim_block(8, Movable) holds (8 >= 9/2);
        // the pageblock at base+512 has 256 free pages >= 2^(9-1), so it turns Movable.
        // boost_watermark(): max_boost = max(512, 192 * 15000 / 10000) = 512.
        #expect(try m.mustAlloc(.highuserMovable, order: 2) == Self.base + 768)
        #expect(m.pageblockMigratetype(Self.base + 512) == .movable)
        #expect(m.zones[Self.z].watermarkBoost == 512)
        // rmqueue() saw ZONE_BOOSTED_WATERMARK with ALLOC_KSWAPD: cleared it and woke kswapd.
        #expect(!m.zones[Self.z].flags.contains(.boostedWatermark))
        #expect(
            extfrags(m) == [
                .pageAllocExtfrag(
                    pfn: Self.base + 768, allocOrder: 2, fallbackOrder: 8,
                    allocMigratetype: 1, fallbackMigratetype: 0, changeOwnership: true)
            ])
    }
}
