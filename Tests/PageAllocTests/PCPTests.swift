import Testing

@testable import PageAlloc

/// Per-CPU lists on a fresh 1 GiB ZONE_NORMAL (262144 pages, one CPU), following
/// `rmqueue_pcplist()`, `nr_pcp_alloc()`, `rmqueue_bulk()`, `free_frozen_page_commit()` and
/// `free_pcppages_bulk()` (mm/page_alloc.c, Linux 6.18).
///
/// Sizing by hand: `zone_batchsize()`: min(262144 >> 10, 256) / 4 = 64, 64 + 32 = 96,
/// rounddown_pow_of_two(96) - 1 = 63. min_free_kbytes: int_sqrt(1048576 * 16) = 4096 KiB, then
/// khugepaged's 512 * 1 * 11 = 5632 pages (under the 5% cap) = 22528 KiB → pages_min 5632,
/// step max(5632 / 4, 262144 * 10 / 10000) = 1408 → low 7040, high 8448.
/// `zone_highsize()`: high_min = 7040 / 1 CPU = 7040, high_max = 262144 / 8 = 32768.
@Suite struct PCPTests {
    static func oneGiB() -> Machine { Machine(layout: .contiguous(zones: [(.normal, 262_144)])) }
    static let base = 0x100000
    static let z = Machine.zoneIndex(node: 0, type: .normal)

    @Test func sizing() {
        let m = Self.oneGiB()
        let pcp = m.zones[pcp: Self.z, cpu: 0]
        #expect(m.sysctl.minFreeKbytes == 22528)
        #expect(m.zones[Self.z].watermark == [5632, 7040, 8448, 9856])
        #expect(pcp.batch == 63)
        #expect(pcp.highMin == 7040)
        #expect(pcp.highMax == 32768)
        #expect(pcp.high == 0)
    }

    @Test func firstOrder0AllocationRefillsOneBatchAndReturnsTheLowestPfn() throws {
        var m = Self.oneGiB()
        m.tracing = true
        let pfn = try m.mustAlloc(.highuserMovable, order: 0)
        // nr_pcp_alloc(): batch 63 << alloc_factor 0 = 63; max_nr_alloc = max(high - 0 - 63, 63)
        // >= 63, so alloc_factor becomes 1; high grows to min(7040 + 63, 32768).
        #expect(pfn == Self.base)
        let pcp = m.zones[pcp: Self.z, cpu: 0]
        #expect(pcp.count == 62)
        #expect(pcp.allocFactor == 1)
        #expect(pcp.high == 7103)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == Array((Self.base + 1)...(Self.base + 62)))
        // 63 pages out of the first order-10 block: what is left of [base, base+64) is base+63;
        // the upper halves base+64 (o6) ... base+512 (o9) stay.
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal      1      0      0      0      0      0      1      1      1      1    255 \n"
        )
        #expect(m.freeList(.normal, order: 0, .movable) == [Self.base + 63])
        let locked = m.trace.compactMap { record -> Int? in
            if case .pageAllocZoneLocked(let p, 0, 1, true) = record.event { return p } else { return nil }
        }
        #expect(locked == Array(Self.base...(Self.base + 62)))
        #expect(m.trace.last?.event == .pageAlloc(pfn: Self.base, order: 0, gfp: .highuserMovable, migratetype: 1))
    }

    @Test func freedPageGoesBackFirstAndDrainMergesToOrder10() throws {
        var m = Self.oneGiB()
        let pfn = try m.mustAlloc(.highuserMovable, order: 0)
        m.freePages(pfn, order: 0)
        // LIFO: the freed page is first on the list; 63 pages < high, so nothing is flushed.
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable) == Array(Self.base...(Self.base + 62)))
        #expect(m.zones[pcp: Self.z, cpu: 0].count == 63)
        #expect(try m.mustAlloc(.highuserMovable, order: 0) == Self.base)
        m.freePages(Self.base, order: 0)
        m.tracing = true
        m.drainLocalPages()
        // free_pcppages_bulk() takes from the tail: base+62 first, base last.
        let drained = m.trace.compactMap { record -> Int? in
            if case .pagePcpuDrain(let p, 0, 1) = record.event { return p } else { return nil }
        }
        #expect(drained == Array((Self.base...(Self.base + 62)).reversed()))
        #expect(
            m.buddyinfo()
                == "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0    256 \n"
        )
        #expect(m.freeList(.normal, order: 10, .movable).first == Self.base)
        #expect(m.zones[Self.z].freePages == 262_144)
    }

    @Test func unmovableOrder0UsesItsOwnList() throws {
        var m = Self.oneGiB()
        _ = try m.mustAlloc(.highuserMovable, order: 0)
        _ = try m.mustAlloc(.kernel, order: 0)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).count == 62)
        #expect(!m.pcpList(.normal, cpu: 0, order: 0, .unmovable).isEmpty)
    }

    /// `decay_pcp_high()`: high = max3(count - (batch << 5), high - high / 8, high_min) =
    /// max3(62 - 2016, 7103 - 887, 7040) = 7040; count 62 is below it, so nothing is freed.
    @Test func vmstatUpdateDecaysHighTowardsHighMin() throws {
        var m = Self.oneGiB()
        _ = try m.mustAlloc(.highuserMovable, order: 0)
        m.vmstatUpdate()
        #expect(m.zones[pcp: Self.z, cpu: 0].high == 7040)
        #expect(m.zones[pcp: Self.z, cpu: 0].count == 62)
    }
}
