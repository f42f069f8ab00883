/// The state of every page frame, as a struct of pfn-indexed arrays.
///
/// Models: the `struct page` array (`mem_map` / vmemmap) of Linux 6.18 x86_64: `flags`,
/// `page_type` (which shares its 32 bits with `_mapcount`), `private`, `_refcount`, the list
/// links of `lru`/`buddy_list`/`pcp_list`, `compound_head`, and the fields `struct folio`
/// overlays on the first tail page of a large folio (`_flags_1` order byte, `_large_mapcount`,
/// `_nr_pages_mapped`, `_entire_mapcount`, `_pincount`; `_nr_pages` is always `1 << order`
/// here, so it is derived). The zone and node of a page, which the kernel keeps in the top
/// bits of `flags`, are `zoneIndex`. Not modelled: `mapping` and `index` (no page cache or
/// anon_vma; `mapping(_:)` derives the values the allocator checks), `memcg_data`, the MM-ID
/// fields of a folio's second page, and its third page's `_deferred_list`.
public struct MemMap: Sendable {
    /// `page_type` value meaning "no type" (`UINT_MAX`, i.e. `_mapcount == -1`).
    public static let noPageType: UInt32 = 0xffff_ffff
    /// `PGTY_buddy << 24`: the page heads a free buddy block.
    public static let pageTypeBuddy: UInt32 = PageType.buddy.pageTypeValue
    /// `zoneIndex` of a pfn that belongs to no zone.
    public static let noZone: UInt8 = 0xff
    /// `TAIL_MAPPING` (include/linux/poison.h): `0x400 + POISON_POINTER_DELTA`, which is
    /// `0xdead000000000000` on x86_64.
    public static let tailMapping: UInt64 = 0xdead_0000_0000_0400

    /// `page->flags`, the flag bits only (see `PageFlags`).
    public internal(set) var flags: [PageFlags]
    /// `page->page_type`, which is also `page->_mapcount` (see `mapcount(_:)`): a view of
    /// `hot`.
    public internal(set) var pageType: PageTypeColumn {
        get { PageTypeColumn(hot: hot) }
        _modify {
            var column = PageTypeColumn(hot: hot)
            hot = []
            defer { hot = column.hot }
            yield &column
        }
    }
    /// `page->private`: the order of a free buddy block on its first page, 0 elsewhere.
    /// The model stores nothing else there, so a byte holds it.
    public internal(set) var privateValue: [UInt8]
    /// `page->_refcount`: a view of `hot`.
    public internal(set) var refcount: RefcountColumn {
        get { RefcountColumn(hot: hot) }
        _modify {
            var column = RefcountColumn(hot: hot)
            hot = []
            defer { hot = column.hot }
            yield &column
        }
    }
    /// `_refcount` and `page_type` of every page, side by side as in `struct page`: one array
    /// rather than two columns that glibc would map at the same offset in their pages (where the
    /// free path's load of `page_type` after its store to `_refcount` waits on 4 KiB aliasing).
    var hot: [HotFields]
    /// `compound_head`: the head's pfn with bit 0 set on tail pages, 0 elsewhere (the model
    /// reads `headPfn << 1 | 1`, since a pfn stands in for a `struct page *`). As in the kernel,
    /// where `compound_head` shares its word with `lru.next`, it is kept in the page's list
    /// links (a tail page is on no list): see `PageLinks`.
    public var compoundHead: CompoundHeads { CompoundHeads(links: links) }
    /// The folio order kept in the first tail page of a compound page (the low byte of
    /// `page[1]._flags_1`, `folio_order()`), 0 elsewhere. Like the four folio fields below it
    /// lives only on the second page of a large folio, so it is kept in a side table by that
    /// pfn (`head + 1`) rather than in a per-pfn array: boot touches none of them.
    public internal(set) var folioOrder = HeadPfnTable<UInt8>(default: 0)
    /// `folio->_large_mapcount` (page[1]): the folio's mappings minus one; -1 unmapped.
    public internal(set) var largeMapcount = HeadPfnTable<Int32>(default: 0)
    /// `folio->_nr_pages_mapped` (page[1], CONFIG_PAGE_MAPCOUNT): pages mapped by a PTE.
    public internal(set) var nrPagesMapped = HeadPfnTable<Int32>(default: 0)
    /// `folio->_entire_mapcount` (page[1]): PMD mappings minus one; -1 unmapped.
    public internal(set) var entireMapcount = HeadPfnTable<Int32>(default: 0)
    /// `folio->_pincount` (page[1]): `FOLL_PIN` pins of a large folio.
    public internal(set) var pincount = HeadPfnTable<Int32>(default: 0)
    /// The flat index in `Machine.zones` of the zone each pfn belongs to.
    public internal(set) var zoneIndex: [UInt8]
    /// Model bookkeeping with no kernel field: the order of the block a page heads on a per-CPU
    /// list, -1 elsewhere. The kernel cannot tell a page on a pcp list from an allocated one
    /// (which is why it misses some double frees); the model uses this to refuse them.
    public internal(set) var pcpOrder: [Int8]
    /// Model bookkeeping with no kernel field: the order of each page-cache folio on (or
    /// isolated from) a file LRU, by its first pfn; 0 for every other pfn. The kernel reads it
    /// from the folio (`folio_order()`); the model's page-cache folios need not be compound.
    public internal(set) var lruFolioOrder = HeadPfnTable<UInt8>(default: 0)
    /// Model bookkeeping for `folio->mapping`: what each folio's mapping points at, by its
    /// first pfn; `.unmapped` for every other pfn (see `mapping(_:)`).
    public internal(set) var folioMapping = HeadPfnTable<FolioMapping>(default: .unmapped)
    /// `lru.next` and `lru.prev` of every page, as pfns (-1 for none): one array, so that a list
    /// operation updates both links of a page under one uniqueness check.
    var links: [PageLinks]

