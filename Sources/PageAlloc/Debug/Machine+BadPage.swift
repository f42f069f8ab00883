extension Machine {
    /// Reports a page found in a bad state and keeps it out of use.
    ///
    /// Models: `bad_page()` (mm/page_alloc.c, 6.18): `BUG: Bad page state in process %s
    /// pfn:%05lx`, then `dump_page(page, reason)`. The report is recorded in `reports`. Not
    /// modelled: the rate limit (60 reports a minute), `print_modules()`, `dump_stack()` and the
    /// taint. The kernel then clears PageBuddy (mm/page_alloc.c:652-653) so that the page cannot
    /// merge and the checks that follow at once do not report it again: `free_pages_prepare()`
    /// runs `free_page_is_bad()` on a tail right after `free_tail_page_prepare()` reported it,
    /// and the model reads the page there as cleared (`buddyCleared`). Past that, a PageBuddy
    /// page is always the head of a block on a free list in the model, and clearing it would
    /// corrupt that list, so the model leaves it. The page is leaked by the caller, which does
    /// not free it.
    mutating func badPage(_ pfn: Int, reason: String, detachedFrom head: Int? = nil) {
        enter("bad_page")
        defer { leave() }
        let header = "BUG: Bad page state in process \(comm)  pfn:\(CFormat.zeroPaddedHex(UInt64(pfn), 5))"
        let lines = [header] + dumpPageLines(pfn, reason: reason, detachedFrom: head)
        instrumentation.reports.append(KernelReport(pfn: pfn, reason: reason, lines: lines))
    }

    /// Reports a failed `VM_BUG_ON_PAGE()` check, or, on a kernel without
    /// CONFIG_DEBUG_VM, the model's refusal of what the kernel would do silently.
    ///
    /// Models: `VM_BUG_ON_PAGE(cond, page)` (include/linux/mmdebug.h). With `config.debugVM`:
    /// `dump_page(page, "VM_BUG_ON_PAGE(cond)")`, then `BUG()`, whose first lines are the
    /// `------------[ cut here ]------------` marker and `kernel BUG at FILE:LINE!`
    /// (`report_bug()`, lib/bug.c); the oops, registers and stack that follow are not
    /// reproduced, and the task that hit it dies, so the operation never completes. Without
    /// CONFIG_DEBUG_VM the check compiles to nothing and the kernel prints nothing; the model
    /// still refuses the operation, to keep its lists sound, and records a report of its own
    /// (`modelOnly`) whose only line starts `mmbook:`, so that it cannot be read as kernel output.
    ///
    /// - Parameters:
    ///   - condition: the condition as the kernel source spells it (`__stringify(cond)`).
    ///   - file: the kernel source file of the check.
    ///   - line: the line of the check in `file` (6.18).
    ///   - consequence: what a kernel without CONFIG_DEBUG_VM goes on to do.
    mutating func vmBugOnPage(
        _ pfn: Int, condition: String, file: String = "mm/page_alloc.c", line: Int, consequence: String
    ) {
        let reason = "VM_BUG_ON_PAGE(\(condition))"
        if config.debugVM {
            let lines =
                dumpPageLines(pfn, reason: reason, detachedFrom: nil) + [
                    "------------[ cut here ]------------", "kernel BUG at \(file):\(line)!",
                ]
            instrumentation.reports.append(KernelReport(pfn: pfn, reason: reason, lines: lines))
        } else {
            modelReport(pfn, reason: reason, "\(reason) is compiled out without CONFIG_DEBUG_VM: \(consequence)")
        }
    }

    /// Records a report of the model's own about `pfn`: one line starting `mmbook:`, for a
    /// state the kernel would not report (it would corrupt itself silently) and the model
    /// refuses to enter.
    mutating func modelReport(_ pfn: Int, reason: String, _ message: String) {
        let line = "mmbook: \(comm) pfn:\(CFormat.alternateHex(UInt64(pfn))): \(message); the model refuses it"
        instrumentation.reports.append(KernelReport(pfn: pfn, reason: reason, modelOnly: true, lines: [line]))
    }

    /// Why a page being freed or allocated is in a bad state, or nil when it is not.
    ///
    /// Models: `page_bad_reason()` (mm/page_alloc.c): the last of these that applies wins —
    /// `_mapcount` not -1 (a page type counts: PageBuddy reads as a mapcount), a mapping, a
    /// reference, a flag of `check`. `detached` reads the page as `free_tail_page_prepare()` left
    /// it: mapping and compound_head already cleared. memcg and page_pool owners are not
    /// modelled. `buddyCleared` reads a PageBuddy page as `bad_page()` left it: its type
    /// cleared (see `badPage`).
    @inline(__always)
    private mutating func pageBadReason(
        _ pfn: Int, check: PageFlags, detached: Bool, buddyCleared: Bool = false
    ) -> String? {
        var reason: String?
        let type = memmap.pageType[pfn]
        if type != MemMap.noPageType && !(buddyCleared && type == MemMap.pageTypeBuddy) { reason = "nonzero mapcount" }
        if !detached && memmap.mapping(pfn) != 0 { reason = "non-NULL mapping" }
        if memmap.refcount[pfn] != 0 { reason = "nonzero _refcount" }
        if memmap.rawFlags(pfn) & check.rawValue != 0 {
            reason =
                check == .checkAtPrep ? "PAGE_FLAGS_CHECK_AT_PREP flag(s) set" : "PAGE_FLAGS_CHECK_AT_FREE flag(s) set"
        }
        return reason
    }

    /// Whether a page being freed or allocated is in the state the allocator expects: one pass
    /// over the fields `pageBadReason(_:check:detached:)` reads, building no string. (Mutating
    /// only so that the memmap is read in place rather than copied out of the machine.)
    ///
    /// Models: `page_expected_state()` (mm/page_alloc.c): `_mapcount` -1 (no page type), no
    /// mapping (unless `detached`), `_refcount` 0, no flag of `check` (memcg is not modelled).
    /// Only a tail page can have a mapping in the model, so the mapping is read only for one.
    @inline(__always)
    private mutating func pageExpectedState(_ pfn: Int, check: PageFlags, detached: Bool) -> Bool {
        memmap.pageType[pfn] == MemMap.noPageType && memmap.refcount[pfn] == 0
            && memmap.rawFlags(pfn) & check.rawValue == 0
            && (detached || !memmap.isTail(pfn) || memmap.mapping(pfn) == 0)
    }

    /// Checks a page being freed and reports it when its state is bad.
    ///
    /// Models: `free_page_is_bad()` → `page_expected_state()`, then `page_bad_reason()` and `bad_page()`
    /// (mm/page_alloc.c): the reason is worked out only for a page that fails the check.
    /// `buddyCleared`: the page was just reported by `bad_page()`, which cleared its
    /// PageBuddy, so that alone is no longer a fault. `detachedFrom`: the page is a tail that
    /// `free_tail_page_prepare()` has just unlinked from the folio headed there.
    @inline(__always)
    mutating func freePageIsBad(_ pfn: Int, detachedFrom head: Int?, buddyCleared: Bool = false) -> Bool {
        if !buddyCleared && pageExpectedState(pfn, check: .checkAtFree, detached: head != nil) { return false }
        return freePageIsBadSlow(pfn, detachedFrom: head, buddyCleared: buddyCleared)
    }

    /// The report half of `free_page_is_bad()` (mm/page_alloc.c): `bad_page()` with
    /// `page_bad_reason()`, for a page `pageExpectedState` refused.
    @inline(never)
    private mutating func freePageIsBadSlow(_ pfn: Int, detachedFrom head: Int?, buddyCleared: Bool) -> Bool {
        let reason = pageBadReason(pfn, check: .checkAtFree, detached: head != nil, buddyCleared: buddyCleared)
        guard let reason = reason ?? (buddyCleared ? nil : "nonzero mapcount") else { return false }
        badPage(pfn, reason: reason, detachedFrom: head)
        return true
    }

    /// Checks every page of a block an allocation just took off a per-CPU list or the buddy
    /// free lists; true when one is bad, and the caller then discards the block and takes
    /// another.
    ///
    /// Models: `check_new_pages()` → `check_new_page()` → `check_new_page_bad()`
    /// (mm/page_alloc.c:1727-1765, 6.18) with `check_pages_enabled` on: the pages are checked in
    /// order and the first one not in the expected state (`page_expected_state()` with
    /// `PAGE_FLAGS_CHECK_AT_PREP | __PG_HWPOISON`) ends the check. A hardware-poisoned page is
    /// not reported; any other is, by `bad_page()` with the `PAGE_FLAGS_CHECK_AT_PREP` reason.
    /// The callers (`__rmqueue_pcplist()`, `rmqueue_buddy()`) then neither hand the block out
    /// nor put it back: it is leaked, and the invariants count it as an allocated block with
    /// no owner. This is where a double free of an order-0 page, silent when it happened,
    /// shows up as `nonzero _refcount`. The pages are tested in one pass over the block
    /// (`page_expected_state()`); the reason is worked out only for a page that fails.
    /// With `check_pages_enabled` off (`KernelConfig.checkPagesEnabled`) nothing is checked
    /// (mm/page_alloc.c:1755) and every block is handed out as it is: a page an order-0 double
    /// free left at count -1 goes to its new owner, whose `set_page_refcounted()` sets the
    /// count to 1.
    @inline(__always)
    mutating func checkNewPages(_ pfn: Int, order: Int) -> Bool {
        guard config.checkPagesEnabled else { return false }
        let check = PageFlags.checkAtPrep.union(.hwpoison)
        if order == 0 { return pageExpectedState(pfn, check: check, detached: false) ? false : checkNewPageBad(pfn) }
        guard let page = memmap.firstUnexpected(in: pfn..<(pfn + (1 << order)), check: check) else { return false }
        return checkNewPageBad(page)
    }

    /// The report half of `check_new_page()` (mm/page_alloc.c), `check_new_page_bad()`, for a
    /// page `pageExpectedState` refused: `bad_page()` with `page_bad_reason()` unless the page
    /// is hardware-poisoned; true when the page is bad (a hardware-poisoned one included).
    @inline(never)
    private mutating func checkNewPageBad(_ page: Int) -> Bool {
        let hwpoison = memmap.flags[page].contains(.hwpoison)
        let reason = pageBadReason(page, check: .checkAtPrep, detached: false)
        if !hwpoison, let reason { badPage(page, reason: reason) }
        return hwpoison || reason != nil
    }

    /// Checks one tail page of a compound page being freed and unlinks it from its head;
    /// returns 1 when the page is bad, else 0.
    ///
    /// Models: `free_tail_page_prepare()` (mm/page_alloc.c, 6.15–6.18, 64-bit,
    /// CONFIG_PAGE_MAPCOUNT, CONFIG_HUGETLB_PAGE): the second page's folio counters must be
    /// back at their initial values; the fourth page on must still carry `TAIL_MAPPING` (the
    /// third page's `_deferred_list` and, with hugetlb, the fourth's hugetlb fields are not
    /// checked); every page must be a tail of this head. Then `mapping = NULL` (which on the
    /// second page zeroes `_entire_mapcount` and `_pincount`) and `clear_compound_head()`. The
    /// MM-ID slots and the deferred-split list are not modelled (a model folio is never on it).
    /// A page of another folio (a free with too large an order) keeps its own compound_head,
    /// which the kernel would clear, corrupting that folio.
    ///
    /// With `check_pages_enabled` off the checks are skipped (mm/page_alloc.c:1102-1105) and the
    /// page is only unlinked; `freePagesPrepare` has refused beforehand a block holding a page of
    /// another folio.
    mutating func freeTailPagePrepare(head: Int, _ page: Int) -> Int {
        var reason: String?
        guard config.checkPagesEnabled else {
            detachTail(head: head, page)
            return 0
        }
        switch page - head {
        case 1:
            if memmap.largeMapcount[page] != -1 {
                reason = "nonzero large_mapcount"
            } else if memmap.nrPagesMapped[page] != 0 {
                reason = "nonzero nr_pages_mapped"
            } else if memmap.entireMapcount[page] != -1 {
                reason = "nonzero entire_mapcount"
            } else if memmap.pincount[page] != 0 {
                reason = "nonzero pincount"
            }
        case 2, 3:
            break
        default:
            if memmap.mapping(page) != MemMap.tailMapping { reason = "corrupted mapping in tail page" }
        }
        if reason == nil {
            if !memmap.isTail(page) {
                reason = "PageTail not set"
            } else if memmap.head(page) != head {
                reason = "compound_head not consistent"
            }
        }
        if let reason { badPage(page, reason: reason) }
        detachTail(head: head, page)
        return reason == nil ? 0 : 1
    }

    /// The end of `free_tail_page_prepare()` (mm/page_alloc.c:1177-1179): `mapping = NULL`
    /// (which on the second page zeroes `_entire_mapcount` and `_pincount`) and
    /// `clear_compound_head()`, on a tail of this head only (see `freeTailPagePrepare`).
    private mutating func detachTail(head: Int, _ page: Int) {
        guard memmap.isTail(page) && memmap.head(page) == head else { return }
        if page - head == 1 {
            memmap.entireMapcount[page] = 0
            memmap.pincount[page] = 0
        }
        memmap.setCompoundHead(page, 0)
    }

    /// Whether the page is in a free buddy block.
    ///
    /// Models: `is_free_buddy_page()` (mm/page_alloc.c): some aligned block containing the page
    /// is a PageBuddy head of at least that order. The aligned heads of orders 0 to
    /// MAX_PAGE_ORDER repeat (each is the pfn with its low `order` bits cleared), so each
    /// distinct head is read once, against the smallest order that gives it: one read per set
    /// bit of the low bits of the pfn, plus one.
    @inline(__always)
    mutating func isFreeBuddyPage(_ pfn: Int) -> Bool {
        var head = pfn
        var order = 0
        while true {
            if memmap.isBuddy(head) && memmap.buddyOrder(head) >= order { return true }
            let low = head & ((1 << Kernel.maxPageOrder) - 1)
            if low == 0 { return false }
            let bit = low.trailingZeroBitCount
            head &= ~(1 << bit)
            order = bit + 1
        }
    }

    /// Whether the page is free: in a free buddy block or in a block on a per-CPU list.
    ///
    /// Model bookkeeping (`MemMap.pcpOrder`) for the per-CPU part: the kernel has no way to tell.
    /// As in `isFreeBuddyPage`, each distinct aligned head of orders 0 to the PMD order (the
    /// largest a per-CPU list holds) is read once.
    @inline(__always)
    mutating func isFreeInAllocator(_ pfn: Int) -> Bool {
        if isFreeBuddyPage(pfn) { return true }
        var head = pfn
        while true {
            let pcp = Int(memmap.pcpOrder[head])
            if pcp >= 0 && pfn - head < 1 << pcp { return true }
            let low = head & ((1 << Kernel.hpagePmdOrder) - 1)
            if low == 0 { return false }
            head &= ~(1 << low.trailingZeroBitCount)
        }
    }

    /// Reports a reference taken on a page that is free.
    ///
    /// Models what a 6.18 kernel without CONFIG_DEBUG_VM does: `folio_get()` only asserts the
    /// count under DEBUG_VM, so the count of the free page becomes 1 and nothing is printed
    /// until `check_new_pages()` meets the page on its next allocation and reports
    /// `nonzero _refcount`. The model records that report at once, showing the count the kernel
    /// would show, and leaves the count at 0 and the page on its free list: a count of 1 on a
    /// free page would let a later `put_page()` free it onto a second list.
    ///
    /// With `check_pages_enabled` off no allocation would ever report it, and the kernel prints
    /// nothing at all: the model refuses the reference with a report of its own instead.
    mutating func reportReferenceOnFreePage(_ pfn: Int, countSeen: Int32) {
        guard config.checkPagesEnabled else {
            modelReport(
                pfn, reason: "nonzero _refcount",
                "a reference on a free page; without check_pages_enabled the kernel reports nothing, and a later "
                    + "put_page() would free the page onto a second list")
            return
        }
        memmap.refcount[pfn] = countSeen
        badPage(pfn, reason: "nonzero _refcount")
        memmap.refcount[pfn] = 0
    }
}
