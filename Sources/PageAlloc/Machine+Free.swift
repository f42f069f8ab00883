extension Machine {
    /// Drops a reference to a block of 2^order pages and frees it when it was the last.
    ///
    /// Models: `__free_pages()` → `___free_pages()` (mm/page_alloc.c, 6.15+): when the first
    /// page still has references and is not a compound head (a speculative reference, e.g.
    /// from a page-cache lookup), the upper halves are freed at once — order-1 at pfn + 2^(order-1),
    /// and so on down to order 0 at pfn + 1 — and the first page stays until its last
    /// `put_page()`.
    public mutating func freePages(_ pfn: Int, order: Int) {
        enter("__free_pages")
        defer { leave() }
        let head = memmap.flags[pfn].contains(.head)
        if putPageTestzero(pfn) {
            freeFrozenPages(pfn, order: order)
        } else if !head {
            var order = order
            while order > 0 {
                order -= 1
                freeFrozenPages(pfn + (1 << order), order: order)
            }
        }
    }

    /// Drops one reference; true when it was the last.
    ///
    /// Models: `put_page_testzero()` (include/linux/mm.h).
    mutating func putPageTestzero(_ pfn: Int) -> Bool {
        memmap.refcount[pfn] -= 1
        return memmap.refcount[pfn] == 0
    }

    /// Frees a block whose reference count is already zero.
    ///
    /// Models: `__free_frozen_pages()` (mm/page_alloc.c, formerly `free_unref_page()`):
    /// orders the per-CPU lists do not cache go straight to the buddy allocator; others go
    /// to the list of their pageblock's type (HighAtomic blocks to the Movable list, isolated
    /// ones straight to the buddy allocator).
    mutating func freeFrozenPages(_ pfn: Int, order: Int) {
        enter("__free_frozen_pages")
        defer { leave() }
        guard let z = zoneIndex(ofPfn: pfn) else { return }
        freePagesPrepare(pfn, order: order)
        guard PerCPUPages.allowedOrder(order) else {
            freeOnePageLocked(pfn, zone: z, order: order, fpi: [])
            return
        }
        var type = pageblockMigratetype(pfn)
        if type.rawValue >= MigrateType.pcpTypes {
            if type == .isolate {
                freeOnePageLocked(pfn, zone: z, order: order, fpi: [])
                return
            }
            type = .movable
        }
        freeFrozenPageCommit(pfn, zone: z, migratetype: type, order: order)
    }

    /// Readies a block for the free lists: fires `mm_page_free`, undoes compound-page
    /// metadata and clears the page flags.
    ///
    /// Models: `free_pages_prepare()` (mm/page_alloc.c). Bad-page checks belong to the
    /// struct-page model.
    mutating func freePagesPrepare(_ pfn: Int, order: Int) {
        enter("free_pages_prepare")
        defer { leave() }
        emit(.pageFree(pfn: pfn, order: order))
        if memmap.flags[pfn].contains(.head) {
            memmap.folioOrder[pfn + 1] = 0
            for tail in (pfn + 1)..<(pfn + (1 << order)) { memmap.compoundHead[tail] = 0 }
        }
        memmap.flags[pfn] = []
        memmap.privateValue[pfn] = 0
    }
}