    init(pageCount: Int) {
        flags = Array(repeating: [], count: pageCount)
        hot = Array(repeating: HotFields(refcount: 0, pageType: MemMap.noPageType), count: pageCount)
        privateValue = Array(repeating: 0, count: pageCount)
        zoneIndex = Array(repeating: MemMap.noZone, count: pageCount)
        pcpOrder = Array(repeating: -1, count: pageCount)
        links = Array(repeating: PageLinks(), count: pageCount)
    }

    /// The number of page frames described.
    public var count: Int { flags.count }

    /// `PageBuddy(page)`: the page heads a free block in the buddy allocator.
    public func isBuddy(_ pfn: Int) -> Bool { hot[pfn].pageType == MemMap.pageTypeBuddy }

    /// The low 32 bits of `page->flags` as the kernel's word holds them: the flag bits, and on
    /// a large folio's second page the folio order in the low byte (`_flags_1`).
    @inline(__always)
    public func rawFlags(_ pfn: Int) -> UInt32 {
        folioOrder.isEmpty ? flags[pfn].rawValue : flags[pfn].rawValue | UInt32(folioOrder[pfn])
    }

    /// `page_has_type(page)`: `page_type` holds a type, not a mapcount.
    public func hasType(_ pfn: Int) -> Bool {
        Int32(bitPattern: hot[pfn].pageType) < Int32(bitPattern: PageType.mapcountUnderflow.pageTypeValue)
    }

    /// The page's type (`PGTY_*`), nil when `page_type` holds a mapcount.
    public func type(_ pfn: Int) -> PageType? { PageType(pageType: hot[pfn].pageType) }

    /// `atomic_read(&page->_mapcount)`: -1 for an unmapped page, the PTE mappings minus one
    /// otherwise; meaningless (a large negative number) when the page has a type.
    public func mapcount(_ pfn: Int) -> Int { Int(Int32(bitPattern: hot[pfn].pageType)) }

