import Testing

@testable import PageAlloc

/// The model booted on the layout of the real Linux 6.18.44 machine of
/// Fixtures/machine-6.18-a (2 CPUs, one node, THP madvise, memory hot-plugged into Normal).
enum FixtureMachine {
    /// The fixture's /proc/zoneinfo, parsed, and the machine booted from it.
    static let booted: Result<(text: String, info: Zoneinfo, machine: Machine), any Error> = Result {
        let text = try Fixture.machine618A("zoneinfo")
        let machine = Machine(layout: try MachineLayout.fromZoneinfo(text), thp: true)
        return (text, try Zoneinfo(parsing: text), machine)
    }
}

/// What boot derives from the zone sizes alone (min_free_kbytes, watermarks, lowmem reserves,
/// per-CPU batch and high limits, vmstat thresholds) against what the real 6.18 machine
/// printed in Fixtures/machine-6.18-a/zoneinfo (line numbers below are that file's).
@Suite struct FixtureBootTests {
    /// One zone's boot-time numbers as the fixture prints them.
    struct Expected: Sendable, CustomTestStringConvertible {
        var type: ZoneType
        var spanned, present, managed: Int
        var watermarks: [Int]
        var protection: [Int]
        var batch, highMin, highMax, threshold: Int
        var testDescription: String { type.name }
    }

    /// Copied from the fixture: DMA lines 56-64 and 82-96, DMA32 lines 102-142, Normal lines
    /// 148-188, Movable lines 194-202, Device lines 206-214.
    static let expected: [Expected] = [
        Expected(
            type: .dma, spanned: 4095, present: 3998, managed: 3840, watermarks: [58, 72, 86, 100],
            protection: [0, 3018, 4298, 4298, 4298], batch: 1, highMin: 36, highMax: 240, threshold: 4),
        Expected(
            type: .dma32, spanned: 1_044_480, present: 782_336, managed: 772_808,
            watermarks: [11823, 14778, 17733, 20688], protection: [0, 0, 1280, 1280, 1280], batch: 63,
            highMin: 7389, highMax: 48300, threshold: 24),
        Expected(
            type: .normal, spanned: 5_505_024, present: 5_505_024, managed: 327_680,
            watermarks: [5013, 6266, 7519, 8772], protection: [0, 0, 0, 0, 0], batch: 63, highMin: 3133,
            highMax: 20480, threshold: 20),
        Expected(
            type: .movable, spanned: 0, present: 0, managed: 0, watermarks: [32, 32, 32, 32],
            protection: [0, 0, 0, 0, 0], batch: 0, highMin: 0, highMax: 0, threshold: 0),
        Expected(
            type: .device, spanned: 0, present: 0, managed: 0, watermarks: [0, 0, 0, 0],
            protection: [0, 0, 0, 0, 0], batch: 0, highMin: 0, highMax: 0, threshold: 0),
    ]

    /// sysctl-vm.txt: min_free_kbytes 67584. khugepaged's set_recommended_min_free_kbytes()
    /// (mm/khugepaged.c, 6.18) with 3 populated zones up to Normal: 512*3*2 + 512*3*3*3 =
    /// 3072 + 13824 = 16896 pages, below the 5% cap (about 1.1M free buffer pages / 20), and
    /// 16896 << 2 = 67584 KiB, above calculate_min_free_kbytes()'s int_sqrt(1104328*4*16) =
    /// 8406.
    @Test func minFreeKbytesIsTheTHPRecommendation() throws {
        let machine = try FixtureMachine.booted.get().machine
        #expect(machine.sysctl.minFreeKbytes == 67584)
    }

