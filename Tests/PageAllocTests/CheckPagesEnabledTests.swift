import Testing

@testable import PageAlloc

/// The `check_pages_enabled` static key (mm/mm_init.c:2526, Linux 6.18) and what the page
/// allocator does without it: no `free_page_is_bad()`, no `free_tail_page_prepare()` checks, no
/// `check_new_pages()`. Expected values come from ../shared/kernel-6.18, cited by line.
@Suite struct CheckPagesEnabledTests {
    static let base = FreePagesTests.base

    /// A 1 GiB machine booted with `init_on_alloc=0` (and init_on_free off, no CONFIG_DEBUG_VM).
    static func unchecked() -> Machine {
        Machine(layout: .contiguous(zones: [(.normal, 262_144)]), config: KernelConfig(initOnAlloc: false))
    }

    /// `DEFINE_STATIC_KEY_MAYBE(CONFIG_DEBUG_VM, check_pages_enabled)` (mm/mm_init.c:2526) starts
    /// on with CONFIG_DEBUG_VM; without it `mem_debugging_and_hardening_init()` turns it on when
    /// init_on_alloc (lines 2559-2561) or init_on_free (2567-2569) is on (lines 2594-2595).
    /// init_on_alloc defaults to CONFIG_INIT_ON_ALLOC_DEFAULT_ON (line 2509-2510), set in Debian.
    @Test("mem_debugging_and_hardening_init(): check_pages_enabled from init_on_alloc, init_on_free, DEBUG_VM")
    func memDebuggingAndHardeningInit() {
        #expect(KernelConfig().checkPagesEnabled)
        #expect(KernelConfig().initOnAlloc && !KernelConfig().initOnFree && !KernelConfig().debugVM)
        #expect(!KernelConfig(initOnAlloc: false).checkPagesEnabled)
        #expect(KernelConfig(initOnAlloc: false, initOnFree: true).checkPagesEnabled)
        #expect(KernelConfig(debugVM: true, initOnAlloc: false).checkPagesEnabled)
    }

    /// Without the key `check_new_pages()` checks nothing (mm/page_alloc.c:1755): the order-0
    /// page a double free left at count -1 (put_page_testzero(), include/linux/mm.h:1099-1103)
    /// on the head of its pcp list (list_add(), mm/page_alloc.c:2829) is the next one handed out
    /// (__rmqueue_pcplist() takes the list's first entry), silently, and `set_page_refcounted()`
    /// gives it a count of 1 (mm/internal.h:509-514).
    @Test("check_new_pages(): unchecked, a double-freed page is handed out again")
    func checkNewPages() throws {
        var m = Self.unchecked()
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.freePages(p, order: 0)
        m.freePages(p, order: 0)
        #expect(m.pageRefCount(p) == -1)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).first == p)
        let q = try m.mustAlloc(.highuserMovable, order: 0)
        #expect(q == p)
        #expect(m.pageRefCount(q) == 1)
        #expect(m.reports.isEmpty)
        #expect(m.checkInvariants() == [])

        // Drained to the buddy allocator, the page at count -1 merges into a free block; an
        // order-10 allocation that takes the block hands it out as a tail, whose count
        // prep_new_page() leaves alone (only the first page is set_page_refcounted()).
        let second = try m.mustAlloc(.highuserMovable, order: 0)
        #expect(second != p)
        m.freePages(q, order: 0)
        m.freePages(second, order: 0)
        m.freePages(second, order: 0)
        m.drainAllPages()
        #expect(m.checkInvariants() == [])
        var holder: Int?
        while holder == nil, let block = m.allocPages(.highuserMovable, order: 10) {
            if (block..<(block + 1024)).contains(second) { holder = block }
        }
        #expect(holder != nil && holder != second)
        #expect(m.pageRefCount(second) == -1)
        #expect(m.reports.isEmpty)
        #expect(m.checkInvariants() == [])
        if let holder { m.freePages(holder, order: 10) }
        #expect(m.pageRefCount(second) == -1)
        #expect(m.reports.isEmpty)
        #expect(m.checkInvariants() == [])
    }

