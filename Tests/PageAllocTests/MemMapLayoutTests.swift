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
        #expect(original.zones[2].freePages == 4096 - original.zones[2].pcp[0].count)
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
