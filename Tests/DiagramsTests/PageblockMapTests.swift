import Testing

@testable import Diagrams
@testable import PageAlloc

/// The pageblock map: types, free shares, downsampling and the character map.
@Suite struct PageblockMapTests {
    @Test func freshZoneIsEightFreeMovablePageblocks() {
        let map = PageblockMap(machine: TestMachines.small(), zone: TestMachines.normal)
        #expect(map.pageblocksPerCell == 1)
        #expect(map.cells.map(\.startPfn) == (0..<8).map { 0x100000 + $0 * 512 })
        #expect(
            map.cells.allSatisfy { $0.migratetype == .movable && $0.pages == 512 && $0.freePages == 512 && !$0.isMixed }
        )
        #expect(
            map.text() == """
                Node 0, zone Normal: pageblocks
                1 cell = 1 pageblock (512 pages); letters U M R H I = migratetype (lowercase: mixed), bars = free pages
                0x100000 MMMMMMMM
                         ████████
                Movable 8

                """)
    }

    /// The 16 allocated pages come out of the first pageblock; 496/512 of it shows as 7/8.
    @Test func allocatedPagesEmptyTheirPageblock() throws {
        let map = PageblockMap(machine: try TestMachines.smallAfterOrder4().after, zone: TestMachines.normal)
        #expect(map.cells.map(\.freePages) == [496] + Array(repeating: 512, count: 7))
        #expect(map.text().contains("\n         ▇███████\n"))
        #expect(map.svg().contains("<title>0x100000-0x1001ff Movable: 496 of 512 pages free</title>"))
    }

    /// 4 GiB of Normal is 2048 pageblocks: 256 cells of 8 pageblocks each.
    @Test func downsamplesALargeZoneByPowersOfTwo() {
        let machine = Machine(layout: .contiguous(zones: [(.normal, 1 << 20)]))
        let map = PageblockMap(machine: machine, zone: TestMachines.normal)
        #expect(map.pageblocksPerCell == 8)
        #expect(map.cells.count == 256)
        #expect(map.cells.enumerated().allSatisfy { $0.element.startPfn == 0x100000 + $0.offset * 0x1000 })
        #expect(map.cells.allSatisfy { $0.pages == 4096 && $0.freePages == 4096 && $0.migratetype == .movable })
        #expect(map.pageblockCounts == [0, 2048, 0, 0, 0])
        let text = map.text().split(separator: "\n")
        #expect(text[1].hasPrefix("1 cell = 8 pageblocks (4096 pages)"))
        #expect(text[2] == "0x100000 " + String(repeating: "M", count: 64))
        #expect(text[8] == "0x1c0000 " + String(repeating: "M", count: 64))
        #expect(PageblockMap(machine: machine, zone: TestMachines.normal, maxCells: 100).pageblocksPerCell == 32)
    }

    /// DMA32 at 0x1000 spans pageblocks 8 to 27; cells of 16 aligned pageblocks are 8-15 and
    /// 16-27, and a cell starts where the zone does.
    @Test func alignsCellsToTheirSize() {
        let machine = Machine(layout: .contiguous(zones: [(.dma32, 20 * 512)]))
        let map = PageblockMap(machine: machine, zone: Machine.zoneIndex(node: 0, type: .dma32), maxCells: 2)
        #expect(map.pageblocksPerCell == 16)
        #expect(map.cells.map(\.startPfn) == [0x1000, 0x2000])
        #expect(map.cells.map(\.pages) == [8 * 512, 12 * 512])
        #expect(map.cells.map { $0.pageblocks.reduce(0, +) } == [8, 12])
    }

    /// HighAtomic and Isolate pageblocks get their own letters and classes; a downsampled cell
    /// of one of each is mixed and takes the lower type, HighAtomic.
    @Test func showsHighAtomicAndIsolatedPageblocks() {
        var machine = TestMachines.small()
        let first = 0x100000 >> Kernel.pageblockOrder
        machine.pageblockBits[first] = UInt8(MigrateType.highAtomic.rawValue)
        machine.pageblockBits[first + 1] = Machine.isolateBit | UInt8(MigrateType.movable.rawValue)
        let map = PageblockMap(machine: machine, zone: TestMachines.normal)
        #expect(map.text().contains("0x100000 HIMMMMMM\n"))
        #expect(map.text().hasSuffix("Movable 6, HighAtomic 1, Isolate 1\n"))
        let svg = map.svg()
        #expect(svg.contains(#"class="mmd-pageblock mmd-mt-highatomic""#))
        #expect(svg.contains(#"class="mmd-pageblock mmd-mt-isolate""#))
        let coarse = PageblockMap(machine: machine, zone: TestMachines.normal, maxCells: 4)
        #expect(coarse.cells[0].isMixed && coarse.cells[0].migratetype == .highAtomic)
        #expect(coarse.text().contains("0x100000 hMMM\n"))
        #expect(coarse.svg().contains(#"class="mmd-pageblock mmd-mt-highatomic mmd-mixed""#))
        #expect(coarse.svg().contains(#"class="mmd-minor mmd-mt-isolate""#))
    }

    @Test func lettersAreDistinct() {
        #expect(MigrateType.allCases.map(\.diagramLetter) == ["U", "M", "R", "H", "I"])
        #expect(Set(MigrateType.allCases.map(\.diagramClass)).count == MigrateType.count)
    }
}