    /// The page's state in one line, for invariant messages.
    func stateSummary(_ pfn: Int) -> String {
        "refcount \(refcount[pfn]), page_type 0x\(String(pageType[pfn], radix: 16)), flags 0x\(String(rawFlags(pfn), radix: 16)), "
            + "compound_head 0x\(String(compoundHead[pfn], radix: 16)), pcp order \(pcpOrder[pfn])"
    }

    /// The first page of `pages` not in the state `page_expected_state()` (mm/page_alloc.c)
    /// wants: no type or mapcount, no mapping, no reference, no flag of `check` (flags read as
    /// `rawFlags(_:)`); nil when every page is. The loop of `check_new_pages()` over a block,
    /// in one pass through buffer pointers: one bounds check for the whole block.
    func firstUnexpected(in pages: Range<Int>, check: PageFlags) -> Int? {
        precondition(pages.lowerBound >= 0 && pages.upperBound <= count, "pfns outside the memmap")
        let checkBits = check.rawValue
        let folios = !folioOrder.isEmpty
        return hot.withUnsafeBufferPointer { hot in
            flags.withUnsafeBufferPointer { flags in
                links.withUnsafeBufferPointer { links in
                    for pfn in pages {
                        let raw = folios ? rawFlags(pfn) : flags[pfn].rawValue
                        if hot[pfn].pageType != MemMap.noPageType || hot[pfn].refcount != 0 || raw & checkBits != 0 {
                            return pfn
                        }
                        if links[pfn].isTail && mapping(pfn) != 0 { return pfn }
                    }
                    return nil
                }
            }
        }
    }

    /// Whether `free_pages_prepare()` (mm/page_alloc.c) finds nothing to report or change on
    /// the pages of `pages`, the tail pages of a block that is not a compound page: each is in
    /// the state `page_expected_state()` wants with `PAGE_FLAGS_CHECK_AT_FREE`, is no tail page,
    /// heads no per-CPU block and has no flag but PG_hwpoison. One pass through buffer pointers.
    func tailsNeedNoPrep(_ pages: Range<Int>) -> Bool {
        precondition(pages.lowerBound >= 0 && pages.upperBound <= count, "pfns outside the memmap")
        let checkBits = PageFlags.checkAtFree.rawValue
        let keptBits = PageFlags.hwpoison.rawValue
        guard folioOrder.isEmpty else { return false }
        return hot.withUnsafeBufferPointer { hot in
            flags.withUnsafeBufferPointer { flags in
                links.withUnsafeBufferPointer { links in
                    pcpOrder.withUnsafeBufferPointer { pcpOrder in
                        for pfn in pages {
                            let raw = flags[pfn].rawValue
                            if hot[pfn].pageType != MemMap.noPageType || hot[pfn].refcount != 0 || pcpOrder[pfn] >= 0
                                || links[pfn].isTail || raw & checkBits != 0 || raw & ~keptBits != 0
                            {
                                return false
                            }
                        }
                        return true
                    }
                }
            }
        }
    }

    /// `PageTail(page)`: bit 0 of `compound_head` (HVO fake heads are not modelled).
    @inline(__always)
    public func isTail(_ pfn: Int) -> Bool { links[pfn].isTail }

    /// `PageHead(page)`: PG_head.
    public func isHead(_ pfn: Int) -> Bool { flags[pfn].contains(.head) }

    /// `PageCompound(page)`: a head or a tail page.
    public func isCompound(_ pfn: Int) -> Bool { isHead(pfn) || isTail(pfn) }

    /// `compound_head(page)` / `page_folio(page)`: the head of a tail page, else the page itself.
    public func head(_ pfn: Int) -> Int { links[pfn].head ?? pfn }

