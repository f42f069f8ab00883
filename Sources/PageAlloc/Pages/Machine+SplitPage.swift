extension Machine {
    /// Turns a non-compound block of 2^order pages into independent order-0 pages, each with
    /// one reference, to be freed one by one.
    ///
    /// Models: `split_page()` (mm/page_alloc.c): `set_page_refcounted()` on pages 1 to
    /// 2^order - 1; the first page keeps its count. Its assertions (not compound, count not
    /// zero) exist only under CONFIG_DEBUG_VM, so a compound page's tails get a count too, and
    /// freeing them later reports them bad. An order larger than the block's reaches pages the
    /// allocator holds as free, which the kernel would give a reference while they sit on a
    /// free list; the model refuses that split with a report of its own (`modelReport`) and
    /// changes nothing. Page owner, alloc-tag and memcg splitting are not modelled.
    public mutating func splitPage(_ pfn: Int, order: Int) {
        enter("split_page")
        defer { leave() }
        let tails = (pfn + 1)..<(pfn + (1 << order))
        if let free = tails.first(where: { isFreeInAllocator($0) }) {
            modelReport(
                free, reason: Machine.splitFreeReason,
                "split_page() of order \(order) at pfn \(pfn.hex) reaches a free page: the kernel would give "
                    + "it a reference on its free list")
            return
        }
        for page in tails { setPageRefcounted(page) }
    }

    /// The reason of the model's report on a split that reaches free pages.
    static let splitFreeReason = "split_page() over free pages"

    /// Allocates `size` bytes of physically contiguous memory, rounded up to whole pages; returns
    /// the first pfn, or nil when the allocation fails.
    ///
    /// A size of 0 fails: `get_order(0)` is 52, beyond MAX_PAGE_ORDER.
    ///
    /// Models: `alloc_pages_exact()` → `make_alloc_exact()` (mm/page_alloc.c): a non-compound
    /// block of `get_order(size)` (`__GFP_COMP` and `__GFP_HIGHMEM` are dropped; the
    /// `WARN_ON_ONCE` about them is not reported), the pages kept get one reference each, and
    /// the pages past the last one needed are freed one by one, in ascending order, straight to
    /// the tail of the buddy free lists (`__free_pages_ok(page, 0, FPI_TO_TAIL)`).
    public mutating func allocPagesExact(size: Int, _ gfp: GFP) -> Int? {
        enter("alloc_pages_exact")
        defer { leave() }
        guard size > 0 else { return nil }
        let pages = (size + Kernel.pageSize - 1) / Kernel.pageSize
        let order = (pages - 1).bitWidth - (pages - 1).leadingZeroBitCount
        guard let pfn = allocPages(gfp.subtracting([.comp, .highmem]), order: order) else { return nil }
        makeAllocExact(pfn, order: order, pages: pages)
        return pfn
    }

    /// Keeps the first `pages` pages of a fresh block and frees the rest.
    ///
    /// Models: `make_alloc_exact()` (mm/page_alloc.c).
    private mutating func makeAllocExact(_ pfn: Int, order: Int, pages: Int) {
        enter("make_alloc_exact")
        defer { leave() }
        var last = pfn + pages
        while pfn < last - 1 {
            last -= 1
            setPageRefcounted(last)
        }
        for page in (pfn + pages)..<(pfn + (1 << order)) { freePagesOk(page, order: 0, fpi: .toTail) }
    }

    /// Frees memory `allocPagesExact(size:_:)` returned, one page at a time.
    ///
    /// Models: `free_pages_exact()` (mm/page_alloc.c): `free_page()` on every page of
    /// `PAGE_ALIGN(size)`.
    public mutating func freePagesExact(_ pfn: Int, size: Int) {
        enter("free_pages_exact")
        defer { leave() }
        let pages = (size + Kernel.pageSize - 1) / Kernel.pageSize
        for page in pfn..<(pfn + pages) { freePages(page, order: 0) }
    }
}
