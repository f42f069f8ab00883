extension Machine {
    /// Freezes a page's reference count: sets it to 0 when it is exactly `count`; true when it did.
    ///
    /// Models: `page_ref_freeze()` (include/linux/page_ref.h): `atomic_cmpxchg(&_refcount,
    /// count, 0)`. A frozen page looks free to `get_page_unless_zero()` and `folio_try_get()`.
    public mutating func pageRefFreeze(_ pfn: Int, count: Int) -> Bool {
        guard Int(memmap.refcount[pfn]) == count else { return false }
        memmap.refcount[pfn] = 0
        return true
    }

    /// Unfreezes a page's reference count to `count`.
    ///
    /// Models: `page_ref_unfreeze()` (include/linux/page_ref.h): `VM_BUG_ON_PAGE(page_count(page)
    /// != 0)` (include/linux/page_ref.h:288), then the count is set. With CONFIG_DEBUG_VM a page
    /// whose count is not 0 is the BUG and nothing is set; without it the count is set anyway.
    public mutating func pageRefUnfreeze(_ pfn: Int, count: Int) {
        if pageCount(pfn) != 0 && config.debugVM {
            vmBugOnPage(
                pfn, condition: "page_count(page) != 0", file: "include/linux/page_ref.h", line: 288,
                consequence: "the count is overwritten")
            return
        }
        memmap.refcount[pfn] = Int32(count)
    }

    /// Sets or clears one page flag, on the page itself or on its head as the flag's policy
    /// says (`head`).
    ///
    /// Models: the setters and clearers that `PAGEFLAG()`, `__PAGEFLAG()` and `FOLIO_FLAG()`
    /// generate (include/linux/page-flags.h), such as `__SetPageLocked()`, `SetPageReserved()`
    /// and `folio_set_active()`: `PF_NO_TAIL` and `FOLIO_HEAD_PAGE` flags live on the head page
    /// (`compound_head()`), `PF_ANY` and `PF_NO_COMPOUND` ones on the page given.
    public mutating func setPageFlag(_ pfn: Int, _ flag: PageFlags, on: Bool, head: Bool) {
        let page = head ? memmap.head(pfn) : pfn
        if on {
            memmap.flags[page].insert(flag)
        } else {
            memmap.flags[page].remove(flag)
        }
    }

    /// Whether the page (or its head, per the flag's policy) has `flag`.
    ///
    /// Models: the testers `PAGEFLAG()` and `FOLIO_FLAG()` generate (include/linux/page-flags.h),
    /// such as `PageLocked()` and `PageWriteback()`.
    public func testPageFlag(_ pfn: Int, _ flag: PageFlags, head: Bool) -> Bool {
        memmap.flags[head ? memmap.head(pfn) : pfn].contains(flag)
    }
}
