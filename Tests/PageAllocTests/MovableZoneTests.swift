import Testing

@testable import PageAlloc

/// ZONE_MOVABLE from `movablecore=` (find_zone_movable_pfns_for_nodes(), mm/mm_init.c) and its
/// watermarks and reserves (__setup_per_zone_wmarks(), setup_per_zone_lowmem_reserve(),
/// mm/page_alloc.c, 6.18), worked by hand.
///
/// An 8 GiB PC: RAM 1..<0x9f (158), 0x100..<0xc0000 (786176), 0x100000..<0x240000 (1310720):
/// 2097054 pages. movablecore=2G is 524288 pages, so the kernel keeps 1572766: 158 + 786176
/// below 4 GiB, then 786432 from 0x100000, so ZONE_MOVABLE starts at 0x1c0000 (1024-aligned).
/// The memmap (64 sections * 512 = 32768 pages) sits at the top, in ZONE_MOVABLE.
/// Managed: DMA 3840, DMA32 782336 - 4096 = 778240, Normal 786432, Movable 524288 - 32768 =
/// 491520; lowmem (all but Movable) 1568512.
/// min_free_kbytes: int_sqrt(1568512 * 4 * 16) = 10019; khugepaged counts the 3 zones up to
/// Normal: 512 * 3 * 11 = 16896 pages = 67584 KiB.
/// Movable: min clamp(491520 / 1024, 32, 128) = 128; its share 16896 * 491520 / 1568512 = 5294
/// gives the step max(5294 / 4, 491520 * 10 / 10000) = 1323: 128/1451/2774/4097.
/// Normal: 16896 * 786432 / 1568512 = 8471, step max(2117, 786) = 2117: 8471/10588/12705/14822.
/// Protection: DMA 778240/256 = 3040, 1564672/256 = 6112, 2056192/256 = 8032; DMA32
/// 786432/256 = 3072, 1277952/256 = 4992; Normal (ratio 32) 491520/32 = 15360.
@Suite struct MovableZoneTests {
    static let machine = Machine(layout: .x86(memoryBytes: 8 << 30, movablecore: 2 << 30))

    func zone(_ type: ZoneType) -> Zone { Self.machine.zones[Machine.zoneIndex(node: 0, type: type)] }

    @Test func layout() {
        #expect(
            (zone(.normal).startPfn, zone(.normal).spannedPages, zone(.normal).managedPages) == (
                0x100000, 786_432, 786_432
            ))
        #expect(
            (zone(.movable).startPfn, zone(.movable).spannedPages, zone(.movable).managedPages) == (
                0x1c0000, 524_288, 491_520
            ))
    }

    @Test func watermarksAndReserves() {
        #expect(Self.machine.sysctl.minFreeKbytes == 67584)
        #expect(zone(.movable).watermark == [128, 1451, 2774, 4097])
        #expect(zone(.normal).watermark == [8471, 10588, 12705, 14822])
        #expect(zone(.dma).lowmemReserve == [0, 3040, 6112, 8032, 8032])
        #expect(zone(.dma32).lowmemReserve == [0, 0, 3072, 4992, 4992])
        #expect(zone(.normal).lowmemReserve == [0, 0, 0, 15360, 15360])
        #expect(zone(.movable).lowmemReserve == [0, 0, 0, 0, 0])
    }

    /// gfp_zone(GFP_HIGHUSER_MOVABLE) is ZONE_MOVABLE; GFP_KERNEL stops at ZONE_NORMAL.
    @Test func onlyMovableAllocationsUseTheMovableZone() throws {
        var m = Self.machine
        let user = try m.mustAlloc(.highuserMovable, order: 0)
        let kernel = try m.mustAlloc(.kernel, order: 0)
        #expect(m.zones[m.zoneIndex(ofPfn: user)!].type == .movable)
        #expect(m.zones[m.zoneIndex(ofPfn: kernel)!].type == .normal)
    }

    /// The machine is a value: a copy whose sysctls are changed and which allocates leaves the
    /// original's watermarks, reserves (kept inline in each zone), free counts and pages as they
    /// were, and the other way round.
    @Test func aCopiedMachineChangesAlone() throws {
        var copy = Self.machine
        let normal = Machine.zoneIndex(node: 0, type: .normal)
        let minFreeSet = copy.setMinFreeKbytes(2 * 67584)
        let ratiosSet = copy.setLowmemReserveRatio([256, 256, 64, 0, 0])
        #expect(minFreeSet && ratiosSet)
        let pfn = try copy.mustAlloc(.kernel, order: 0)
        #expect(copy.zones[normal].watermark[0] != 8471)
        #expect(copy.zones[normal].lowmemReserve == [0, 0, 0, 7680, 7680])
        #expect(zone(.normal).watermark == [8471, 10588, 12705, 14822])
        #expect(zone(.normal).lowmemReserve == [0, 0, 0, 15360, 15360])
        #expect(Self.machine.memmap.refcount[pfn] == 0)
        #expect(Self.machine.zones[normal].freePages != copy.zones[normal].freePages)
        var original = Self.machine
        let again = try original.mustAlloc(.kernel, order: 0)
        #expect(copy.memmap.refcount[pfn] == 1 && original.memmap.refcount[again] == 1)
    }
}
