import PageAlloc
import Testing

@testable import Diagrams

/// The free-area heatmap and table, on the order-4 split of `small()`.
@Suite struct FreeAreaDiagramTests {
    @Test func countsTheListsAfterASplit() throws {
        let diagram = FreeAreaDiagram(machine: try TestMachines.smallAfterOrder4().after, zone: TestMachines.normal)
        #expect(diagram.blocks[10] == [0, 3, 0, 0, 0])
        #expect((4...9).allSatisfy { diagram.blocks[$0] == [0, 1, 0, 0, 0] })
        #expect((0...3).allSatisfy { diagram.nrFree(order: $0) == 0 })
        #expect(diagram.pages(of: .movable) == 4096 - 16)
        #expect(diagram.totalPages == 4080)
        let svg = diagram.svg()
        #expect(svg.contains(#"<rect class="mmd-heat mmd-mt-movable mmd-heat-1" x="#))
        #expect(svg.contains("<title>free_list[10][Movable]: 3 blocks, 3072 pages</title>"))
        #expect(svg.contains("4080 free pages in 9 blocks; the largest free block is order 10."))
    }

    @Test func printsATable() throws {
        let diagram = FreeAreaDiagram(machine: try TestMachines.smallAfterOrder4().after, zone: TestMachines.normal)
        let zeros = String(repeating: "       0", count: 11)
        #expect(
            diagram.text() == """
                Node 0, zone Normal: free_area
                order              0       1       2       3       4       5       6       7       8       9      10     pages
                Unmovable   \(zeros)         0
                Movable            0       0       0       0       1       1       1       1       1       1       3      4080
                Reclaimable \(zeros)         0
                HighAtomic  \(zeros)         0
                Isolate     \(zeros)         0
                nr_free            0       0       0       0       1       1       1       1       1       1       3
                pages              0       0       0       0      16      32      64     128     256     512    3072      4080

                """)
    }

    @Test(arguments: [(0, 0), (1, 1), (3, 1), (4, 2), (15, 2), (16, 3), (63, 3), (64, 4), (100_000, 4)])
    func shadesByPowersOfFour(count: Int, heat: Int) {
        #expect(FreeAreaDiagram.heat(count) == heat)
    }

    @Test func namesBlockSizes() {
        #expect(
            (0...10).map(FreeAreaDiagram.size(order:)) == [
                "4K", "8K", "16K", "32K", "64K", "128K", "256K", "512K",
                "1M", "2M", "4M",
            ])
    }
}