    /// `folio_order(folio)`: the order in the second page of a large folio, 0 for a small one.
    public func folioOrder(ofFolio pfn: Int) -> Int {
        guard isHead(pfn), pfn + 1 < count else { return 0 }
        return Int(folioOrder[pfn + 1])
    }

    /// `folio_nr_pages(folio)`: `_nr_pages` of a large folio (set with the order by
    /// `folio_set_order()`, cleared with it by `free_pages_prepare()`), 1 for a small one.
    public func folioNrPages(_ pfn: Int) -> Int {
        guard isHead(pfn) else { return 1 }
        let order = folioOrder(ofFolio: pfn)
        return order == 0 ? 0 : 1 << order
    }

    /// `page->mapping` as far as the allocator's checks see it: `TAIL_MAPPING` on the tail pages
    /// `prep_compound_tail()` set it on (from the fourth page on; the second page holds
    /// `_entire_mapcount` and `_pincount` there, the third `_deferred_list.prev`, a pointer);
    /// on a folio's first page the fake pointer of its `folioMapping`, NULL without one.
    @inline(__always)
    public func mapping(_ pfn: Int) -> UInt64 {
        guard isTail(pfn) else { return headMapping(pfn) }
        return tailMapping(pfn)
    }

    /// `mapping(_:)` of a page that is not a tail: its folio's `folioMapping` as a fake pointer.
    private func headMapping(_ pfn: Int) -> UInt64 {
        switch folioMapping[pfn] {
        case .unmapped: return 0
        case .anon: return MemMap.anonVMAPointer | MemMap.pageMappingAnon
        case .file: return MemMap.fileMappingPointer
        }
    }

    /// `mapping(_:)` of a tail page.
    private func tailMapping(_ pfn: Int) -> UInt64 {
        switch pfn - head(pfn) {
        case 1:
            return UInt64(UInt32(bitPattern: entireMapcount[pfn])) | UInt64(UInt32(bitPattern: pincount[pfn])) << 32
        case 2:
            return MemMap.deferredListPointer
        default:
            return MemMap.tailMapping
        }
    }

    /// What the model puts for the `_deferred_list.prev` pointer a third page's `mapping` word
    /// holds: some kernel address with the low bits clear.
    static let deferredListPointer: UInt64 = 0xffff_ea00_0000_0090

    /// `PAGE_MAPPING_ANON` (include/linux/page-flags.h): bit 0 of an anonymous folio's `mapping`.
    static let pageMappingAnon: UInt64 = 0x1
    /// What the model puts for the `anon_vma` of every anonymous folio: a slab address in the
    /// direct map (x86_64 `PAGE_OFFSET` 0xffff888000000000), 8-byte aligned.
    static let anonVMAPointer: UInt64 = 0xffff_8881_0020_0a00
    /// What the model puts for the `address_space` of its one file (the `i_data` of an inode in
    /// the direct map), 8-byte aligned.
    static let fileMappingPointer: UInt64 = 0xffff_8881_0040_0e38

    /// `buddy_order(page)`: the order of the free block a PageBuddy page heads.
    public func buddyOrder(_ pfn: Int) -> Int { Int(privateValue[pfn]) }

    /// `__SetPageBuddy()` and `set_buddy_order()`.
    mutating func setBuddy(_ pfn: Int, order: Int) {
        hot[pfn].pageType = MemMap.pageTypeBuddy
        privateValue[pfn] = UInt8(order)
    }

    /// `__SetPage<Type>()` / `__folio_set_<type>()`: gives an untyped, unmapped page a type.
    mutating func setType(_ pfn: Int, _ type: PageType) { hot[pfn].pageType = type.pageTypeValue }

    /// `__ClearPage<Type>()` / `__folio_clear_<type>()`: back to "no type, not mapped".
    mutating func clearType(_ pfn: Int) { hot[pfn].pageType = MemMap.noPageType }

    /// `__ClearPageBuddy()` and `set_page_private(page, 0)`.
    mutating func clearBuddy(_ pfn: Int) {
        hot[pfn].pageType = MemMap.noPageType
        privateValue[pfn] = 0
    }

