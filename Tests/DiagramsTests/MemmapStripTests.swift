import PageAlloc
import Testing

@testable import Diagrams

/// The page strip: free blocks, allocations, compound pages, per-CPU pages and holes.
@Suite struct MemmapStripTests {
    /// After the order-4 split, 0x100000-0x10000f are allocated (the head holds the
    /// reference), then come the free halves of orders 4 and 5.
    @Test func showsASplitBlock() throws {
        let strip = MemmapStrip(machine: try TestMachines.smallAfterOrder4().after, pfn: 0x100000, order: 6)
        #expect(strip.startPfn == 0x100000 && strip.pages.count == 64)
        #expect(strip.pages[0] == .allocated(refcount: 1))
        #expect(strip.pages[15] == .allocated(refcount: 0))
        #expect(strip.pages[16] == .free(head: 0x100010, order: 4, migratetype: .movable))
        #expect(strip.pages[63] == .free(head: 0x100020, order: 5, migratetype: .movable))
        #expect(
            strip.text().hasPrefix(
                """
                Pages 0x100000-0x10003f around pfn 0x100000
                0x100000 \(String(repeating: "#", count: 16))4\(String(repeating: "-", count: 15))5\(String(repeating: "-", count: 31))
                         ^ 0x100000

                """))
        #expect(strip.spans.count == 3, "the allocated block, and one span per free block")
    }

    /// A window of `MAX_PAGE_ORDER` holds the whole order-10 block the order-4 split came from:
    /// the 16 allocated pages, then one free half of each order from 4 to 9, as `expand()`
    /// (mm/page_alloc.c) leaves them.
    @Test func showsEveryHalfOfASplit() throws {
        let strip = MemmapStrip(machine: try TestMachines.smallAfterOrder4().after, pfn: 0x100000, order: 10)
        #expect(strip.startPfn == 0x100000 && strip.pages.count == 1024)
        for order in 4...9 {
            let head = 0x100000 + (1 << order)
            #expect(strip.pages[head - 0x100000] == .free(head: head, order: order, migratetype: .movable))
        }
        #expect(strip.spans.count == 7, "the allocated block, and one span per free half")
        #expect(strip.text().split(separator: "\n").count == 1 + 16 + 1 + 2, "title, 16 rows, caret, legend")
    }

    /// A free block larger than the window is shown from the window's start.
    @Test func clipsABlockLargerThanTheWindow() {
        let strip = MemmapStrip(machine: TestMachines.small(), pfn: 0x100432, order: 4)
        #expect(strip.startPfn == 0x100430)
        #expect(strip.pages.allSatisfy { $0 == .free(head: 0x100400, order: 10, migratetype: .movable) })
        #expect(strip.text().contains("0x100430 a---------------\n"))
    }

    /// A compound allocation of order 4 takes the order-4 block at 0x100010, the smallest that
    /// fits, and marks its head and tails.
    @Test func showsACompoundPage() throws {
        var machine = try TestMachines.smallAfterOrder4().after
        #expect(try machine.mustAlloc([.highuserMovable, .comp], order: 4) == 0x100010)
        let strip = MemmapStrip(machine: machine, pfn: 0x100010, order: 6)
        #expect(strip.pages[16] == .compoundHead(order: 4))
        #expect(strip.pages[17...31].allSatisfy { $0 == .compoundTail(head: 0x100010) })
        #expect(strip.text().contains("C\(String(repeating: "c", count: 15))5"))
        #expect(strip.svg().contains(#"<rect class="mmd-head""#))
    }

    /// A freed order-0 page goes first on the per-CPU list of its pageblock's type
    /// (`free_frozen_page_commit()`), and stays there while the list is under its high mark.
    @Test func showsPagesOnPerCPULists() throws {
        var machine = try TestMachines.busy()
        #expect(machine.zones[pcp: TestMachines.normal, cpu: 0].high > 1)
        machine.freePages(0x100001, order: 0)
        let strip = MemmapStrip(machine: machine, pfn: 0x100000, order: 6)
        #expect(strip.pages[0] == .allocated(refcount: 1))
        #expect(strip.pages[1] == .perCPU(head: 0x100001, order: 0, cpu: 0, migratetype: .unmovable))
        #expect(strip.text().split(separator: "\n")[1].hasPrefix("0x100000 #P#"))
        #expect(strip.svg().contains(#"class="mmd-pcp mmd-mt-unmovable""#))
    }

    /// The 100-page DMA zone ends at 0x64: boot freed orders 6, 5 and 2; the rest is no zone.
    @Test func showsHolesAndClampsTheWindow() {
        let strip = MemmapStrip(machine: TestMachines.tinyDMA(), pfn: 0, order: 7)
        #expect(
            strip.text() == """
                Pages 0x0-0x7f around pfn 0x0
                 0x0 6\(String(repeating: "-", count: 63))
                     ^ 0x0
                0x40 5\(String(repeating: "-", count: 31))2---\(String(repeating: ".", count: 28))
                0-9 a: free block of that order, - its other pages; P p: per-CPU list block;
                C c: compound head, tail; #: allocated; R: reserved; .: no zone

                """)
        #expect(
            MemmapStrip(machine: TestMachines.tinyDMA(), pfn: 0x2345, order: 20).pages.count == 1
                << MemmapStrip.maxOrder)
        let beyond = MemmapStrip(machine: TestMachines.small(), pfn: 0x200000, order: 3)
        #expect(beyond.pages.allSatisfy { $0 == .hole })
    }
}
