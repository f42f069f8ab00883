extension Machine {
    /// Drops a reference to a block of 2^order pages and frees it when it was the last.
    ///
    /// Models: `__free_pages()` → `___free_pages()` (mm/page_alloc.c, 6.15+): PageHead is read
    /// before the reference is dropped; when the first page still has references and is not a
    /// compound head (someone holds a speculative reference, e.g. a page-cache lookup), the
    /// upper halves are freed at once, order - 1 at pfn + 2^(order-1) down to order 0 at
    /// pfn + 1, and the first page stays until its last `put_page()`, which frees it as an
    /// order-0 page. A compound page is freed whole when its last reference goes. Alloc-tag
    /// accounting is not modelled.
    ///
    /// A double free without CONFIG_DEBUG_VM: `put_page_testzero()` takes the free page's count
    /// to -1 and prints nothing; an order-0 page stays where it is (on its per-CPU list or in a
    /// buddy block), and `check_new_pages()` reports it when an allocation next takes it (see
    /// `checkNewPages`). For order > 0 the kernel would go on to free the upper halves a second
    /// time, putting them on a second list: the model refuses that with a report of its own.
    /// With CONFIG_DEBUG_VM the put is a `VM_BUG_ON_PAGE()` and the task dies there.
    public mutating func freePages(_ pfn: Int, order: Int) {
        enter("__free_pages")
        defer { leave() }
        let page = memmap.words(pfn)
        let head = page.flags & PageFlags.head.rawValue != 0
        let alreadyFree = page.refcount == 0 && isFreeInAllocator(pfn)
        if page.refcount == 0 && config.debugVM {
            _ = putPageTestzero(pfn)
            return
        }
        if putPageTestzero(pfn) {
            freeFrozenPages(pfn, order: order, referenced: true)
        } else if !head && alreadyFree && order > 0 {
            modelReport(
                pfn + (1 << (order - 1)), reason: Machine.alreadyFreeReason,
                "___free_pages() of a block that is already free would free its upper halves a second time")
        } else if !head {
            var order = order
            while order > 0 {
                order -= 1
                freeFrozenPages(pfn + (1 << order), order: order)
            }
        }
    }

    /// Frees a block whose reference count is already zero.
    ///
    /// Models: `__free_frozen_pages()` (mm/page_alloc.c, formerly `free_unref_page()`):
    /// orders the per-CPU lists do not cache go through `__free_pages_ok()`; others, once
    /// `free_pages_prepare()` accepts them, go to the list of their pageblock's type
    /// (HighAtomic blocks to the Movable list, isolated ones straight to the buddy allocator).
    /// `referenced`: the caller has just dropped the first page's last reference (see
    /// `freePagesPrepare`).
    @inline(__always)
    mutating func freeFrozenPages(_ pfn: Int, order: Int, referenced: Bool = false) {
        enter("__free_frozen_pages")
        defer { leave() }
        guard let z = zoneIndex(ofPfn: pfn) else { return }
        guard PerCPUPages.allowedOrder(order) else {
            freePagesOk(pfn, order: order, fpi: [], referenced: referenced)
            return
        }
        guard freePagesPrepare(pfn, order: order, referenced: referenced) else { return }
        var type = pageblockMigratetype(pfn)
        if type.rawValue >= MigrateType.pcpTypes {
            if type == .isolate {
                freeOnePageLocked(pfn, zone: z, order: order, fpi: [])
                return
            }
            type = .movable
        }
        pcpLock(pinned: true)
        freeFrozenPageCommit(pfn, zone: z, migratetype: type, order: order)
        pcpUnlock(pinned: true)
    }

    /// Frees a batch of folios whose counts are already zero, as reclaim does: every folio is
    /// prepared first, then the survivors are committed to the per-CPU lists one by one.
    ///
    /// Models: `free_unref_folios()` (mm/page_alloc.c:2945-3034): a first pass runs
    /// `free_pages_prepare()` on each folio (its `mm_page_free` event; a bad folio is dropped)
    /// and frees orders the per-CPU lists do not cache straight to the buddy allocator; a second
    /// pass fires `mm_page_free_batched` (which prints `order=0` whatever the order) and runs
    /// `free_frozen_page_commit()` for each, isolated pageblocks going to the buddy allocator
    /// and types above the per-CPU types to the Movable list. The per-CPU lock is always taken
    /// (the trylock cannot fail in the model).
    mutating func freeUnrefFolios(_ folios: [(pfn: Int, order: Int)]) {
        enter("free_unref_folios")
        defer { leave() }
        var prepared: [(pfn: Int, order: Int)] = []
        for (pfn, order) in folios {
            guard let z = zoneIndex(ofPfn: pfn), freePagesPrepare(pfn, order: order) else { continue }
            guard PerCPUPages.allowedOrder(order) else {
                freeOnePageLocked(pfn, zone: z, order: order, fpi: [])
                continue
            }
            prepared.append((pfn, order))
        }
        for (pfn, order) in prepared {
            guard let z = zoneIndex(ofPfn: pfn) else { continue }
            var type = pageblockMigratetype(pfn)
            if type == .isolate {
                freeOnePageLocked(pfn, zone: z, order: order, fpi: [])
                continue
            }
            if type.rawValue >= MigrateType.pcpTypes { type = .movable }
            pcpLock(pinned: true)
            emit(.pageFreeBatched(pfn: pfn))
            freeFrozenPageCommit(pfn, zone: z, migratetype: type, order: order)
            pcpUnlock(pinned: true)
        }
    }

    /// Frees a block straight to the buddy allocator, bypassing the per-CPU lists.
    ///
    /// Models: `__free_pages_ok()` (mm/page_alloc.c): `free_pages_prepare()`, then
    /// `free_one_page()` with the caller's FPI flags. `referenced` as in `freePagesPrepare`.
    mutating func freePagesOk(_ pfn: Int, order: Int, fpi: FPIFlags, referenced: Bool = false) {
        enter("__free_pages_ok")
        defer { leave() }
        guard let z = zoneIndex(ofPfn: pfn), freePagesPrepare(pfn, order: order, referenced: referenced) else {
            return
        }
        freeOnePageLocked(pfn, zone: z, order: order, fpi: fpi)
    }

    /// Readies a block for the free lists, checking every page for a bad state first; false
    /// when the block must not be freed (it is leaked).
    ///
    /// Models: `free_pages_prepare()` (mm/page_alloc.c, 6.18) with `check_pages_enabled` on,
    /// as on distribution kernels that boot with `init_on_alloc=1`: fires `mm_page_free`; clears
    /// PG_mlocked and an anonymous folio's mapping; keeps a hardware-poisoned order-0 page out;
    /// for a compound block clears the
    /// second page's folio flags and order, and runs `free_tail_page_prepare()` on every tail;
    /// runs `free_page_is_bad()` on every page, tails first; on any bad page the whole block is
    /// kept out of the allocator. Otherwise the flags are cleared (`PAGE_FLAGS_CHECK_AT_PREP`).
    /// Page owner, KASAN, memcg uncharging and init_on_free are not modelled.
    ///
    /// A tail page freed on its own and a compound page freed with a smaller order than its own
    /// fail the kernel's `VM_BUG_ON_PAGE()` checks, reported as `vmBugOnPage()` describes (as
    /// the kernel does with `config.debugVM`, as the model's own `mmbook:` line without). A block
    /// that covers pages already on a per-CPU list or inside a free buddy block is refused with a
    /// report of the model's own (the kernel checks nothing and would put them on a second
    /// list). A larger order than the compound page's is caught by the kernel's own
    /// tail checks.
    ///
    /// With `check_pages_enabled` off (`KernelConfig.checkPagesEnabled`) neither
    /// `free_page_is_bad()` nor the tail checks run (mm/page_alloc.c:1102, 1368, 1385): flags are
    /// cleared and the block is freed whatever its pages look like. Blocks that would corrupt the
    /// model's lists are refused first, as `uncheckedFreeRefusal` says.
    ///
    /// `referenced`: the caller has just taken the first page's count from 1 to 0, so the page
    /// was allocated, not on a free list or inside a free block (the model never lets a free
    /// page hold a reference, see `reportReferenceOnFreePage`): the model's own search of the
    /// free lists for it is skipped.
    @inline(__always)
    mutating func freePagesPrepare(_ pfn: Int, order: Int, referenced: Bool = false) -> Bool {
        enter("free_pages_prepare")
        defer { leave() }
        emit(.pageFree(pfn: pfn, order: order))
        let page = memmap.words(pfn)
        if page.isTail {
            vmBugOnPage(
                pfn, condition: "PageTail(page)", line: 1313,
                consequence: "the kernel would free a tail page as a block of its own")
            return false
        }
        if !referenced && page.pageType != MemMap.pageTypeBuddy && isFreeInAllocator(pfn) {
            modelReport(pfn, reason: Machine.alreadyFreeReason, Machine.alreadyFreeMessage)
            return false
        }
        if page.flags & PageFlags.mlocked.rawValue != 0 { memmap.flags[pfn].remove(.mlocked) }
        // mm/page_alloc.c:1376-1379: an anonymous folio's mapping is cleared here.
        if memmap.folioMapping[pfn] == .anon { memmap.folioMapping[pfn] = .unmapped }
        if page.flags & PageFlags.hwpoison.rawValue != 0 && order == 0 { return false }
        let compound = page.flags & PageFlags.head.rawValue != 0  // not a tail: tested above
        let ownPages = compound ? 1 << memmap.folioOrder(ofFolio: pfn) : 1
        if compound && order < memmap.folioOrder(ofFolio: pfn) {
            vmBugOnPage(
                pfn, condition: "compound && compound_order(page) != order", line: 1350,
                consequence: "the kernel would free the head and orphan the rest of the folio")
            return false
        }
        let checks = config.checkPagesEnabled
        if !checks, let (page, reason, message) = uncheckedFreeRefusal(pfn, order: order, ownPages: ownPages) {
            modelReport(page, reason: reason, message)
            return false
        }
        var bad = 0
        var firstFree: Int?
        // The loop below finds nothing and changes nothing on the clean tails of a block that
        // is not a compound page: one pass over them decides it.
        if order > 0 && (compound || !memmap.tailsNeedNoPrep((pfn + 1)..<(pfn + (1 << order)))) {
            if compound {
                memmap.flags[pfn + 1].subtract(.second)
                memmap.folioOrder[pfn + 1] = 0
            }
            for index in 1..<(1 << order) {
                let page = pfn + index
                var detachedFrom: Int?
                var reported = false
                if compound {
                    reported = freeTailPagePrepare(head: pfn, page) == 1
                    bad += reported ? 1 : 0
                    detachedFrom = pfn
                }
                if checks && freePageIsBad(page, detachedFrom: detachedFrom, buddyCleared: reported) {
                    bad += 1
                    continue
                }
                if index >= ownPages && firstFree == nil && memmap.pcpOrder[page] >= 0 { firstFree = page }
                if index < ownPages || !memmap.isTail(page) { clearFlagsAtPrep(page) }
            }
        }
        if checks && freePageIsBad(pfn, detachedFrom: nil) { bad += 1 }
        if bad > 0 { return false }
        if let firstFree {
            modelReport(firstFree, reason: Machine.alreadyFreeReason, Machine.alreadyFreeMessage)
            return false
        }
        clearFlagsAtPrep(pfn)
        return true
    }

    /// Why the model refuses a block that a kernel without `check_pages_enabled` would free
    /// unchecked, or nil when the block can be freed as the kernel frees it.
    ///
    /// Four states would put the model's lists out of joint, and the kernel corrupts itself
    /// silently on each: a page someone still holds a reference to (count above 0: a later
    /// `put_page()` would free it onto a second list), a mapped page, a page with a page type (a
    /// free buddy block's head, which stays on its free list, or a hugetlb page its pool still
    /// counts), and a tail of another folio (the
    /// kernel would unlink it, mm/page_alloc.c:1177-1179, breaking that folio). A count below 0,
    /// left by a double free, is no obstacle: the page goes to the lists with it.
    private mutating func uncheckedFreeRefusal(
        _ pfn: Int, order: Int, ownPages: Int
    ) -> (page: Int, reason: String, message: String)? {
        let unchecked = "without check_pages_enabled the kernel checks nothing and"
        for page in pfn..<(pfn + (1 << order)) {
            if memmap.pageType[page] != MemMap.noPageType {
                let state =
                    memmap.hasType(page)
                    ? "with a page type; \(unchecked) would free it while its owner (a free list, a hugetlb pool) still counts it"
                    : "while mapped; \(unchecked) would free it while page tables still map it"
                return (page, "nonzero mapcount", "freed \(state)")
            }
            if memmap.refcount[page] > 0 {
                return (
                    page, "nonzero _refcount",
                    "freed while it holds a reference; \(unchecked) would free it, and the last put_page() would free it onto a second list"
                )
            }
            if page - pfn >= ownPages && memmap.isTail(page) {
                return (
                    page, "compound_head not consistent",
                    "a tail of another folio; \(unchecked) would clear its compound_head and free it under its owner"
                )
            }
        }
        return nil
    }

    /// `page->flags &= ~PAGE_FLAGS_CHECK_AT_PREP`: every flag but PG_hwpoison goes. The
    /// flags are written only when one is set, so that a clean page costs one read.
    @inline(__always)
    private mutating func clearFlagsAtPrep(_ pfn: Int) {
        if !memmap.flags[pfn].isSubset(of: .hwpoison) { memmap.flags[pfn].formIntersection(.hwpoison) }
    }

    /// The reason of the model's own report on a block freed over pages that are already free.
    static let alreadyFreeReason = "page freed while already free (double free)"
    /// The message of that report: no kernel check catches it.
    static let alreadyFreeMessage =
        "freed while already free; the kernel checks nothing here and would put it on a second free list"
}
