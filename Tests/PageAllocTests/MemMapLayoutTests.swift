import Testing

@testable import PageAlloc

/// The compact memmap and the machine-size limit of issue 12: the list heads a zone embeds
/// have the kernel's counts, compound_head survives being kept in the list links, and the
/// model's 1 TiB limit is stated with the memory it would need.
@Suite struct MemMapLayoutTests {
    @Test func embeddedListHeadsHaveTheKernelsCounts() {
        #expect(FreeArea().freeList.count == MigrateType.count)  // free_list[MIGRATE_TYPES]
        #expect(PerCPUPages().lists.count == PerCPUPages.listCount)  // lists[NR_PCP_LISTS]
    }

    @Test func compoundHeadLivesInTheTailsLinksAndIsClearedOnFree() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let allocated = m.allocPages([.kernel, .comp], order: 3)
        let head = try #require(allocated)
        for tail in (head + 1)..<(head + 8) {
            #expect(m.memmap.isTail(tail) && m.memmap.compoundHead[tail] == head << 1 | 1)
        }
        #expect(!m.memmap.isTail(head) && m.memmap.compoundHead[head] == 0)
        m.freePages(head, order: 3)
        for page in head..<(head + 8) { #expect(m.memmap.compoundHead[page] == 0) }
        #expect(m.checkInvariants().isEmpty)
    }

    /// The clean-block tests of `check_new_pages()` and `free_pages_prepare()` read the words
    /// of four pages at a time: whatever page of a block holds the fault, and whichever word
    /// holds it, a range holding that page is not clean (`tailsNeedNoPrep`), and the
    /// page-by-page search of `page_expected_state()` (mm/page_alloc.c) names the page when the
    /// fault is one of its own; list links (`lru.prev` whole, `lru.next` but for a tail page's
    /// head) are no fault.
    @Test func everyPageOfABlockIsCheckedWhateverItsPlaceInTheBlock() {
        let block = 32..<64
        let faults: [(name: String, expectedState: Bool, set: (inout MemMap, Int) -> Void)] = [
            ("flag", true, { m, pfn in m.flags[pfn].insert(.lru) }),
            ("refcount", true, { m, pfn in m.refcount[pfn] = 1 }),
            ("negative refcount", true, { m, pfn in m.refcount[pfn] = -1 }),
            ("mapcount", true, { m, pfn in m.pageType[pfn] = 0 }),
            ("page type", true, { m, pfn in m.pageType[pfn] = MemMap.pageTypeBuddy }),
            ("tail page (TAIL_MAPPING)", true, { m, pfn in m.links[pfn] = PageLinks(tailOf: 7) }),
            ("pcp block", false, { m, pfn in m.pcpOrder[pfn] = 0 }),
        ]
        for fault in faults {
            for pfn in block {
                var m = MemMap(pageCount: 128)
                fault.set(&m, pfn)
                for range in [block, (pfn + 1)..<block.upperBound, block.lowerBound..<pfn, pfn..<(pfn + 3)] {
                    let holds = range.contains(pfn)
                    #expect(m.tailsNeedNoPrep(range) == !holds, "\(fault.name) at \(pfn) in \(range)")
                    let found = m.firstUnexpected(in: range, check: .checkAtPrep)
                    #expect(found == (holds && fault.expectedState ? pfn : nil), "\(fault.name) at \(pfn) in \(range)")
                }
            }
        }
        var linked = MemMap(pageCount: 128)
        for pfn in block { linked.links[pfn] = PageLinks(next: Int32(pfn + 1), prev: Int32(pfn - 1)) }
        linked.links[40] = PageLinks(next: -1, prev: -1)
        linked.links[41] = PageLinks.unlinked
        #expect(linked.firstUnexpected(in: block, check: .checkAtPrep) == nil)
        #expect(linked.tailsNeedNoPrep(block))
    }

    @Test func theMemmapTakesAtMost24BytesAPfn() {
        #expect(MemoryLayout<PageWords>.stride == 20)
        #expect(MachineLayout.memmapBytesPerPfn <= 24)
    }

