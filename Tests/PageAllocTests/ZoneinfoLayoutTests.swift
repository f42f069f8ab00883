import Testing

@testable import PageAlloc

/// Reading a /proc/zoneinfo (zoneinfo_show_print() in mm/vmstat.c, 6.18) and turning it into
/// a layout: errors name the line, the placement rule of `MachineLayout.fromZoneinfo`, and
/// the CPU count and per-node CPUs.
@Suite struct ZoneinfoLayoutTests {
    /// The fixture with line `number` (1-based) replaced by `text`.
    func fixture(replacing number: Int, with text: String) throws -> String {
        var lines = try Fixture.machine618A("zoneinfo").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        lines[number - 1] = text
        return lines.joined(separator: "\n")
    }

    /// Fixture line 56 is DMA's "        min      58"; a non-number there is reported at that
    /// line, at the column of the value.
    @Test func badNumberNamesLineAndColumn() throws {
        let text = try fixture(replacing: 56, with: "        min      5x")
        let error = #expect(throws: ProcFileError.self) { try Zoneinfo(parsing: text) }
        #expect(error?.line == 56)
        #expect(error?.column == 18)
        #expect(error?.id == "bad-number")
    }

    /// A missing field is reported where it was expected: fixture line 64 is DMA's
    /// protection line.
    @Test func missingFieldNamesTheLine() throws {
        let text = try fixture(replacing: 64, with: "        reserve: 0")
        let error = #expect(throws: ProcFileError.self) { try Zoneinfo(parsing: text) }
        #expect(error?.line == 64)
        #expect(error?.id == "expected-field")
    }

    /// A populated zone must print its counters and pagesets; an unpopulated one must not.
    /// Fixture line 199 is Movable's "        present  0"; with 5 present pages the zone would
    /// need counters after its protection line (202), so line 203 is at fault.
    @Test func populatedZonesHaveDetails() throws {
        let text = try fixture(replacing: 199, with: "        present  5")
        let error = #expect(throws: ProcFileError.self) { try Zoneinfo(parsing: text) }
        #expect(error?.line == 203)
        #expect(error?.id == "missing-zone-details")
    }

    /// Layout checks point at the line of the offending field: fixture line 62 is DMA's
    /// managed, line 1 its header.
    @Test func layoutErrorsNameTheLine() throws {
        let tooManaged = try fixture(replacing: 62, with: "        managed  4000")
        let managed = #expect(throws: ProcFileError.self) { try MachineLayout.fromZoneinfo(tooManaged) }
        #expect(managed?.line == 62)
        #expect(managed?.id == "managed-exceeds-present")
        let renamed = try fixture(replacing: 1, with: "Node 0, zone  HighMem")
        let highmem = #expect(throws: ProcFileError.self) { try MachineLayout.fromZoneinfo(renamed) }
        #expect(highmem?.line == 1)
        #expect(highmem?.id == "unknown-zone")
    }

    /// The placement rule on the real machine: DMA (start 1, present 3998, managed 3840)
    /// gets its 158 reserved pages at 1..<159; the free range cannot start at 1024 or 512 and
    /// still end by 4096, so it starts at 256: 256..<4096, exactly a PC's RAM above 1 MiB.
    /// DMA32 (start 4096, 9528 reserved) frees from 13624 rounded up to 14336, 772808 pages.
    /// Normal (start 1048576, 5177344 reserved) frees from 6225920, already 1024-aligned, to
    /// its end 6553600.
    @Test func placementRule() throws {
        let layout = try MachineLayout.fromZoneinfo(Fixture.machine618A("zoneinfo"))
        #expect(layout.nodeCount == 1)
        #expect(layout.cpuNodes == [0, 0])
        #expect(layout.zones.map(\.type) == [.dma, .dma32, .normal])
        #expect(layout.zones[0].presentRanges == [1..<159, 256..<4096])
        #expect(layout.zones[0].freeRanges == [256..<4096])
        #expect(layout.zones[1].presentRanges == [4096..<13624, 14336..<787_144])
        #expect(layout.zones[1].freeRanges == [14336..<787_144])
        #expect(layout.zones[2].presentRanges == [1_048_576..<6_553_600])
        #expect(layout.zones[2].freeRanges == [6_225_920..<6_553_600])
    }

    /// The model's own zoneinfo of a 2-node machine with CPUs round-robin (x86 layout of
    /// 8 GiB, 4 CPUs) reads back as the same zones and CPU placement, and the machine booted
    /// from it prints the same boot-time numbers (runtime counters masked).
    @Test func twoNodeRoundTrip() throws {
        let original = Machine(layout: .x86(memoryBytes: 8 << 30, nodes: 2, cpus: 4))
        let text = original.zoneinfo()
        let layout = try MachineLayout.fromZoneinfo(text)
        #expect(layout.nodeCount == 2)
        #expect(layout.cpuNodes == [0, 1, 0, 1])
        #expect(layout.zones.map(\.startPfn) == original.layout.zones.map(\.startPfn))
        #expect(layout.zones.map(\.spannedPages) == original.layout.zones.map(\.spannedPages))
        #expect(layout.zones.map(\.presentPages) == original.layout.zones.map(\.presentPages))
        #expect(layout.zones.map(\.freePages) == original.layout.zones.map(\.freePages))
        let again = Machine(layout: layout).zoneinfo()
        let mask = FixtureBootTests.masked
        #expect(again.split(separator: "\n").map(mask) == text.split(separator: "\n").map(mask))
    }

    /// zone_highsize() divides by the CPUs of the zone's node: a zoneinfo whose node 0 has
    /// 3 CPUs and node 1 one CPU (high_min = low / cpus) reads back as 3 + 1 CPUs, numbered
    /// node by node, since round-robin (2 + 2) does not reproduce high_min.
    @Test func unevenCPUsAreInferred() throws {
        var info = Machine(layout: .x86(memoryBytes: 8 << 30, nodes: 2, cpus: 4)).zoneinfoSnapshot()
        for n in info.nodes.indices {
            for z in info.nodes[n].zones.indices where info.nodes[n].zones[z].isPopulated {
                let zone = info.nodes[n].zones[z]
                let cpus = n == 0 ? 3 : 1
                for p in zone.pagesets.indices {
                    let floor = zone.pagesets[p].batch << 2
                    info.nodes[n].zones[z].pagesets[p].highMin = max(zone.low / cpus, floor)
                    info.nodes[n].zones[z].pagesets[p].highMax = max(zone.managed / 8 / cpus, floor)
                }
            }
        }
        let layout = try MachineLayout.fromZoneinfo(info.text)
        #expect(layout.cpuNodes == [0, 0, 0, 1])
        let machine = Machine(layout: layout)
        #expect(
            machine.zoneinfoSnapshot().nodes.map { $0.zones.map(\.pagesets) }
                == info.nodes.map { $0.zones.map(\.pagesets) })
    }
}
