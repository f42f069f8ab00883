import Testing

@testable import PageAlloc

/// Zonelists as `build_zonelists()` / `find_next_best_node()` (mm/page_alloc.c, 6.18) order
/// them, worked by hand below.
@Suite struct ZonelistTests {
    /// Four nodes in a ring (SLIT: 10 local, 20 neighbours, 30 opposite), each with a CPU and
    /// one 16 MiB ZONE_NORMAL.
    static func ring() -> Machine {
        let zones = (0..<4).map { node in
            let start = 0x100000 + node * 4096
            return MachineLayout.ZoneLayout(
                node: node, type: .normal, startPfn: start, spannedPages: 4096,
                presentRanges: [start..<(start + 4096)], freeRanges: [start..<(start + 4096)])
        }
        let distances = [[10, 20, 30, 20], [20, 10, 20, 30], [30, 20, 10, 20], [20, 30, 20, 10]]
        return Machine(layout: MachineLayout(zones: zones, nodeCount: 4, cpuNodes: [0, 1, 2, 3], distances: distances))
    }

    /// score(n) = (distance + (n < local) + 1 for a node with CPUs) * MAX_NUMNODES (1024) +
    /// node_load[n]; node_load[n] += 1 whenever n opens a new distance group, and it
    /// accumulates over the nodes in id order.
    /// - Node 0: itself; 1 and 3 tie at 21*1024, 1 wins (lower id) and opens distance 20
    ///   (load[1] = 1); then 3 (21504 < 31744); then 2, opening 30 (load[2] = 1): 0 1 3 2.
    /// - Node 1: 0 scores 22*1024 = 22528, 2 scores 21*1024 + 1 = 21505, 3 scores 31744: 2
    ///   (load[2] = 2), 0, 3 (load[3] = 1): 1 2 0 3.
    /// - Node 2: 0 = 32768, 1 = 22528 + 1, 3 = 21504 + 1: 3 (load[3] = 2), 1, 0 (load[0] = 1):
    ///   2 3 1 0.
    /// - Node 3: 0 = 22528 + 1, 1 = 32768 + 1, 2 = 22528 + 2: 0 (load[0] = 2), 2, 1: 3 0 2 1.
    @Test func ringOrder() {
        let m = Self.ring()
        let orders = m.nodes.map(\.zonelistFallback).map { list in list.map { m.zones[$0].node } }
        #expect(orders == [[0, 1, 3, 2], [1, 2, 0, 3], [2, 3, 1, 0], [3, 0, 2, 1]])
        #expect(
            m.nodes.map(\.zonelistNoFallback).map { list in list.map { m.zones[$0].node } } == [[0], [1], [2], [3]])
    }

    /// `__GFP_THISNODE` uses ZONELIST_NOFALLBACK: once node 2 is full the allocation fails
    /// instead of moving to node 3.
    @Test func thisnodeStaysOnItsNode() throws {
        var m = Self.ring()
        m.currentCPU = 2
        for _ in 0..<3 { _ = try m.mustAlloc([.kernel, .thisnode], order: 10) }
        // Node 2 has 1024 pages left, all needed to pass the watermark for another order-10 block.
        #expect(m.allocPages([.kernel, .thisnode], order: 10) == nil)
        let pfn = try m.mustAlloc(.kernel, order: 10)
        #expect(m.zones[m.zoneIndex(ofPfn: pfn)!].node == 3)
    }

    /// Zones within a node come highest first; unpopulated zones are left out.
    @Test func zonesHighestFirst() {
        let m = Machine(layout: .x86(memoryBytes: 8 << 30))
        #expect(m.nodes[0].zonelistFallback.map { m.zones[$0].type } == [.normal, .dma32, .dma])
    }
}