    /// The memmap and the zones share their storage between copies of a machine until one of
    /// them writes: the copy that writes gets storage of its own, the other keeps what it had.
    @Test func aCopiedMachineKeepsItsStateWhenTheOtherAllocatesAndFrees() throws {
        let original = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        var copy = original
        let allocated = copy.allocPages(.kernel, order: 0)
        let pfn = try #require(allocated)
        let compound = copy.allocPages([.kernel, .comp], order: 4)
        let big = try #require(compound)
        #expect(copy.memmap.refcount[pfn] == 1 && copy.memmap.isHead(big))
        #expect(original.memmap.refcount[pfn] == 0 && original.memmap.pcpOrder[pfn] >= -1)
        #expect(!original.memmap.isHead(big) && !original.memmap.isTail(big + 1))
        #expect(original.zones[2].freePages == 4096 - original.zones[pcp: 2, cpu: 0].count)
        #expect(copy.zones[2].freePages != original.zones[2].freePages)
        #expect(original.checkInvariants().isEmpty)
        var third = copy
        third.freePages(pfn, order: 0)
        #expect(copy.memmap.refcount[pfn] == 1 && third.memmap.refcount[pfn] == 0)
        #expect(copy.memmap.pcpOrder[pfn] == -1 && third.memmap.pcpOrder[pfn] == 0)
        #expect(copy.checkInvariants().isEmpty && third.checkInvariants().isEmpty)
    }

    /// A page no one has touched is the all-zero words: no flags, no reference, no type, on no
    /// list. Boot writes only valid pfns (`for_each_valid_pfn()` in `init_unavailable_range()`,
    /// mm/mm_init.c:855): the sections of the PCI hole, inside DMA32's span but with no present
    /// memory, keep their zero pages, while a hole inside a section with memory (the legacy
    /// one at 640K) is reserved in its zone.
    @Test func theMemmapOfASectionWithoutMemoryIsNeverWritten() {
        let zero = PageWords(flags: 0, refcount: 0, storedPageType: 0, storedNext: 0, storedPrev: 0)
        #expect(zero.pageType == MemMap.noPageType && zero.links == PageLinks() && !zero.isTail)
        let m = Machine(layout: .x86(memoryBytes: 8 << 30))
        let dma32 = Machine.zoneIndex(node: 0, type: .dma32)
        let hole = MachineLayout.pciHolePfn + (1 << Kernel.pfnSectionShift)  // 3 GiB + 128 MiB
        #expect(m.zones[dma32].spans(hole))
        for pfn in [hole, hole + 1, hole + 0x1234] {
            let words = m.memmap.words(pfn)
            #expect(words.flags == 0 && words.refcount == 0 && words.storedPageType == 0)
            #expect(words.storedNext == 0 && words.storedPrev == 0)
            #expect(m.memmap.zoneIndex[pfn] == MemMap.noZone && m.zoneIndex(ofPfn: pfn) == nil)
        }
        let legacy = 0xa0
        #expect(m.zoneIndex(ofPfn: legacy) == Machine.zoneIndex(node: 0, type: .dma))
        #expect(m.memmap.flags[legacy].contains(.reserved) && m.memmap.refcount[legacy] == 1)
    }

    @Test func machinesUpTo1TiBBootAndLargerOnesAreRefusedWithTheMemoryNeeded() {
        #expect(MachineLayout.x86(memoryBytes: 1 << 40).sizeLimitProblem == nil)
        let tooBig = MachineLayout.contiguous(zones: [(.normal, (2 << 40) >> Kernel.pageShift)])
        let problem = tooBig.sizeLimitProblem
        #expect(problem?.contains("the machine has 2T of memory, more than the model's limit of 1T") == true)
        #expect(problem?.contains("GiB of host memory") == true)
        #expect(MachineLayout.memoryRangeMessage.contains("between 4M and 1T"))
    }
}
