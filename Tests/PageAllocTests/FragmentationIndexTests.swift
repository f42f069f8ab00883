import Testing

@testable import PageAlloc

/// fill_contig_page_info(), __fragmentation_index(), unusable_free_index() and
/// extfrag_for_order() (mm/vmstat.c, unchanged through 6.18) and the debugfs extfrag_index /
/// unusable_index printers, on free areas built by hand.
@Suite struct FragmentationIndexTests {
    /// A zone with 10 free order-0, 4 order-1 and 2 order-2 blocks: free_pages = 10 + 4*2 +
    /// 2*4 = 26, free_blocks_total = 16.
    static let nrFree = [10, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0]

    /// Suitable blocks: order 1 counts 4 + 2*2 = 8, order 3 none.
    @Test func contigPageInfo() {
        let order1 = ContigPageInfo(nrFree: Self.nrFree, suitableOrder: 1)
        #expect([order1.freePages, order1.freeBlocksTotal, order1.freeBlocksSuitable] == [26, 16, 8])
        #expect(ContigPageInfo(nrFree: Self.nrFree, suitableOrder: 3).freeBlocksSuitable == 0)
    }

    /// __fragmentation_index(): -1000 while a suitable block exists (orders 0-2); then
    /// 1000 - (1000 + 26000 / 2^order) / 16:
    /// order 3: 26000/8 = 3250, 4250/16 = 265 -> 735; order 4: 1625, 2625/16 = 164 -> 836;
    /// order 5: 812, 1812/16 = 113 -> 887; order 6: 406, 1406/16 = 87 -> 913; order 7: 203,
    /// 1203/16 = 75 -> 925; order 8: 101, 1101/16 = 68 -> 932; order 9: 50, 1050/16 = 65 ->
    /// 935; order 10: 25, 1025/16 = 64 -> 936.
    @Test func fragmentationIndex() {
        let indices = (0...Kernel.maxPageOrder).map {
            ContigPageInfo(nrFree: Self.nrFree, suitableOrder: $0).fragmentationIndex(order: $0)
        }
        #expect(indices == [-1000, -1000, -1000, 735, 836, 887, 913, 925, 932, 935, 936])
        #expect(
            ContigPageInfo(nrFree: Array(repeating: 0, count: 11), suitableOrder: 3)
                .fragmentationIndex(order: 3) == 0)
    }

    /// unusable_free_index() = (26 - suitable << order) * 1000 / 26: order 0: 0; order 1:
    /// (26 - 16) * 1000 / 26 = 384; order 2: (26 - 8) * 1000 / 26 = 692; above: 1000.
    /// extfrag_for_order() is the same in percent: order 1: 10 * 100 / 26 = 38.
    @Test func unusableFreeIndex() {
        let indices = (0...Kernel.maxPageOrder).map {
            ContigPageInfo(nrFree: Self.nrFree, suitableOrder: $0).unusableFreeIndex(order: $0)
        }
        #expect(indices == [0, 384, 692] + Array(repeating: 1000, count: 8))
        #expect(ContigPageInfo(nrFree: Self.nrFree, suitableOrder: 1).extfragPercent(order: 1) == 38)
        #expect(
            ContigPageInfo(nrFree: Array(repeating: 0, count: 11), suitableOrder: 0).unusableFreeIndex(order: 0)
                == 1000)
    }

    /// extfrag_show_print() prints "%2d.%03d " (-1000 is "-1.000", an empty zone's 0 is
    /// " 0.000"); unusable_show_print() prints "%d.%03d " (an empty zone is all "1.000").
    @Test func debugfsText() {
        let info = Buddyinfo(rows: [
            Buddyinfo.Row(node: 0, zone: "Normal", nrFree: Self.nrFree),
            Buddyinfo.Row(node: 1, zone: "Movable", nrFree: Array(repeating: 0, count: 11)),
        ])
        #expect(
            info.extfragIndexText
                == [
                    "Node 0, zone   Normal -1.000 -1.000 -1.000  0.735  0.836  0.887  0.913  0.925  0.932  0.935  0.936 \n",
                    "Node 1, zone  Movable  0.000  0.000  0.000  0.000  0.000  0.000  0.000  0.000  0.000  0.000  0.000 \n",
                ].joined())
        #expect(
            info.unusableIndexText
                == [
                    "Node 0, zone   Normal 0.000 0.384 0.692 1.000 1.000 1.000 1.000 1.000 1.000 1.000 1.000 \n",
                    "Node 1, zone  Movable 1.000 1.000 1.000 1.000 1.000 1.000 1.000 1.000 1.000 1.000 1.000 \n",
                ].joined())
    }

    /// The real machine's DMA (fixture buddyinfo line 1: one order-8, one order-9, three
    /// order-10 blocks, 256 + 512 + 3072 = 3840 pages): unusable at order 9 is (3840 - (1 +
    /// 3*2) * 512) * 1000 / 3840 = 256000 / 3840 = 66, at order 10 (3840 - 3072) * 1000 /
    /// 3840 = 200; every order has a suitable block, so every fragmentation index is -1000.
    /// A freshly booted 1 GiB machine has the same DMA free area.
    @Test func realDMAZone() throws {
        let real = try Buddyinfo(parsing: Fixture.machine618A("buddyinfo"))
        let dma = "Node 0, zone      DMA 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.066 0.200 \n"
        #expect(real.unusableIndexText.hasPrefix(dma))
        let machine = Machine(layout: .x86(memoryBytes: 1 << 30, cpus: 2))
        #expect(machine.unusableIndex().hasPrefix(dma))
        #expect(machine.unusableFreeIndex(zone: 0, order: 9) == 66)
        #expect(machine.extfragForOrder(zone: 0, order: 10) == 20)
        #expect((0...Kernel.maxPageOrder).allSatisfy { machine.fragmentationIndex(zone: 0, order: $0) == -1000 })
        #expect(machine.extfragIndex().hasPrefix("Node 0, zone      DMA -1.000 -1.000"))
    }
}
