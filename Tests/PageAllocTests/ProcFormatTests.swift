import Testing

@testable import PageAlloc

/// /proc/buddyinfo and /proc/pagetypeinfo: the real 6.18 files of Fixtures/machine-6.18-a
/// pin the printers (frag_show_print(), pagetypeinfo_showfree_print() and
/// pagetypeinfo_showblockcount_print() in mm/vmstat.c), and a freshly booted 1 GiB machine
/// whose free lists are worked out by hand checks the model's views.
@Suite struct ProcFormatTests {
    /// The real buddyinfo read into counts and printed again gives the same bytes.
    @Test func buddyinfoRoundTripsTheRealFile() throws {
        let text = try Fixture.machine618A("buddyinfo")
        let info = try Buddyinfo(parsing: text)
        #expect(info.rows.map(\.zone) == ["DMA", "DMA32", "Normal"])
        // Fixture line 2: "Node 0, zone    DMA32      2      3      0 ...    752 ".
        #expect(info.rows[1].nrFree == [2, 3, 0, 2, 3, 2, 1, 4, 4, 2, 752])
        #expect(info.text == text)
    }

    /// The real pagetypeinfo read into counts and printed again gives the same bytes; its
    /// column set is the five migratetypes of a kernel without CONFIG_CMA.
    @Test func pagetypeinfoRoundTripsTheRealFile() throws {
        let text = try Fixture.machine618A("pagetypeinfo")
        let info = try Pagetypeinfo(parsing: text)
        let node = try #require(info.nodes.first)
        #expect(node.pageblockOrder == 9)
        #expect(node.pagesPerBlock == 512)
        #expect(node.typeNames == MigrateType.allCases.map(\.name))
        // Fixture line 15: Normal Unmovable has 18 free blocks of order 4; line 24: Normal's
        // pageblocks are 53 Unmovable, 555 Movable, 32 Reclaimable.
        #expect(node.zones[2].free[MigrateType.unmovable.rawValue][4] == 18)
        #expect(node.zones[2].blocks == [53, 555, 32, 0, 0])
        #expect(info.text == text)
    }

    /// The per-order sums of pagetypeinfo's free lists are buddyinfo's nr_free: the two real
    /// files were taken together and agree, and so must the model's views.
    @Test func realPagetypeinfoAddsUpToRealBuddyinfo() throws {
        let buddy = try Buddyinfo(parsing: Fixture.machine618A("buddyinfo"))
        let types = try Pagetypeinfo(parsing: Fixture.machine618A("pagetypeinfo"))
        for (row, zone) in zip(buddy.rows, types.nodes[0].zones) {
            let sums = (0..<Kernel.nrPageOrders).map { order in zone.free.reduce(0) { $0 + $1[order] } }
            #expect(sums == row.nrFree)
        }
    }

    /// A count of 100000 or more prints as ">100000": pagetypeinfo_showfree_print() stops
    /// walking a list there.
    @Test func longFreeListsAreCapped() throws {
        let zone = Pagetypeinfo.ZoneRows(
            zone: "Normal", free: [Array(repeating: 0, count: 10) + [250_000]],
            blocks: [1])
        let info = Pagetypeinfo(nodes: [
            Pagetypeinfo.Node(
                id: 0, pageblockOrder: 9, pagesPerBlock: 512,
                typeNames: ["Movable"], zones: [zone])
        ])
        #expect(info.text.contains("      0 >100000 \n"))
        #expect(try Pagetypeinfo(parsing: info.text).nodes[0].zones[0].free[0][10] == 100_000)
    }

    /// Boot of `x86(memoryBytes: 1 << 30, cpus: 2)`, worked by hand (memblock_free_all(),
    /// spec B §7.3): DMA frees pfns 0x100..<0x1000 (the first MiB is reserved): 0x100 is
    /// order 8, 0x200 order 9, 0x400, 0x800, 0xc00 order 10. DMA32 frees 0x2000..<258048
    /// (after the kernel image at 0x1000..<0x2000, before the memmap's 8 * 512 pages at the
    /// top): 8192 is 1024-aligned, so (258048 - 8192) / 1024 = 244 blocks of order 10.
    /// Everything is MOVABLE.
    @Test func bootedMachineBuddyinfo() {
        let machine = Machine(layout: .x86(memoryBytes: 1 << 30, cpus: 2))
        #expect(
            machine.buddyinfo()
                == [
                    "Node 0, zone      DMA      0      0      0      0      0      0      0      0      1      1      3 \n",
                    "Node 0, zone    DMA32      0      0      0      0      0      0      0      0      0      0    244 \n",
                ].joined())
    }

    /// The same machine's pagetypeinfo: the free blocks all on the Movable lists; the block
    /// walk from DMA's start_pfn 1 in steps of 512 visits 8 pfns, DMA32's from 4096 to 262144
    /// visits (262144 - 4096) / 512 = 504, all in online sections and all MOVABLE.
    @Test func bootedMachinePagetypeinfo() throws {
        let machine = Machine(layout: .x86(memoryBytes: 1 << 30, cpus: 2))
        let text = machine.pagetypeinfo()
        let info = try Pagetypeinfo(parsing: text)
        let zones = try #require(info.nodes.first?.zones)
        #expect(zones.map(\.zone) == ["DMA", "DMA32"])
        #expect(zones[0].free[MigrateType.movable.rawValue] == [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 3])
        #expect(zones[1].free[MigrateType.movable.rawValue] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 244])
        #expect(zones[0].blocks == [0, 8, 0, 0, 0])
        #expect(zones[1].blocks == [0, 504, 0, 0, 0])
        #expect(
            text.hasSuffix(
                [
                    "Number of blocks type     Unmovable      Movable  Reclaimable   HighAtomic      Isolate \n",
                    "Node 0, zone      DMA            0            8            0            0            0 \n",
                    "Node 0, zone    DMA32            0          504            0            0            0 \n",
                ].joined()))
    }

    /// pfn_to_online_page() (mm/memory_hotplug.c) per 128 MiB section: on a 24 GiB PC (the
    /// real machine's DMA32 geometry) the PCI hole from 3 GiB to 4 GiB is eight whole
    /// sections without memory, so DMA32's block walk counts only its (0xc0000 - 0x1000) /
    /// 512 = 1528 blocks below the hole, as the real machine's pagetypeinfo does for the same
    /// DMA32 (fixture line 23: 1528).
    @Test func pciHoleHasNoOnlinePages() {
        let layout = MachineLayout.x86(memoryBytes: 24 << 30, cpus: 2)
        let machine = Machine(layout: layout)
        #expect(!machine.pfnToOnlinePage(0xc0000))
        #expect(machine.pfnToOnlinePage(0xbffff))
        let dma32 = machine.pagetypeinfoSnapshot().nodes[0].zones[1]
        #expect(dma32.blocks.reduce(0, +) == 1528)
    }
}