    /// Without the key `free_pages_prepare()` skips `free_page_is_bad()` (mm/page_alloc.c:1385)
    /// and clears the flags (`page->flags &= ~PAGE_FLAGS_CHECK_AT_PREP`, line 1391): a page freed
    /// with PG_locked set reaches its pcp list (line 2829) clean and unreported.
    @Test("free_pages_prepare(): unchecked, a page freed with PG_locked is freed")
    func freePagesPrepare() throws {
        var m = Self.unchecked()
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.setPageFlag(p, .locked, on: true, head: true)
        m.freePages(p, order: 0)
        #expect(m.reports.isEmpty)
        #expect(m.memmap.flags[p].isEmpty)
        #expect(m.pcpList(.normal, cpu: 0, order: 0, .movable).first == p)
        #expect(m.checkInvariants() == [])

        var checked = FreePagesTests.oneGiB()
        let c = try checked.mustAlloc(.highuserMovable, order: 0)
        checked.setPageFlag(c, .locked, on: true, head: true)
        checked.freePages(c, order: 0)
        #expect(checked.reports.map(\.reason) == ["PAGE_FLAGS_CHECK_AT_FREE flag(s) set"])
    }

    /// Without the key `free_tail_page_prepare()` goes straight to its end (mm/page_alloc.c:
    /// 1102-1105, 1177-1179) and `free_page_is_bad()` is skipped on the tails (line 1368): a
    /// folio whose tail was freed on its own (count -1) is freed whole to the order-2 pcp list
    /// (list_add(), line 2829) when its last reference goes, unreported.
    @Test("free_tail_page_prepare(): unchecked, a tail at count -1 is freed with its folio")
    func freeTailPagePrepare() throws {
        var m = Self.unchecked()
        let f = try m.mustFolioAlloc(.highuserMovable, order: 2)
        m.freePages(f + 1, order: 0)
        #expect(m.pageRefCount(f + 1) == -1)
        m.folioPut(f)
        #expect(m.reports.isEmpty)
        #expect(m.pcpList(.normal, cpu: 0, order: 2, .movable).first == f)
        #expect(!m.memmap.isTail(f + 1))
        #expect(m.checkInvariants() == [])
    }

    /// States the kernel would free silently but that would corrupt the model's lists are refused
    /// with a report of the model's own: tails that `split_page()` gave a count of 1
    /// (mm/page_alloc.c:3059-3060) freed as one order-2 block, a mapped page's last put
    /// (its `_mapcount` 0 after one PTE mapping), and a reference taken on a free page.
    @Test("free_pages_prepare(): unchecked, blocks that would corrupt the lists are refused")
    func freePagesPrepareRefusals() throws {
        var m = Self.unchecked()
        let p = try m.mustAlloc(.highuserMovable, order: 2)
        m.splitPage(p, order: 2)
        m.freePages(p, order: 2)
        let q = try m.mustAlloc(.highuserMovable, order: 0)
        m.pageAddRmapPTE(q)
        m.putPage(q)
        m.getPage(Self.base + 2048)
        #expect(m.reports.map(\.reason) == ["nonzero _refcount", "nonzero mapcount", "nonzero _refcount"])
        #expect(m.reports.map(\.pfn) == [p + 1, q, Self.base + 2048])
        #expect(m.reports.allSatisfy { $0.modelOnly && $0.lines.allSatisfy { $0.hasPrefix("mmbook: ") } })
        #expect(m.pageRefCount(Self.base + 2048) == 0)
        #expect(m.checkInvariants() == [])
    }

    /// CONFIG_DEBUG_VM turns the key on whatever init_on_alloc says (mm/mm_init.c:2526): a page
    /// freed with PG_locked is a bad page again (`free_page_is_bad()`, mm/page_alloc.c:1385).
    @Test("free_page_is_bad(): debug_vm=on checks pages with init_on_alloc=0")
    func freePageIsBadWithDebugVM() throws {
        var m = Machine(
            layout: .contiguous(zones: [(.normal, 262_144)]), config: KernelConfig(debugVM: true, initOnAlloc: false))
        let p = try m.mustAlloc(.highuserMovable, order: 0)
        m.setPageFlag(p, .locked, on: true, head: true)
        m.freePages(p, order: 0)
        #expect(m.reports.map(\.reason) == ["PAGE_FLAGS_CHECK_AT_FREE flag(s) set"])
        #expect(m.checkInvariants() == [])
    }
}