    /// __setup_per_zone_wmarks() and setup_per_zone_lowmem_reserve() (mm/page_alloc.c),
    /// zone_set_pageset_high_and_batch() and calculate_normal_threshold() (mm/vmstat.c),
    /// against the fixture. Worked for DMA: pages_min = 67584 >> 2 = 16896, lowmem pages =
    /// 3840 + 772808 + 327680 = 1104328; min = 16896*3840/1104328 = 58; step = max(58>>2,
    /// 3840*10/10000) = 14, so 72/86/100. Protection: 772808/256 = 3018, (772808+327680)/256 =
    /// 4298. Batch: 3840>>10 = 3, /4 = 0 -> 1, rounddown_pow_of_two(1)-1 = 0 -> 1; high_min =
    /// max(72/2, 4) = 36, high_max = max(3840/8/2, 4) = 240; threshold 2*fls(2)*(1+fls(0)) = 4.
    @Test(arguments: expected) func zoneMatchesTheRealMachine(_ want: Expected) throws {
        let machine = try FixtureMachine.booted.get().machine
        let z = Machine.zoneIndex(node: 0, type: want.type)
        let zone = machine.zones[z]
        #expect(zone.spannedPages == want.spanned)
        #expect(zone.presentPages == want.present)
        #expect(zone.managedPages == want.managed)
        #expect(WatermarkLevel.allCases.map { zone.watermarkPages($0) } == want.watermarks)
        #expect(zone.lowmemReserve == want.protection)
        guard zone.isPopulated else { return }
        #expect(machine.zones.cpuCount == 2)
        for pcp in machine.zones.pcps(of: z) {
            #expect(pcp.batch == want.batch)
            #expect(pcp.highMin == want.highMin)
            #expect(pcp.highMax == want.highMax)
        }
        #expect(machine.calculateNormalThreshold(zone: z) == want.threshold)
    }

    /// Every boot-determined number of every zone, taken from the parsed fixture rather than
    /// the table above: the same check with the parser in the loop.
    @Test func everyParsedZoneMatches() throws {
        let (_, info, machine) = try FixtureMachine.booted.get()
        let ours = machine.zoneinfoSnapshot()
        #expect(ours.nodes.count == info.nodes.count)
        for (real, model) in zip(info.nodes[0].zones, ours.nodes[0].zones) {
            #expect(model.name == real.name)
            #expect([model.min, model.low, model.high, model.promo] == [real.min, real.low, real.high, real.promo])
            #expect([model.spanned, model.present, model.managed] == [real.spanned, real.present, real.managed])
            #expect(model.protection == real.protection)
            #expect(model.startPfn == real.startPfn)
            #expect(model.pagesets.map(\.cpu) == real.pagesets.map(\.cpu))
            for (a, b) in zip(model.pagesets, real.pagesets) {
                #expect(
                    [a.batch, a.highMin, a.highMax, a.statThreshold]
                        == [b.batch, b.highMin, b.highMax, b.statThreshold])
            }
        }
    }

    /// zoneinfo_show_print() (mm/vmstat.c): the model's /proc/zoneinfo against the real file,
    /// line by line, with only the values of runtime counters masked (per-node and zone
    /// counters, `pages free`, a pageset's `count` and `high`): every name, width, watermark,
    /// protection list, batch, high_min, high_max, threshold and start_pfn must be identical.
    @Test func zoneinfoTextMatchesTheRealFileByteForByte() throws {
        let (text, _, machine) = try FixtureMachine.booted.get()
        let real = text.split(separator: "\n", omittingEmptySubsequences: false).map(Self.masked)
        let ours = machine.zoneinfo().split(separator: "\n", omittingEmptySubsequences: false).map(Self.masked)
        #expect(ours.count == real.count)
        for (number, (a, b)) in zip(ours, real).enumerated() where a != b {
            Issue.record("line \(number + 1): model '\(a)' real '\(b)'")
        }
    }

    /// The real file read and printed again is the same bytes: the printer is pinned by it.
    @Test func zoneinfoRoundTripsTheRealFile() throws {
        let (text, info, _) = try FixtureMachine.booted.get()
        #expect(info.text == text)
    }

    /// A line with its runtime value replaced by `#`: counter lines (six-space indent),
    /// `pages free`, and a pageset's `count:` and `high:`.
    static func masked(_ line: Substring) -> String {
        let dynamic =
            line.hasPrefix("      ") && !line.hasPrefix("       ")
            || line.hasPrefix("  pages free ")
            || line.hasPrefix("              count:")
            || line.hasPrefix("              high:")
        guard dynamic, let space = line.lastIndex(of: " ") else { return String(line) }
        return String(line[...space]) + "#"
    }
}