    /// `page->compound_head = value`: `head << 1 | 1` makes the page a tail of `head`
    /// (`set_compound_head()`), 0 makes a tail page a page of its own again
    /// (`clear_compound_head()`).
    mutating func setCompoundHead(_ pfn: Int, _ value: Int) {
        if value & 1 != 0 {
            precondition(value >> 1 <= Int(Int32.max) - 2, "head pfn beyond the Int32 links")
            links[pfn] = PageLinks(tailOf: value >> 1, prev: links[pfn].prev)
        } else if links[pfn].isTail {
            links[pfn] = PageLinks(next: -1, prev: links[pfn].prev)
        }
    }

    /// The pfn after `pfn` on its list, -1 when it is last (`list_next_entry()`).
    func next(_ pfn: Int) -> Int32 { links[pfn].next }

    /// The pfn before `pfn` on its list, negative when it is first (`list_prev_entry()`).
    func prev(_ pfn: Int) -> Int32 { links[pfn].prev }

    /// `list_add()`: puts `pfn` first on `list`.
    @inline(__always)
    mutating func addFirst(_ pfn: Int, to list: inout PageList) {
        precondition(pfn >= 0 && pfn < links.count, "pfn outside the memmap")
        let p = Int32(pfn)
        let first = list.first
        links.withUnsafeMutableBufferPointer { links in
            links[pfn] = PageLinks(next: first, prev: -1)
            if first >= 0 { links[Int(first)].prev = p }
        }
        if first < 0 { list.last = p }
        list.first = p
        list.count += 1
    }

    /// `list_add_tail()`: puts `pfn` last on `list`.
    @inline(__always)
    mutating func addLast(_ pfn: Int, to list: inout PageList) {
        precondition(pfn >= 0 && pfn < links.count, "pfn outside the memmap")
        let p = Int32(pfn)
        let last = list.last
        links.withUnsafeMutableBufferPointer { links in
            links[pfn] = PageLinks(next: -1, prev: last)
            if last >= 0 { links[Int(last)].next = p }
        }
        if last < 0 { list.first = p }
        list.last = p
        list.count += 1
    }

    /// `list_del()`: unlinks `pfn` from `list`.
    @inline(__always)
    mutating func remove(_ pfn: Int, from list: inout PageList) {
        precondition(pfn >= 0 && pfn < links.count, "pfn outside the memmap")
        let (n, p) = links.withUnsafeMutableBufferPointer { links in
            let entry = links[pfn]
            if entry.prev >= 0 { links[Int(entry.prev)].next = entry.next }
            if entry.next >= 0 { links[Int(entry.next)].prev = entry.prev }
            links[pfn] = PageLinks.unlinked
            return (entry.next, entry.prev)
        }
        if p < 0 { list.first = n }
        if n < 0 { list.last = p }
        list.count -= 1
    }

    /// `list_add(&page->pcp_list, list)` of a block of `order` going onto a per-CPU list.
    mutating func addFirst(_ pfn: Int, order: Int, toPcp list: inout PageList) {
        addFirst(pfn, to: &list)
        pcpOrder[pfn] = Int8(order)
    }

    /// `list_add_tail(&page->pcp_list, list)` of a block of `order` going onto a per-CPU list.
    mutating func addLast(_ pfn: Int, order: Int, toPcp list: inout PageList) {
        addLast(pfn, to: &list)
        pcpOrder[pfn] = Int8(order)
    }

    /// `list_del(&page->pcp_list)`: a block leaves its per-CPU list.
    mutating func remove(_ pfn: Int, fromPcp list: inout PageList) {
        remove(pfn, from: &list)
        pcpOrder[pfn] = -1
    }

    /// The pfns on `list`, first to last (`list_for_each_entry`).
    public func entries(of list: PageList) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(list.count)
        var p = list.first
        while p >= 0 {
            out.append(Int(p))
            p = links[Int(p)].next
        }
        return out
    }
}

