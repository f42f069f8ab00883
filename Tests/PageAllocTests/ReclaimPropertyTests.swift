import Testing

@testable import PageAlloc

/// From a fragmented start, random allocations that become clean or dirty page cache, frees,
/// whole-zone and per-order
/// compaction, hugetlb pool resizes and huge page use, under enough memory pressure to run
/// kswapd, direct reclaim, direct compaction and the OOM path, with every invariant of
/// `Machine.checkInvariants()` checked after each operation. Page-cache folios are removed from
/// the cache (`filemapRemoveFolio`) rather than freed, since they hold the cache's references.
@Suite struct ReclaimPropertyTests {
    static let masks: [GFP] = [
        .kernel, .highuserMovable, .highuserMovable, .atomic, [.highuserMovable, .comp], .nowait, [.kernel, .noretry],
    ]

    @Test(arguments: [UInt64(11), 12])
    func invariantsHoldWithPageCacheCompactionAndHugetlb(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var m = Machine(layout: .contiguous(zones: [(.dma32, 2048), (.normal, 4096)], cpus: 2))
        var live: [(pfn: Int, order: Int)] = []
        // Start fragmented: every page allocated, then each page made clean or dirty page cache,
        // kept, or freed at random.
        for pfn in m.fill(Machine.fillMovable, order: 0, count: 6144) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<3: m.markPageCache(pfn, order: 0, dirty: false)
            case 3..<5: m.markPageCache(pfn, order: 0, dirty: true)
            case 5..<6: live.append((pfn, 0))
            default: m.freePages(pfn, order: 0)
            }
        }
        #expect(m.checkInvariants() == [])
        for step in 0..<PropertyRun.steps(long: 1500, short: 400) {
            let roll = Int.random(in: 0..<100, using: &rng)
            if roll < 50 {
                let gfp = Self.masks.randomElement(using: &rng)!
                let order = [0, 0, 0, 0, 0, 1, 2, 3, 4, 9].randomElement(using: &rng)!
                if let pfn = m.allocPages(gfp, order: order) {
                    let cache = gfp.contains(.movable) && Bool.random(using: &rng)
                    if !(cache && m.markPageCache(pfn, order: order, dirty: Bool.random(using: &rng))) {
                        live.append((pfn, order))
                    }
                }
            } else if roll < 70, !live.isEmpty {
                let victim = live.remove(at: Int.random(in: 0..<live.count, using: &rng))
                m.freePages(victim.pfn, order: victim.order)
            } else if roll < 85 {
                let folios = m.pageCacheFolios(node: 0)
                if let pfn = folios.randomElement(using: &rng) { m.filemapRemoveFolio(pfn) }
            } else if roll < 88 {
                let z = Machine.zoneIndex(node: 0, type: Bool.random(using: &rng) ? .normal : .dma32)
                _ = m.compactZone(z, order: Bool.random(using: &rng) ? nil : Int.random(in: 1...9, using: &rng))
            } else if roll < 91 {
                m.setMaxHugePages(Int.random(in: 0...3, using: &rng))
            } else if roll < 95 {
                if Bool.random(using: &rng) {
                    _ = m.allocHugetlbFolio()
                } else if let pfn = m.hstates[0].hugepageActivelist.first {
                    m.freeHugeFolio(pfn)
                }
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
        for pfn in m.pageCacheFolios(node: 0) { m.filemapRemoveFolio(pfn) }
        for pfn in m.hstates[0].hugepageActivelist { m.freeHugeFolio(pfn) }
        m.setMaxHugePages(0)
        m.drainAllPages()
        #expect(m.checkInvariants() == [])
        for zone in m.zones where zone.isPopulated { #expect(zone.freePages == zone.managedPages) }
    }
}
