import Testing

@testable import PageAlloc

/// Random allocations, frees, drains and CPU switches with every invariant of
/// `Machine.checkInvariants()` checked after each operation.
@Suite struct PropertyTests {
    static let masks: [GFP] = [
        .kernel, .highuserMovable, .atomic, [.kernel, .reclaimable], .nowait, [.kernel, .comp],
        [.highuserMovable, .comp], [.atomic, .nowarn], .dma32, [.kernel, .dma32],
    ]

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func invariantsHoldUnderRandomOperations(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var m = Machine(layout: .contiguous(zones: [(.dma32, 4096), (.normal, 8192)], cpus: 2))
        var live: [(pfn: Int, order: Int)] = []
        let operations = PropertyRun.steps(long: 20_000, short: 2_000)
        for step in 0..<operations {
            let roll = Int.random(in: 0..<100, using: &rng)
            if roll < 55 {
                let gfp = Self.masks.randomElement(using: &rng)!
                let order = [0, 0, 0, 0, 1, 1, 2, 3, 3, 4, 5, 9, 10].randomElement(using: &rng)!
                if let pfn = m.allocPages(gfp, order: order) { live.append((pfn, order)) }
            } else if roll < 95, !live.isEmpty {
                let victim = live.remove(at: Int.random(in: 0..<live.count, using: &rng))
                m.freePages(victim.pfn, order: victim.order)
            } else if roll < 97 {
                m.drainAllPages()
            } else {
                m.currentCPU = Int.random(in: 0..<m.cpuCount, using: &rng)
            }
            if PropertyRun.checksInvariants(at: step) {
                guard m.invariantsHold(seed: seed, step: step) else { return }
            }
        }
        for block in live { m.freePages(block.pfn, order: block.order) }
        m.drainAllPages()
        #expect(m.checkInvariants() == [])
        for zone in m.zones where zone.isPopulated { #expect(zone.freePages == zone.managedPages) }
    }
}
