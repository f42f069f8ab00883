import PageAlloc

extension Catalog {
    /// The calls that read or change a struct page's count and flags directly, as lockless
    /// lookups, migration and filesystems do.
    static let pageStateCalls: [CallEntry] = [
        CallEntry(
            name: "folio_try_get", signature: Signature(required: [.page]),
            models: KernelSymbol("folio_try_get", "include/linux/page_ref.h"),
            doc: "Takes a folio reference unless the count is zero (free or frozen); prints 1 or 0."
        ) { (s, a) throws(ScenarioFailure) in
            s.print("folio_try_get: \(s.m.folioTryGet(s.m.pageFolio(a.pfn(0))) ? 1 : 0)")
        },
        CallEntry(
            name: "page_ref_freeze", signature: Signature(required: [.page, .number]),
            models: KernelSymbol("page_ref_freeze", "include/linux/page_ref.h"),
            doc: "Sets the count to 0 if it is exactly COUNT; prints 1 or 0."
        ) { (s, a) throws(ScenarioFailure) in
            s.print("page_ref_freeze: \(s.m.pageRefFreeze(a.pfn(0), count: a.int(1)) ? 1 : 0)")
        },
        CallEntry(
            name: "page_ref_unfreeze", signature: Signature(required: [.page, .number]),
            models: KernelSymbol("page_ref_unfreeze", "include/linux/page_ref.h"),
            doc: "Sets a frozen count to COUNT (with debug_vm=on, a count that is not 0 is a BUG)."
        ) { (s, a) throws(ScenarioFailure) in s.m.pageRefUnfreeze(a.pfn(0), count: a.int(1)) },
        flagCall("__folio_set_locked", "mm/filemap.c", .locked, on: true, head: true, "Sets PG_locked on the folio."),
        flagCall(
            "__folio_clear_locked", "mm/filemap.c", .locked, on: false, head: true, "Clears PG_locked on the folio."),
        flagCall(
            "folio_start_writeback", "include/linux/page-flags.h", .writeback, on: true, head: true,
            "Sets PG_writeback on the folio (the writeback accounting is not modelled)."),
        flagCall(
            "folio_end_writeback", "mm/filemap.c", .writeback, on: false, head: true,
            "Clears PG_writeback on the folio (waking waiters is not modelled)."),
        flagCall(
            "SetPageReserved", "include/linux/mm.h", .reserved, on: true, head: false, "Sets PG_reserved on the page."),
        flagCall(
            "ClearPageReserved", "mm/page_alloc.c", .reserved, on: false, head: false,
            "Clears PG_reserved on the page."),
        flagCall("folio_set_active", "mm/swap.c", .active, on: true, head: true, "Sets PG_active on the folio."),
        flagCall("folio_clear_active", "mm/swap.c", .active, on: false, head: true, "Clears PG_active on the folio."),
        flagCall(
            "folio_set_unevictable", "mm/vmscan.c", .unevictable, on: true, head: true,
            "Sets PG_unevictable on the folio."),
        flagCall(
            "folio_clear_unevictable", "mm/vmscan.c", .unevictable, on: false, head: true,
            "Clears PG_unevictable on the folio."),
    ]

    /// A call that sets or clears one page flag, on the head page when `head` (`PF_NO_TAIL`,
    /// `FOLIO_HEAD_PAGE`), else on the page given.
    static func flagCall(
        _ name: String, _ file: String, _ flag: PageFlags, on: Bool, head: Bool, _ doc: String
    ) -> CallEntry {
        CallEntry(
            name: name, signature: Signature(required: [.page]), models: KernelSymbol(name, file), doc: doc
        ) { (s, a) throws(ScenarioFailure) in s.m.setPageFlag(a.pfn(0), flag, on: on, head: head) }
    }
}
