import Foundation
import PageAlloc
import Testing

/// Machines in known states for the diagram tests.
enum TestMachines {
    /// The flat index of node 0's Normal zone.
    static let normal = Machine.zoneIndex(node: 0, type: .normal)

    /// A 16 MiB Normal zone at 4 GiB (pfn 0x100000), just booted: four free order-10 Movable
    /// blocks, 0x100000 first.
    static func small() -> Machine { Machine(layout: .contiguous(zones: [(.normal, 4096)])) }

    /// A 100-page DMA zone at pfn 0: boot frees it as blocks of order 6 (0x0), 5 (0x40) and
    /// 2 (0x60), the largest aligned blocks that fit; pfns 0x64 on belong to no zone.
    static func tinyDMA() -> Machine { Machine(layout: .contiguous(zones: [(.dma, 100)])) }

    /// `small()` after one order-4 Movable allocation, which splits the order-10 block at
    /// 0x100000 and returns its first 16 pages; with the free-list events it recorded.
    static func smallAfterOrder4() throws -> (events: [FreeListEvent], after: Machine, pfn: Int) {
        var after = small()
        var pfn = 0
        let events = try recording(&after) { pfn = try $0.mustAlloc(.highuserMovable, order: 4) }
        return (events, after, pfn)
    }

    /// The free-list events `body` records on `machine`.
    static func recording(_ machine: inout Machine, _ body: (inout Machine) throws -> Void) rethrows
        -> [FreeListEvent]
    {
        machine.recordingFreeLists = true
        machine.clearFreeListEvents()
        try body(&machine)
        machine.recordingFreeLists = false
        return machine.freeListEvents
    }

    /// `value` after a round trip through JSON: what a stored result gives back.
    static func roundTripped<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(value))
    }

    /// A two-CPU machine with 32 MiB of DMA32 and 64 MiB of Normal after a mix of
    /// allocations: kernel and reclaimable pages (which claim pageblocks for their types), an
    /// order-2 compound page at 0x100800 (whose per-CPU refill leaves the order-2 block at
    /// 0x100804 on CPU 0's list), a transparent huge page at 0x100a00, and Movable order-3
    /// blocks of which every other one is freed again.
    static func busy() throws -> Machine {
        var m = Machine(layout: .contiguous(zones: [(.dma32, 8192), (.normal, 16384)], cpus: 2))
        for _ in 0..<3 { try m.mustAlloc(.kernel, order: 0) }
        try m.mustAlloc([.kernel, .reclaimable], order: 0)
        try m.mustAlloc([.highuserMovable, .comp], order: 2)
        m.currentCPU = 1
        try m.mustAlloc(.transhuge, order: 9)
        var blocks: [Int] = []
        for _ in 0..<12 { blocks.append(try m.mustAlloc(.highuserMovable, order: 3)) }
        for (i, pfn) in blocks.enumerated() where i % 2 == 0 { m.freePages(pfn, order: 3) }
        m.currentCPU = 0
        return m
    }
}
