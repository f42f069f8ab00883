import Testing

@testable import PageAlloc

/// Boot-time sizing of two machines other than the fixture, every number worked by hand
/// from the layout rules of `MachineLayout.x86` and the Linux 6.18 formulas:
/// calculate_min_free_kbytes() and __setup_per_zone_wmarks() (mm/page_alloc.c),
/// set_recommended_min_free_kbytes() (mm/khugepaged.c), setup_per_zone_lowmem_reserve(),
/// zone_batchsize() and zone_highsize() (mm/page_alloc.c), calculate_normal_threshold()
/// (mm/vmstat.c).
@Suite struct HandComputedBootTests {
    /// The expected numbers of one zone.
    struct Expected {
        var node: Int
        var type: ZoneType
        var start, spanned, present, managed: Int
        var watermarks: [Int]
        var protection: [Int]
        var batch, highMin, highMax, threshold: Int
    }

    /// Checks every number of `want` on `machine`.
    func check(_ machine: Machine, _ want: Expected, _ location: SourceLocation = #_sourceLocation) {
        let z = Machine.zoneIndex(node: want.node, type: want.type)
        let zone = machine.zones[z]
        #expect(zone.startPfn == want.start, sourceLocation: location)
        #expect(zone.spannedPages == want.spanned, sourceLocation: location)
        #expect(zone.presentPages == want.present, sourceLocation: location)
        #expect(zone.managedPages == want.managed, sourceLocation: location)
        #expect(WatermarkLevel.allCases.map { zone.watermarkPages($0) } == want.watermarks, sourceLocation: location)
        #expect(zone.lowmemReserve == want.protection, sourceLocation: location)
        for pcp in machine.zones.pcps(of: z) {
            #expect(
                [pcp.batch, pcp.highMin, pcp.highMax] == [want.batch, want.highMin, want.highMax],
                sourceLocation: location)
        }
        #expect(machine.calculateNormalThreshold(zone: z) == want.threshold, sourceLocation: location)
    }

    /// A 1 GiB VM with 2 CPUs, THP on.
    ///
    /// Layout: 262144 pages; RAM 1..<0x9f and 0x100..<0x40000, one node of 158 + 261888 =
    /// 262046 pages in 8 memory sections, whose memmap takes 8 * 512 = 4096 pages at its top
    /// (258048..<262144). Reserved: the first MiB, the kernel image 0x1000..<0x2000.
    /// - DMA: start 1, spans to 0x1000: 4095; present 158 + 3840 = 3998; managed 3840
    ///   (0x100..<0x1000).
    /// - DMA32: start 4096, ends with the RAM at 0x40000: spanned = present = 258048;
    ///   managed 258048 - 4096 - 4096 = 249856.
    ///
    /// min_free_kbytes: calculate_min_free_kbytes() sees 3840 + 249856 = 253696 pages =
    /// 1014784 KiB, int_sqrt(1014784 * 16 = 16236544) = 4029. Watermarks with it (pages_min
    /// 1007): DMA 1007*3840/253696 = 15, DMA32 1007*249856/253696 = 991, highs 15+2*3 = 21 and
    /// 991+2*max(247, 249) = 1489. khugepaged: 2 zones, 512*2*2 + 512*2*9 = 11264 pages; cap
    /// ((3840-21) + (249856-1489)) / 20 = 252186 / 20 = 12609; 11264 << 2 = 45056 KiB > 4029.
    ///
    /// Watermarks with pages_min = 45056 >> 2 = 11264, lowmem 253696:
    /// - DMA: 11264*3840/253696 = 170; step max(170>>2 = 42, 3840*10/10000 = 3) = 42:
    ///   170/212/254/296.
    /// - DMA32: 11264*249856/253696 = 11093; step max(2773, 249) = 2773:
    ///   11093/13866/16639/19412.
    ///
    /// Protection: DMA 249856/256 = 976 for DMA32 and above (no Normal); DMA32 0.
    /// PCP (2 CPUs on node 0):
    /// - DMA: 3840>>10 = 3, /4 = 0 -> 1, rounddown_pow_of_two(1) - 1 = 0 -> batch 1;
    ///   high_min max(212/2, 4) = 106; high_max max(3840/8/2, 4) = 240.
    /// - DMA32: min(249856>>10 = 244, 256) = 244, /4 = 61, rounddown_pow_of_two(61+30) - 1 =
    ///   63; high_min 13866/2 = 6933; high_max 249856/8/2 = 31232/2 = 15616.
    ///
    /// Thresholds, fls(2) = 2: DMA 3840>>15 = 0 -> 2*2*1 = 4; DMA32 249856>>15 = 7, fls 3
    /// -> 2*2*4 = 16.
    @Test func oneGiBVirtualMachine() {
        let machine = Machine(layout: .x86(memoryBytes: 1 << 30, cpus: 2), thp: true)
        #expect(machine.sysctl.minFreeKbytes == 45056)
        check(
            machine,
            Expected(
                node: 0, type: .dma, start: 1, spanned: 4095, present: 3998, managed: 3840,
                watermarks: [170, 212, 254, 296], protection: [0, 976, 976, 976, 976],
                batch: 1, highMin: 106, highMax: 240, threshold: 4))
        check(
            machine,
            Expected(
                node: 0, type: .dma32, start: 4096, spanned: 258_048, present: 258_048,
                managed: 249_856, watermarks: [11093, 13866, 16639, 19412],
                protection: [0, 0, 0, 0, 0], batch: 63, highMin: 6933, highMax: 15616, threshold: 16))
        #expect(!machine.zones[Machine.zoneIndex(node: 0, type: .normal)].isPopulated)
    }

    /// The same VM without THP keeps calculate_min_free_kbytes()'s 4029 KiB (watermarks
    /// 15/18/21/24 for DMA and 991/1240/1489/1738 for DMA32, worked above).
    @Test func oneGiBWithoutTHP() {
        let machine = Machine(layout: .x86(memoryBytes: 1 << 30, cpus: 2), thp: false)
        #expect(machine.sysctl.minFreeKbytes == 4029)
        let dma32 = machine.zones[Machine.zoneIndex(node: 0, type: .dma32)]
        #expect(WatermarkLevel.allCases.map { dma32.watermarkPages($0) } == [991, 1240, 1489, 1738])
    }

    /// A 64 GiB server with 2 nodes and 8 CPUs (4 per node, round-robin), THP on.
    ///
    /// Layout: 16777216 pages; RAM 1..<0x9f (158), 0x100..<0xc0000 (786176), 0x100000..<
    /// 17039360 (15990784): 16777118 pages, 8388559 per node. Node 0's share ends at pfn
    /// 0x100000 + (8388559 - 158 - 786176) = 8650801, rounded to the nearest 128 MiB section
    /// (32768 pages): 264 * 32768 = 8650752. Node 0: 158 + 786176 + 7602176 = 8388510 pages in
    /// sections 0-23 and 32-263; node 1: 8650752..<17039360 = 8388608 pages in sections
    /// 264-519. Memmaps: 256 sections * 512 = 131072 pages each, at each node's top.
    /// - Node 0 DMA: start 1, spanned 4095, present 3998, managed 3840.
    /// - Node 0 DMA32: start 4096, spans to 4 GiB: 1044480; present 0xc0000 - 0x1000 =
    ///   782336; managed 782336 - 4096 (kernel image) = 778240.
    /// - Node 0 Normal: start 1048576, spanned = present = 7602176; managed 7602176 - 131072
    ///   = 7471104.
    /// - Node 1 Normal: start 8650752, spanned = present = 8388608; managed 8388608 - 131072
    ///   = 8257536.
    ///
    /// min_free_kbytes: 3840 + 778240 + 7471104 + 8257536 = 16510720 pages = 66042880 KiB,
    /// int_sqrt(1056686080) = 32506; khugepaged: 4 zones, 512*4*11 = 22528 pages, far below
    /// 5% of 16.5M; 22528 << 2 = 90112 KiB.
    ///
    /// Watermarks, pages_min 22528, lowmem 16510720:
    /// - DMA: 22528*3840/16510720 = 5; step max(1, 3) = 3: 5/8/11/14.
    /// - DMA32: 22528*778240/16510720 = 1061; step max(265, 778) = 778: 1061/1839/2617/3395.
    /// - Normal 0: 22528*7471104 = 168309030912, /16510720 = 10193 (16510720*10193 =
    ///   168293768960); step max(2548, 7471) = 7471: 10193/17664/25135/32606.
    /// - Normal 1: 22528*8257536 = 186025771008, /16510720 = 11266 (16510720*11266 =
    ///   186009771520); step max(2816, 8257) = 8257: 11266/19523/27780/36037.
    ///
    /// Protection (ratios 256, 256, 32): node 0 DMA: 778240/256 = 3040, (778240 +
    /// 7471104)/256 = 8249344/256 = 32224; DMA32: 7471104/256 = 29184; Normal: nothing above.
    /// Node 1 has no DMA/DMA32 pages, so those stay 0.
    ///
    /// PCP (4 CPUs per node): DMA batch 1, high_min max(8/4, 4) = 4, high_max max(480/4, 4) =
    /// 120. The others have managed>>10 >= 256: batch 63; DMA32 high_min 1839/4 = 459,
    /// high_max 97280/4 = 24320; Normal 0 17664/4 = 4416, 933888/4 = 233472; Normal 1
    /// 19523/4 = 4880, 1032192/4 = 258048.
    ///
    /// Thresholds, fls(8) = 4: DMA mem 0 -> 2*4*1 = 8; DMA32 778240>>15 = 23, fls 5 -> 48;
    /// Normal 228 and 252, fls 8 -> 72.
    @Test func sixtyFourGiBTwoNodeServer() {
        let machine = Machine(layout: .x86(memoryBytes: 64 << 30, nodes: 2, cpus: 8), thp: true)
        #expect(machine.sysctl.minFreeKbytes == 90112)
        check(
            machine,
            Expected(
                node: 0, type: .dma, start: 1, spanned: 4095, present: 3998, managed: 3840,
                watermarks: [5, 8, 11, 14], protection: [0, 3040, 32224, 32224, 32224],
                batch: 1, highMin: 4, highMax: 120, threshold: 8))
        check(
            machine,
            Expected(
                node: 0, type: .dma32, start: 4096, spanned: 1_044_480, present: 782_336,
                managed: 778_240, watermarks: [1061, 1839, 2617, 3395],
                protection: [0, 0, 29184, 29184, 29184], batch: 63, highMin: 459, highMax: 24320,
                threshold: 48))
        check(
            machine,
            Expected(
                node: 0, type: .normal, start: 1_048_576, spanned: 7_602_176, present: 7_602_176,
                managed: 7_471_104, watermarks: [10193, 17664, 25135, 32606],
                protection: [0, 0, 0, 0, 0], batch: 63, highMin: 4416, highMax: 233_472,
                threshold: 72))
        check(
            machine,
            Expected(
                node: 1, type: .normal, start: 8_650_752, spanned: 8_388_608, present: 8_388_608,
                managed: 8_257_536, watermarks: [11266, 19523, 27780, 36037],
                protection: [0, 0, 0, 0, 0], batch: 63, highMin: 4880, highMax: 258_048,
                threshold: 72))
        #expect(machine.zones[Machine.zoneIndex(node: 1, type: .dma)].lowmemReserve == [0, 0, 0, 0, 0])
    }
}
