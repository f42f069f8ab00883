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
        #expect(MachineLayout.memmapBytesPerPfn <= 24)
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
