import Testing

@testable import PageAlloc

/// Unmovable order-0 allocations on a fresh machine, and a movable allocation that can only
/// steal, following `rmqueue_pcplist()`, `__rmqueue()`, `__rmqueue_claim()`,
/// `should_try_claim_block()`, `__rmqueue_steal()` and `__free_one_page()` (mm/page_alloc.c,
/// Linux 6.18), worked by hand.
@Suite struct StealTests {
    /// GFP_KERNEL order 0 on a fresh 1 GiB ZONE_NORMAL (batch 63): no Unmovable block exists, so
    /// the first `__rmqueue()` of the refill claims (ALLOC_NOFRAGMENT: orders 10..9) the first
    /// order-10 Movable block whole, retypes its two pageblocks and splits it on the Unmovable
    /// lists; the mode goes back to NORMAL and the other 62 come from the same block. The caller
    /// gets the first pfn; the buddy keeps base+63 (o0) and base+64 ... base+512 (o6-o9), now
    /// Unmovable.
    @Test func firstUnmovableOrder0AllocationClaimsAnOrder10Block() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 262_144)]))
        m.tracing = true
        let base = 0x100000
        #expect(try m.mustAlloc(.kernel, order: 0) == base)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .unmovable) == Array((base + 1)...(base + 62)))
        #expect(m.pageblockMigratetype(base) == .unmovable && m.pageblockMigratetype(base + 512) == .unmovable)
        #expect(m.freeList(.normal, order: 0, .unmovable) == [base + 63])
        for k in 6...9 { #expect(m.freeList(.normal, order: k, .unmovable) == [base + (1 << k)]) }
        #expect(m.freeList(.normal, order: 10, .movable).count == 255)
        let extfrag = m.trace.filter { if case .pageAllocExtfrag = $0.event { true } else { false } }
        #expect(
            extfrag.map(\.event) == [
                .pageAllocExtfrag(
                    pfn: base, allocOrder: 0, fallbackOrder: 10, allocMigratetype: 0,
                    fallbackMigratetype: 1, changeOwnership: true)
            ])
    }

    /// A 32 MiB zone (batch 1; min_free_kbytes: int_sqrt(32768 * 16) = 724 KiB = 181 pages, THP
    /// off below 512 MiB so khugepaged does not raise it (mm/huge_memory.c:935) → min 181,
    /// step max(45, 8) = 45, low 226, high 271).
    /// 1. 128 GFP_KERNEL order-3 allocations fill the first order-10 block (claimed Unmovable).
    /// 2. Every other one is freed and the lists drained: 64 free order-3 blocks, none with a
    ///    free buddy, in Unmovable pageblocks; each reached the buddy after the previous one and
    ///    went to the head of the list (buddy_merge_likely() is false: the order-4 buddy is never
    ///    a free order-4 block), so the last freed, base+0x3f0, is first.
    /// 3. Seven order-10 Movable allocations empty the Movable lists (free 1536 - 1023 > 495).
    /// 4. An order-0 Movable allocation: 512 free pages > low 226. The first pass
    ///    (ALLOC_NOFRAGMENT) finds no whole pageblock to claim and may not steal; the second
    ///    pass's claim loop finds nothing at orders 10..4 and stops at order 3
    ///    (should_try_claim_block(3, Movable) is false); `__rmqueue_steal()` takes the first
    ///    order-3 Unmovable block, leaves the remainders on the Unmovable lists and keeps the
    ///    pageblock Unmovable (change_ownership 0, fragmenting 1). The refill asks for 2 pages,
    ///    not 1: the failed first pass already ran `nr_pcp_alloc()`, which raised alloc_factor to
    ///    1, so the second pass's batch is 1 << 1 = 2. `rmqueue_bulk()` keeps the STEAL mode for
    ///    its second page and steals the order-0 remainder at base+0x3f1 too.
    @Test func smallMovableRequestStealsWithoutChangingThePageblock() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 8192)]))
        let base = 0x100000
        #expect(m.zones[Machine.zoneIndex(node: 0, type: .normal)].watermark == [181, 226, 271, 316])
        var blocks: [Int] = []
        for _ in 0..<128 { blocks.append(try m.mustAlloc(.kernel, order: 3)) }
        #expect(blocks == Array(stride(from: base, to: base + 1024, by: 8)))
        for (i, pfn) in blocks.enumerated() where i % 2 == 0 { m.freePages(pfn, order: 3) }
        m.drainAllPages()
        let freeBlocks = m.freeList(.normal, order: 3, .unmovable)
        #expect(freeBlocks.count == 64)
        #expect(freeBlocks.first == base + 0x3f0)
        for _ in 0..<7 { _ = try m.mustAlloc(.highuserMovable, order: 10) }
        #expect((0...10).allSatisfy { m.freeList(.normal, order: $0, .movable).isEmpty })
        m.tracing = true
        #expect(try m.mustAlloc(.highuserMovable, order: 0) == base + 0x3f0)
        #expect(m.pageblockMigratetype(base + 0x3f0) == .unmovable)
        #expect(m.freeList(.normal, order: 2, .unmovable) == [base + 0x3f4])
        #expect(m.freeList(.normal, order: 1, .unmovable) == [base + 0x3f2])
        #expect(m.freeList(.normal, order: 0, .unmovable) == [])
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == [base + 0x3f1])
        #expect(m.zones[pcp: Machine.zoneIndex(node: 0, type: .normal), cpu: 0].allocFactor == 2)
        let extfrag = m.trace.filter { if case .pageAllocExtfrag = $0.event { true } else { false } }
        #expect(
            extfrag.map(\.event) == [
                .pageAllocExtfrag(
                    pfn: base + 0x3f0, allocOrder: 0, fallbackOrder: 3, allocMigratetype: 1,
                    fallbackMigratetype: 0, changeOwnership: false),
                .pageAllocExtfrag(
                    pfn: base + 0x3f1, allocOrder: 0, fallbackOrder: 0, allocMigratetype: 1,
                    fallbackMigratetype: 0, changeOwnership: false),
            ])
        #expect(m.checkInvariants() == [])
    }
}
