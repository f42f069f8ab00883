import Testing

@testable import PageAlloc

/// The call path a walkthrough shows follows the kernel's call graph (mm/page_alloc.c, 6.18).
@Suite struct CallRecordTests {
    @Test func firstOrder0AllocationRefillsThePcpListThroughRmqueueBulk() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 262_144)]))
        m.recordingCalls = true
        _ = try m.mustAlloc(.highuserMovable, order: 0)
        let head = m.calls.prefix(11).map { String(repeating: " ", count: $0.depth) + $0.function }
        #expect(
            head == [
                "__alloc_pages", " __alloc_frozen_pages", "  get_page_from_freelist", "   rmqueue",
                "    rmqueue_pcplist",
                "     nr_pcp_alloc", "     rmqueue_bulk", "      __rmqueue", "       __rmqueue_smallest",
                "        page_del_and_expand", "         expand",
            ])
        // rmqueue_bulk() runs __rmqueue() once per page of the batch (63).
        #expect(m.calls.filter { $0.function == "__rmqueue" }.count == 63)
        #expect(m.calls.last == CallRecord(depth: 3, function: "prep_new_page"))
    }

    /// `__free_frozen_pages()` hands orders the pcp lists do not cache to `__free_pages_ok()`,
    /// which runs `free_pages_prepare()` and then `free_one_page()`.
    @Test func freeOfAnOrder4BlockGoesStraightToTheBuddy() throws {
        var m = Machine(layout: .contiguous(zones: [(.normal, 4096)]))
        let pfn = try m.mustAlloc(.highuserMovable, order: 4)
        m.recordingCalls = true
        m.freePages(pfn, order: 4)
        #expect(
            m.calls.map(\.function) == [
                "__free_pages", "__free_frozen_pages", "__free_pages_ok", "free_pages_prepare", "free_one_page",
                "split_large_buddy", "__free_one_page",
            ])
    }
}
