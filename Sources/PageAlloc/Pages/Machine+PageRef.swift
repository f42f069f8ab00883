extension Machine {
    /// `page_ref_count(page)`: the page's own `_refcount` (0 on tail pages).
    public func pageRefCount(_ pfn: Int) -> Int { Int(memmap.refcount[pfn]) }

    /// `page_count(page)`: the reference count of the folio the page belongs to.
    public func pageCount(_ pfn: Int) -> Int { Int(memmap.refcount[memmap.head(pfn)]) }

    /// `folio_ref_count(folio)`.
    public func folioRefCount(_ folio: Int) -> Int { Int(memmap.refcount[folio]) }

    /// Gives a page its first reference.
    ///
    /// Models: `set_page_refcounted()` (mm/internal.h): `set_page_count(page, 1)`; the
    /// assertions (not a tail, count 0) exist only under CONFIG_DEBUG_VM.
    mutating func setPageRefcounted(_ pfn: Int) { memmap.refcount[pfn] = 1 }

    /// Takes a reference on the folio a page belongs to.
    ///
    /// Models: `get_page()` → `folio_get(page_folio(page))` (include/linux/mm.h): through a
    /// tail page it is the head's count that grows.
    public mutating func getPage(_ pfn: Int) {
        enter("get_page")
        defer { leave() }
        folioGet(memmap.head(pfn))
    }

    /// Takes a reference on a folio.
    ///
    /// Models: `folio_get()` (include/linux/mm.h): `folio_ref_inc()`; the zero-count assertion
    /// exists only under CONFIG_DEBUG_VM, so a frozen or tail page's count goes from 0 to 1. On
    /// a free page the model reports what the kernel reports when it next allocates the page
    /// (see `reportReferenceOnFreePage`) and leaves the count alone.
    public mutating func folioGet(_ folio: Int) {
        if memmap.refcount[folio] == 0 && isFreeInAllocator(folio) {
            reportReferenceOnFreePage(folio, countSeen: 1)
            return
        }
        memmap.refcount[folio] += 1
    }

    /// Takes a reference on a page unless its count is zero; true when it got one.
    ///
    /// Models: `get_page_unless_zero()` → `page_ref_add_unless(page, 1, 0)` (include/linux/mm.h,
    /// include/linux/page_ref.h): the speculative reference of lockless lookups (page cache,
    /// GUP-fast, PFN walkers), which fails on a free or frozen page. It acts on the page given,
    /// not its folio (callers pass a head).
    public mutating func getPageUnlessZero(_ pfn: Int) -> Bool {
        guard memmap.refcount[pfn] != 0 else { return false }
        memmap.refcount[pfn] += 1
        return true
    }

    /// Takes a reference on a folio unless its count is zero; true when it got one.
    ///
    /// Models: `folio_try_get()` (include/linux/page_ref.h).
    public mutating func folioTryGet(_ folio: Int) -> Bool { getPageUnlessZero(folio) }

    /// Drops one reference; true when it was the last.
    ///
    /// Models: `put_page_testzero()` (include/linux/mm.h) → `page_ref_dec_and_test()`. Without
    /// CONFIG_DEBUG_VM a put on a zero count is not caught: the count goes to -1 silently,
    /// whether the page is allocated (a tail, a frozen page: `free_pages_prepare()` reports it
    /// when its block is freed) or free (a double free: `check_new_pages()` reports it when an
    /// allocation next takes the page). With `config.debugVM` a put on a zero count is
    /// `VM_BUG_ON_PAGE(page_ref_count(page) == 0)` (include/linux/mm.h:1101, see `vmBugOnPage`)
    /// and drops nothing.
    ///
    /// A put on a page-cache folio that holds no more than the page cache's own
    /// `folio_nr_pages()` references (`markPageCache(_:order:dirty:)`) takes one of the cache's:
    /// the kernel checks nothing, and truncation or reclaim would later free the folio while
    /// someone still uses it. The model refuses it with a report of its own and drops nothing.
    @inline(__always)
    public mutating func putPageTestzero(_ pfn: Int) -> Bool {
        let count = memmap.refcountOf(pfn)
        if config.debugVM && count == 0 {
            vmBugOnPage(
                pfn, condition: "page_ref_count(page) == 0", file: "include/linux/mm.h", line: 1101,
                consequence: "the count goes to -1")
            return false
        }
        if count > 1 && memmap.folioMapping[pfn] == .file && Int(count) <= memmap.folioNrPages(pfn) {
            modelReport(
                pfn, reason: Machine.pageCacheReferenceReason,
                "a put of a page-cache folio whose \(count) references are all the page cache's; the kernel checks"
                    + " nothing and would free the folio while it is still cached, when the cache drops its own")
            return false
        }
        return memmap.decrementRefcount(pfn) == 0
    }

    /// The reason of the model's report on a put that would take a page-cache reference.
    static let pageCacheReferenceReason = "put of a reference the page cache holds"

    /// Drops a reference to the folio a page belongs to and frees the folio with the last one.
    ///
    /// Models: `put_page()` → `folio_put(page_folio(page))` (include/linux/mm.h): through a tail
    /// page it is the head's reference that goes; a non-compound page, whatever order it was
    /// allocated with, is freed as an order-0 page. The slab and large-kmalloc early returns
    /// are not modelled.
    public mutating func putPage(_ pfn: Int) {
        enter("put_page")
        defer { leave() }
        folioPut(memmap.head(pfn))
    }

    /// Drops a reference to a folio and frees it with the last one.
    ///
    /// Models: `folio_put()` (include/linux/mm.h): `folio_put_testzero()`, then `__folio_put()`.
    public mutating func folioPut(_ folio: Int) {
        enter("folio_put")
        defer { leave() }
        if putPageTestzero(folio) { folioFree(folio) }
    }
}