/// The two links of `page->lru` (shared with `buddy_list` and `pcp_list`), as pfns.
///
/// Models: `struct list_head` inside `struct page`; -1 stands for a link to the list head.
/// The kernel overlays `compound_head` on `lru.next` (a tail page is on no list, and bit 0 tells
/// the two apart); here a tail page's `next` holds `-2 - head`, below every link.
struct PageLinks: Sendable, Equatable {
    /// `lru.next`, or a tail page's head.
    var next: Int32 = -1
    /// `lru.prev`.
    var prev: Int32 = -1

    /// The links of a tail page of the compound page whose head is at `head`; `prev` keeps
    /// what `lru.prev` held, which `set_compound_head()` does not write.
    init(tailOf head: Int, prev: Int32 = -1) {
        next = Int32(-2 - head)
        self.prev = prev
    }

    /// Links to no list, as `INIT_LIST_HEAD()` leaves a page's `lru` at boot
    /// (`__init_single_page()`, mm/mm_init.c:591).
    init() {}

    /// Links to no list after `list_del()`, which poisons them (`LIST_POISON1`/`2`).
    static let unlinked = PageLinks(next: -1, prev: -2)

    /// Whether `list_del()` took the page off a list and nothing linked it since (on a tail
    /// page: before it became one).
    var wasUnlinked: Bool { (next == -1 || next <= -2) && prev == -2 }

    /// Links for a page on a list.
    init(next: Int32, prev: Int32) {
        self.next = next
        self.prev = prev
    }

    /// Whether the page is a tail page (`PageTail()`).
    @inline(__always)
    var isTail: Bool { next <= -2 }

    /// The head of a tail page, nil for any other page.
    @inline(__always)
    var head: Int? { next <= -2 ? Int(-2 - next) : nil }
}

/// `compound_head` of every page, read as the kernel's word: the head's pfn shifted left with
/// bit 0 set on a tail page, 0 elsewhere.
///
/// Models: `page->compound_head` (include/linux/mm_types.h), a view of the list links that
/// hold it (`PageLinks`).
public struct CompoundHeads: Sendable {
    let links: [PageLinks]

    /// `page->compound_head` of `pfn`.
    public subscript(pfn: Int) -> Int { links[pfn].head.map { $0 << 1 | 1 } ?? 0 }
}

/// `_refcount` and `page_type` of one page (part of `MemMap`'s model of `struct page`): the two
/// 4-byte fields the allocation and free paths read and write together.
struct HotFields: Sendable, Equatable {
    /// `_refcount`.
    var refcount: Int32
    /// `page_type` / `_mapcount`.
    var pageType: UInt32
}

/// `_refcount` of every page, indexed by pfn: a view of `MemMap`'s paired fields.
public struct RefcountColumn: RandomAccessCollection, Sendable {
    var hot: [HotFields]

    /// The first pfn, 0.
    public var startIndex: Int { 0 }
    /// The number of pages.
    public var endIndex: Int { hot.count }

    /// `page_ref_count(page)` of `pfn`.
    public subscript(pfn: Int) -> Int32 {
        @inline(__always) get { hot[pfn].refcount }
        @inline(__always) set { hot[pfn].refcount = newValue }
    }
}

/// `page_type` of every page, indexed by pfn: a view of `MemMap`'s paired fields.
public struct PageTypeColumn: RandomAccessCollection, Sendable {
    var hot: [HotFields]

    /// The first pfn, 0.
    public var startIndex: Int { 0 }
    /// The number of pages.
    public var endIndex: Int { hot.count }

    /// `page->page_type` of `pfn`.
    public subscript(pfn: Int) -> UInt32 {
        @inline(__always) get { hot[pfn].pageType }
        @inline(__always) set { hot[pfn].pageType = newValue }
    }
}
