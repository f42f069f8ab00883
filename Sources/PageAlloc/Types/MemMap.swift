/// The state of every page frame: 22 bytes a pfn in one mapping (`MemMapStorage`), read and
/// written through columns indexed by pfn, plus side tables for the fields of a folio's second page.
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

    /// The per-pfn words, shared between copies of the memmap until one of them writes
    /// (explicit copy-on-write: every mutating method calls `makeUnique()` once, then writes
    /// through the storage's pointers with no further check).
    private(set) var storage: MemMapStorage

    /// `page->flags`, the flag bits only (see `PageFlags`).
    public internal(set) var flags: MemMapColumn<FlagsField> {
        get { MemMapColumn(storage) }
        _modify {
            makeUnique()
            var column = MemMapColumn<FlagsField>(storage)
            yield &column
        }
    }
    /// `page->page_type`, which is also `page->_mapcount` (see `mapcount(_:)`).
    public internal(set) var pageType: MemMapColumn<PageTypeField> {
        get { MemMapColumn(storage) }
        _modify {
            makeUnique()
            var column = MemMapColumn<PageTypeField>(storage)
            yield &column
        }
    }
    /// `page->private`: the order of a free buddy block on its first page, 0 elsewhere.
    /// The model stores nothing else there, so four bits hold it.
    public internal(set) var privateValue: MemMapColumn<PrivateField> {
        get { MemMapColumn(storage) }
        _modify {
            makeUnique()
            var column = MemMapColumn<PrivateField>(storage)
            yield &column
        }
    }
    /// `page->_refcount`.
    public internal(set) var refcount: MemMapColumn<RefcountField> {
        get { MemMapColumn(storage) }
        _modify {
            makeUnique()
            var column = MemMapColumn<RefcountField>(storage)
            yield &column
        }
    }
    /// `compound_head`: the head's pfn with bit 0 set on tail pages, 0 elsewhere (the model
    /// reads `headPfn << 1 | 1`, since a pfn stands in for a `struct page *`). As in the kernel,
    /// where `compound_head` shares its word with `lru.next`, it is kept in the page's list
    /// links (a tail page is on no list): see `PageLinks`.
    public var compoundHead: MemMapColumn<CompoundHeadField> { MemMapColumn(storage) }
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
    /// The flat index in `Machine.zones` of the zone each pfn belongs to, `MemMap.noZone` for
    /// none (the kernel keeps the zone in the top bits of `page->flags`).
    public internal(set) var zoneIndex: MemMapColumn<ZoneIndexField> {
        get { MemMapColumn(storage) }
        _modify {
            makeUnique()
            var column = MemMapColumn<ZoneIndexField>(storage)
            yield &column
        }
    }
    /// Model bookkeeping with no kernel field: the order of the block a page heads on a per-CPU
    /// list, -1 elsewhere. The kernel cannot tell a page on a pcp list from an allocated one
    /// (which is why it misses some double frees); the model uses this to refuse them.
    public internal(set) var pcpOrder: MemMapColumn<PcpOrderField> {
        get { MemMapColumn(storage) }
        _modify {
            makeUnique()
            var column = MemMapColumn<PcpOrderField>(storage)
            yield &column
        }
    }
    /// Model bookkeeping with no kernel field: the order of each page-cache folio on (or
    /// isolated from) a file LRU, by its first pfn; 0 for every other pfn. The kernel reads it
    /// from the folio (`folio_order()`); the model's page-cache folios need not be compound.
    public internal(set) var lruFolioOrder = HeadPfnTable<UInt8>(default: 0)
    /// Model bookkeeping for `folio->mapping`: what each folio's mapping points at, by its
    /// first pfn; `.unmapped` for every other pfn (see `mapping(_:)`).
    public internal(set) var folioMapping = HeadPfnTable<FolioMapping>(default: .unmapped)
    /// `lru.next` and `lru.prev` of every page, as pfns (-1 for none).
    var links: MemMapColumn<LinksField> {
        get { MemMapColumn(storage) }
        _modify {
            makeUnique()
            var column = MemMapColumn<LinksField>(storage)
            yield &column
        }
    }

    /// `pageCount` page frames in the state `__init_single_page()` has not reached yet: no
    /// zone, no flags, no reference, no type, on no list. The storage starts as zero bytes,
    /// which is that state, so the pages of a hole are never touched.
    init(pageCount: Int) {
        storage = MemMapStorage(count: pageCount)
    }

    /// Gives this memmap storage of its own before a write, copying the shared one: the one
    /// uniqueness check of a mutating method.
    @inline(__always)
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = MemMapStorage(copying: storage) }
    }

    /// The hot words of `pfn`, read.
    @inline(__always)
    func words(_ pfn: Int) -> PageWords {
        precondition(UInt(bitPattern: pfn) < UInt(bitPattern: storage.count), "pfn outside the memmap")
        return storage.words[pfn]
    }

    /// Runs `body` on the words of `pfn` in place, after one uniqueness check.
    @inline(__always)
    mutating func updateWords<R>(_ pfn: Int, _ body: (inout PageWords) -> R) -> R {
        precondition(UInt(bitPattern: pfn) < UInt(bitPattern: storage.count), "pfn outside the memmap")
        makeUnique()
        return body(&storage.words[pfn])
    }

    /// Links every page of `span` to zone `z`, reserved with one reference, as
    /// `__init_single_page()` (mm/mm_init.c) leaves it.
    mutating func initSpan(_ span: Range<Int>, zone z: Int) {
        precondition(span.lowerBound >= 0 && span.upperBound <= count, "pfns outside the memmap")
        precondition(z < Int(MemMap.noZone), "a zone index beyond the memmap's byte")
        makeUnique()
        let words = storage.words
        let meta = storage.meta
        for pfn in span {
            words[pfn].flags = PageFlags.reserved.rawValue
            words[pfn].refcount = 1
            meta[pfn] = meta[pfn] & 0xff00 | UInt16(z + 1)
        }
    }

    /// Clears PG_reserved and the boot reference of every page of `block`, as
    /// `__free_pages_core()` (mm/page_alloc.c) does before freeing it.
    mutating func releaseReserved(_ block: Range<Int>) {
        precondition(block.lowerBound >= 0 && block.upperBound <= count, "pfns outside the memmap")
        makeUnique()
        let words = storage.words
        for pfn in block {
            words[pfn].flags &= ~PageFlags.reserved.rawValue
            words[pfn].refcount = 0
        }
    }

    /// `page_ref_count(page)`.
    @inline(__always)
    func refcountOf(_ pfn: Int) -> Int32 { words(pfn).refcount }

    /// `set_page_count(page, value)`.
    @inline(__always)
    mutating func setRefcount(_ pfn: Int, _ value: Int32) { updateWords(pfn) { $0.refcount = value } }

    /// `page_ref_dec_return(page)`: drops one reference and returns the count left.
    @inline(__always)
    mutating func decrementRefcount(_ pfn: Int) -> Int32 {
        updateWords(pfn) { words in
            words.refcount -= 1
            return words.refcount
        }
    }

    /// The number of page frames described.
    public var count: Int { storage.count }

    /// `PageBuddy(page)`: the page heads a free buddy block.
    @inline(__always)
    public func isBuddy(_ pfn: Int) -> Bool { words(pfn).pageType == MemMap.pageTypeBuddy }

    /// The low 32 bits of `page->flags` as the kernel's word holds them: the flag bits, and on
    /// a large folio's second page the folio order in the low byte (`_flags_1`).
    @inline(__always)
    public func rawFlags(_ pfn: Int) -> UInt32 {
        let flags = words(pfn).flags
        return folioOrder.isEmpty ? flags : flags | UInt32(folioOrder[pfn])
    }

    /// `page_has_type(page)`: `page_type` holds a type, not a mapcount.
    public func hasType(_ pfn: Int) -> Bool {
        Int32(bitPattern: words(pfn).pageType) < Int32(bitPattern: PageType.mapcountUnderflow.pageTypeValue)
    }

    /// The page's type (`PGTY_*`), nil when `page_type` holds a mapcount.
    public func type(_ pfn: Int) -> PageType? { PageType(pageType: words(pfn).pageType) }

    /// `atomic_read(&page->_mapcount)`: -1 for an unmapped page, the PTE mappings minus one
    /// otherwise; meaningless (a large negative number) when the page has a type.
    public func mapcount(_ pfn: Int) -> Int { Int(Int32(bitPattern: words(pfn).pageType)) }

    /// The page's state in one line, for invariant messages.
    func stateSummary(_ pfn: Int) -> String {
        "refcount \(refcount[pfn]), page_type 0x\(String(pageType[pfn], radix: 16)), flags 0x\(String(rawFlags(pfn), radix: 16)), "
            + "compound_head 0x\(String(compoundHead[pfn], radix: 16)), pcp order \(pcpOrder[pfn])"
    }

    /// The first page of `pages` not in the state `page_expected_state()` (mm/page_alloc.c)
    /// wants: no type or mapcount, no mapping, no reference, no flag of `check` (flags read as
    /// `rawFlags(_:)`); nil when every page is. The loop of `check_new_pages()` over a block,
    /// in one pass over the pages' words: one bounds check for the whole block.
    func firstUnexpected(in pages: Range<Int>, check: PageFlags) -> Int? {
        precondition(pages.lowerBound >= 0 && pages.upperBound <= count, "pfns outside the memmap")
        let checkBits = check.rawValue
        let folios = !folioOrder.isEmpty
        // Most blocks are clean: one branch-free pass over them says so.
        if !folios && cleanWords(pages, refusedFlags: checkBits) { return nil }
        let words = storage.words
        for pfn in pages {
            let page = words[pfn]
            let raw = folios ? rawFlags(pfn) : page.flags
            if page.pageType != MemMap.noPageType || page.refcount != 0 || raw & checkBits != 0 { return pfn }
            if page.isTail && mapping(pfn) != 0 { return pfn }
        }
        return nil
    }

    /// Whether every page of `pages` has no type or mapcount, no reference, no flag of
    /// `refusedFlags`, is no tail page and heads no per-CPU block: one pass with no branch per
    /// page.
    ///
    /// Each of those is a bit of the page's words (a tail page's stored link has its sign bit
    /// set, see `PageWords.storedNext`), so the test ORs the words and masks the result. The
    /// words of four pages are 80 bytes, five 16-byte vectors; each is ORed into an accumulator
    /// of its own, masked once at the end; the pages left over go one by one. Read as 64-bit
    /// halves, the words of two pages repeat the same five pairs of fields, so the end needs
    /// five masks: (flags, refcount), (type, next), (prev, flags), (refcount, type),
    /// (next, prev).
    @inline(__always)
    private func cleanWords(_ pages: Range<Int>, refusedFlags: UInt32) -> Bool {
        typealias Lanes = SIMD2<UInt64>
        var raw = UnsafeRawPointer(storage.words + pages.lowerBound)
        var meta = UnsafeRawPointer(storage.meta + pages.lowerBound)
        var v0 = Lanes()
        var v1 = Lanes()
        var v2 = Lanes()
        var v3 = Lanes()
        var v4 = Lanes()
        var pcp: UInt64 = 0
        for _ in 0..<(pages.count >> 2) {
            v0 |= raw.loadUnaligned(as: Lanes.self)
            v1 |= raw.loadUnaligned(fromByteOffset: 16, as: Lanes.self)
            v2 |= raw.loadUnaligned(fromByteOffset: 32, as: Lanes.self)
            v3 |= raw.loadUnaligned(fromByteOffset: 48, as: Lanes.self)
            v4 |= raw.loadUnaligned(fromByteOffset: 64, as: Lanes.self)
            pcp |= meta.loadUnaligned(as: UInt64.self)
            raw += 4 * MemoryLayout<PageWords>.stride
            meta += 4 * MemoryLayout<UInt16>.stride
        }
        var words = raw.assumingMemoryBound(to: PageWords.self)
        var left = meta.assumingMemoryBound(to: UInt16.self)
        for _ in 0..<(pages.count & 3) {
            // A lone page's first 16 bytes go where a group's first page has them.
            v0 |= UnsafeRawPointer(words).loadUnaligned(as: Lanes.self)
            pcp |= UInt64(left.pointee)
            words += 1
            left += 1
        }
        let refused = UInt64(refusedFlags)
        let tail = UInt64(PageWords.tailBit)
        let flagsRefcount = refused | UInt64(UInt32.max) << 32
        let typeNext = UInt64(UInt32.max) | tail << 32
        let prevFlags = refused << 32
        let refcountType = UInt64.max
        let nextPrev = tail
        let set =
            v0 & Lanes(flagsRefcount, typeNext) | v1 & Lanes(prevFlags, refcountType)
            | v2 & Lanes(nextPrev, flagsRefcount) | v3 & Lanes(typeNext, prevFlags)
            | v4 & Lanes(refcountType, nextPrev)
        let mask = UInt64(MemMapStorage.pcpOrderMask)
        return set[0] | set[1] == 0 && pcp & (mask | mask << 16 | mask << 32 | mask << 48) == 0
    }

    /// Whether `free_pages_prepare()` (mm/page_alloc.c) finds nothing to report or change on
    /// the pages of `pages`, the tail pages of a block that is not a compound page: each is in
    /// the state `page_expected_state()` wants with `PAGE_FLAGS_CHECK_AT_FREE`, is no tail page,
    /// heads no per-CPU block and has no flag but PG_hwpoison. One pass over the pages' words.
    func tailsNeedNoPrep(_ pages: Range<Int>) -> Bool {
        precondition(pages.lowerBound >= 0 && pages.upperBound <= count, "pfns outside the memmap")
        guard folioOrder.isEmpty else { return false }
        return cleanWords(pages, refusedFlags: PageFlags.checkAtFree.rawValue | ~PageFlags.hwpoison.rawValue)
    }

    /// `PageTail(page)`: bit 0 of `compound_head` (HVO fake heads are not modelled).
    @inline(__always)
    public func isTail(_ pfn: Int) -> Bool { words(pfn).isTail }

    /// `PageHead(page)`: PG_head.
    @inline(__always)
    public func isHead(_ pfn: Int) -> Bool { words(pfn).flags & PageFlags.head.rawValue != 0 }

    /// `PageCompound(page)`: a head or a tail page.
    @inline(__always)
    public func isCompound(_ pfn: Int) -> Bool {
        let page = words(pfn)
        return page.flags & PageFlags.head.rawValue != 0 || page.isTail
    }

    /// `compound_head(page)` / `page_folio(page)`: the head of a tail page, else the page itself.
    public func head(_ pfn: Int) -> Int { words(pfn).links.head ?? pfn }

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

    /// `__SetPageBuddy()` and `set_buddy_order()` alone, on no list (tests make a page look
    /// free with it, to see the invariants catch it).
    mutating func setBuddy(_ pfn: Int, order: Int) {
        updateWords(pfn) { $0.pageType = MemMap.pageTypeBuddy }
        storage.setPrivate(pfn, order)
    }

    /// The contract of the `…Unique` writes: `pfn` is in the memmap (checked), and the caller
    /// has made the memmap unique, or knows it is (it wrote through it in the same call), so
    /// the write checks nothing more (debug builds assert it).
    @inline(__always)
    private mutating func assumeUnique(_ pfn: Int) {
        precondition(UInt(bitPattern: pfn) < UInt(bitPattern: count), "pfn outside the memmap")
        assert(isKnownUniquelyReferenced(&storage), "an unchecked write to a shared memmap")
    }

    /// The page half of `__add_to_free_list()` (mm/page_alloc.c): PageBuddy with `order` in
    /// `private`, then linked first on `list` or, with `tail`, last, on a memmap the caller has
    /// made unique (`makeUnique()`) for a run of updates: no check of its own (debug builds
    /// assert it).
    @inline(__always)
    mutating func addBuddyToUnique(_ pfn: Int, order: Int, to list: inout PageList, tail: Bool) {
        assumeUnique(pfn)
        storage.words[pfn].pageType = MemMap.pageTypeBuddy
        storage.setPrivate(pfn, order)
        if tail { linkLast(pfn, to: &list) } else { linkFirst(pfn, to: &list) }
    }

    /// The page half of `__del_page_from_free_list()` (mm/page_alloc.c): unlinked from `list`,
    /// PageBuddy and `private` cleared, on a memmap the caller has made unique (`makeUnique()`)
    /// for a run of updates: no check of its own (debug builds assert it).
    @inline(__always)
    mutating func removeBuddyFromUnique(_ pfn: Int, from list: inout PageList) {
        assumeUnique(pfn)
        unlink(pfn, from: &list)
        storage.words[pfn].pageType = MemMap.noPageType
        storage.setPrivate(pfn, 0)
    }

    /// `set_page_count(page, value)` on a memmap the caller knows to be unique: no check of its
    /// own (debug builds assert it).
    @inline(__always)
    mutating func setRefcountOfUnique(_ pfn: Int, _ value: Int32) {
        assumeUnique(pfn)
        storage.words[pfn].refcount = value
    }

    /// Sets `private` of `pfn` to 0 on a memmap the caller has made unique.
    @inline(__always)
    mutating func clearPrivateOfUnique(_ pfn: Int) {
        assumeUnique(pfn)
        storage.setPrivate(pfn, 0)
    }

    /// `__SetPage<Type>()` / `__folio_set_<type>()`: gives an untyped, unmapped page a type.
    mutating func setType(_ pfn: Int, _ type: PageType) { updateWords(pfn) { $0.pageType = type.pageTypeValue } }

    /// `__ClearPage<Type>()` / `__folio_clear_<type>()`: back to "no type, not mapped".
    mutating func clearType(_ pfn: Int) { updateWords(pfn) { $0.pageType = MemMap.noPageType } }

    /// `page->compound_head = value`: `head << 1 | 1` makes the page a tail of `head`
    /// (`set_compound_head()`), 0 makes a tail page a page of its own again
    /// (`clear_compound_head()`).
    mutating func setCompoundHead(_ pfn: Int, _ value: Int) {
        precondition(value >> 1 <= Int(Int32.max) - 2, "head pfn beyond the Int32 links")
        updateWords(pfn) { words in
            if value & 1 != 0 {
                words.links = PageLinks(tailOf: value >> 1, prev: words.prev)
            } else if words.isTail {
                words.next = -1
            }
        }
    }

    /// The pfn after `pfn` on its list, -1 when it is last (`list_next_entry()`).
    func next(_ pfn: Int) -> Int32 { words(pfn).next }

    /// The pfn before `pfn` on its list, negative when it is first (`list_prev_entry()`).
    func prev(_ pfn: Int) -> Int32 { words(pfn).prev }

    /// `list_add()`: puts `pfn` first on `list`.
    @inline(__always)
    mutating func addFirst(_ pfn: Int, to list: inout PageList) {
        precondition(UInt(bitPattern: pfn) < UInt(bitPattern: count), "pfn outside the memmap")
        makeUnique()
        linkFirst(pfn, to: &list)
    }

    /// `list_add_tail()`: puts `pfn` last on `list`.
    @inline(__always)
    mutating func addLast(_ pfn: Int, to list: inout PageList) {
        precondition(UInt(bitPattern: pfn) < UInt(bitPattern: count), "pfn outside the memmap")
        makeUnique()
        linkLast(pfn, to: &list)
    }

    /// `list_del()`: unlinks `pfn` from `list`.
    @inline(__always)
    mutating func remove(_ pfn: Int, from list: inout PageList) {
        precondition(UInt(bitPattern: pfn) < UInt(bitPattern: count), "pfn outside the memmap")
        makeUnique()
        unlink(pfn, from: &list)
    }

    /// `list_add()` on storage already made unique, `pfn` already checked.
    @inline(__always)
    private func linkFirst(_ pfn: Int, to list: inout PageList) {
        let words = storage.words
        let p = Int32(pfn)
        let first = list.first
        words[pfn].links = PageLinks(next: first, prev: -1)
        if first >= 0 { words[Int(first)].prev = p } else { list.last = p }
        list.first = p
        list.count += 1
    }

    /// `list_add_tail()` on storage already made unique, `pfn` already checked.
    @inline(__always)
    private func linkLast(_ pfn: Int, to list: inout PageList) {
        let words = storage.words
        let p = Int32(pfn)
        let last = list.last
        words[pfn].links = PageLinks(next: -1, prev: last)
        if last >= 0 { words[Int(last)].next = p } else { list.first = p }
        list.last = p
        list.count += 1
    }

    /// `list_del()` on storage already made unique, `pfn` already checked.
    @inline(__always)
    private func unlink(_ pfn: Int, from list: inout PageList) {
        let words = storage.words
        let entry = words[pfn].links
        if entry.prev >= 0 { words[Int(entry.prev)].next = entry.next } else { list.first = entry.next }
        if entry.next >= 0 { words[Int(entry.next)].prev = entry.prev } else { list.last = entry.prev }
        words[pfn].links = PageLinks.unlinked
        list.count -= 1
    }

    /// `list_add(&page->pcp_list, list)` of a block of `order` going onto a per-CPU list.
    @inline(__always)
    mutating func addFirst(_ pfn: Int, order: Int, toPcp list: inout PageList) {
        addFirst(pfn, to: &list)
        storage.setPcpOrder(pfn, order)
    }

    /// `list_add_tail(&page->pcp_list, list)` of a block of `order` going onto a per-CPU list.
    @inline(__always)
    mutating func addLast(_ pfn: Int, order: Int, toPcp list: inout PageList) {
        addLast(pfn, to: &list)
        storage.setPcpOrder(pfn, order)
    }

    /// `list_del(&page->pcp_list)`: a block leaves its per-CPU list.
    @inline(__always)
    mutating func remove(_ pfn: Int, fromPcp list: inout PageList) {
        remove(pfn, from: &list)
        storage.setPcpOrder(pfn, -1)
    }

    /// The pfns on `list`, first to last (`list_for_each_entry`).
    public func entries(of list: PageList) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(list.count)
        var p = list.first
        while p >= 0 {
            out.append(Int(p))
            p = words(Int(p)).next
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

/// The words of one page frame that the allocator reads and writes on every operation, as the
/// model keeps them: `flags`, `_refcount`, `page_type` and the two `lru` links, 20 bytes.
///
/// Zero-encoded: the all-zero value is a page no one has touched (no flags, no reference, no
/// type, linked to no list), so the memmap of a hole stays zero pages that are never written.
/// `page_type` and `lru.prev` are therefore stored inverted, `lru.next` one up.
struct PageWords {
    /// `page->flags`, the flag bits (see `PageFlags`).
    var flags: UInt32
    /// `page->_refcount`.
    var refcount: Int32
    /// `~page->page_type`: 0 is "no type, not mapped" (`UINT_MAX`).
    var storedPageType: UInt32
    /// `lru.next + 1`: 0 is -1, the list head; a list link is above 0 and the encoded
    /// `compound_head` of a tail page (below -1) is below 0, so the sign bit alone says
    /// `PageTail()`.
    var storedNext: Int32
    /// `~lru.prev`: 0 is -1.
    var storedPrev: Int32

    /// `page->page_type` / `_mapcount`.
    var pageType: UInt32 {
        @inline(__always) get { ~storedPageType }
        @inline(__always) set { storedPageType = ~newValue }
    }

    /// `lru.next` as `PageLinks` keeps it.
    var next: Int32 {
        @inline(__always) get { storedNext &- 1 }
        @inline(__always) set { storedNext = newValue &+ 1 }
    }

    /// `lru.prev` as `PageLinks` keeps it.
    var prev: Int32 {
        @inline(__always) get { ~storedPrev }
        @inline(__always) set { storedPrev = ~newValue }
    }

    /// Both links.
    var links: PageLinks {
        @inline(__always) get { PageLinks(next: next, prev: prev) }
        @inline(__always)
        set {
            next = newValue.next
            prev = newValue.prev
        }
    }

    /// Whether the page is a tail page (`PageTail()`).
    var isTail: Bool {
        @inline(__always) get { storedNext < 0 }
    }

    /// The bit of `storedNext` that is set on a tail page.
    static let tailBit: UInt32 = 0x8000_0000
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The memory behind a `MemMap`: the words of every page frame and, beside them, two bytes a
/// page for `private`, the per-CPU order and the zone. One object for the whole memmap, so that
/// a write checks one reference for uniqueness however many fields it touches.
///
/// One anonymous mapping of its own (`mmap`), zero-filled by the kernel on first touch: the
/// kernel's vmemmap populates sections of present memory only; here the pages of the memmap
/// that describe holes are never written, so they take no memory either. (From `malloc`, a
/// memmap could come from reused heap memory that `calloc` must clear, and land at a different
/// offset in its pages from run to run.)
///
/// `@unchecked Sendable`: the pointees are written only through a `MemMap` that holds its
/// storage uniquely (`makeUnique()`), so no storage another value can see is ever written.
public final class MemMapStorage: @unchecked Sendable {
    /// The number of page frames.
    let count: Int
    /// The words of each page frame.
    let words: UnsafeMutablePointer<PageWords>
    /// Per pfn: bits 0-7 the zone index + 1 (0: no zone), bits 8-11 `private`, bits 12-15 the
    /// per-CPU order + 1 (0: on no per-CPU list).
    let meta: UnsafeMutablePointer<UInt16>
    /// The mapping holding both.
    private let mapping: UnsafeMutableRawPointer
    /// Its length in bytes.
    private let mappingBytes: Int

    /// The mask of the per-CPU order in `meta`.
    static let pcpOrderMask: UInt16 = 0xf000

    /// Where `meta` starts in the mapping: after the words, rounded up to a page, and half a
    /// page further, so that a page's words and its two bytes do not sit at the same offset in
    /// their 4 KiB pages for the low pfns (where loads would wait on 4 KiB aliasing).
    private static func metaOffset(count: Int) -> Int {
        let words = count * MemoryLayout<PageWords>.stride
        return (words + 4095) & ~4095 + 2048
    }

    /// `count` untouched page frames.
    init(count: Int) {
        precondition(count >= 0, "a negative page count")
        self.count = count
        let metaOffset = Self.metaOffset(count: count)
        mappingBytes = metaOffset + max(count, 1) * MemoryLayout<UInt16>.stride
        guard
            let base = mmap(
                nil, mappingBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
            base != MAP_FAILED
        else {
            fatalError("no memory for a memmap of \(count) pages (errno \(errno))")
        }
        mapping = base
        words = base.bindMemory(to: PageWords.self, capacity: max(count, 1))
        meta = (base + metaOffset).bindMemory(to: UInt16.self, capacity: max(count, 1))
    }

    /// A copy of `other`, for the first write to a memmap that shares it.
    convenience init(copying other: MemMapStorage) {
        self.init(count: other.count)
        memcpy(words, other.words, other.count * MemoryLayout<PageWords>.stride)
        memcpy(meta, other.meta, other.count * MemoryLayout<UInt16>.stride)
    }

    deinit { munmap(mapping, mappingBytes) }

    /// Sets `private` of `pfn` (an order, 0-15).
    @inline(__always)
    func setPrivate(_ pfn: Int, _ value: Int) {
        precondition(value >= 0 && value < 16, "private holds a buddy order")
        meta[pfn] = meta[pfn] & 0xf0ff | UInt16(value) << 8
    }

    /// Sets the per-CPU order of `pfn` (-1 for none).
    @inline(__always)
    func setPcpOrder(_ pfn: Int, _ order: Int) {
        precondition(order >= -1 && order < 15, "a per-CPU order")
        meta[pfn] = meta[pfn] & 0x0fff | UInt16(order + 1) << 12
    }
}

/// One field of every page frame, as a `MemMapColumn` reads and writes it.
public protocol MemMapField {
    /// The field's type.
    associatedtype Value
    /// The field of `pfn`.
    static func read(_ storage: MemMapStorage, _ pfn: Int) -> Value
    /// Sets the field of `pfn`; the storage is the memmap's own (unshared).
    static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: Value)
}

/// One field of every page frame, indexed by pfn: a view of a `MemMap`, holding its storage
/// (so a column kept aside keeps what it saw: the memmap copies its storage before its next
/// write).
public struct MemMapColumn<Field: MemMapField>: RandomAccessCollection, Sendable {
    let storage: MemMapStorage

    init(_ storage: MemMapStorage) { self.storage = storage }

    /// The first pfn, 0.
    public var startIndex: Int { 0 }
    /// The number of page frames.
    public var endIndex: Int { storage.count }

    /// The field of `pfn`.
    public subscript(pfn: Int) -> Field.Value {
        @inline(__always)
        get {
            precondition(UInt(bitPattern: pfn) < UInt(bitPattern: storage.count), "pfn outside the memmap")
            return Field.read(storage, pfn)
        }
        @inline(__always)
        set {
            precondition(UInt(bitPattern: pfn) < UInt(bitPattern: storage.count), "pfn outside the memmap")
            Field.write(storage, pfn, newValue)
        }
    }
}

/// `page->flags` (the flag bits).
public enum FlagsField: MemMapField {
    public static func read(_ storage: MemMapStorage, _ pfn: Int) -> PageFlags {
        PageFlags(rawValue: storage.words[pfn].flags)
    }
    public static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: PageFlags) {
        storage.words[pfn].flags = value.rawValue
    }
}

/// `page->_refcount`.
public enum RefcountField: MemMapField {
    public static func read(_ storage: MemMapStorage, _ pfn: Int) -> Int32 { storage.words[pfn].refcount }
    public static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: Int32) {
        storage.words[pfn].refcount = value
    }
}

/// `page->page_type` / `_mapcount`.
public enum PageTypeField: MemMapField {
    public static func read(_ storage: MemMapStorage, _ pfn: Int) -> UInt32 { storage.words[pfn].pageType }
    public static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: UInt32) {
        storage.words[pfn].pageType = value
    }
}

/// `page->private` (an order, 0-15).
public enum PrivateField: MemMapField {
    public static func read(_ storage: MemMapStorage, _ pfn: Int) -> UInt8 { UInt8(storage.meta[pfn] >> 8 & 0xf) }
    public static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: UInt8) {
        storage.setPrivate(pfn, Int(value))
    }
}

/// The flat zone index of a pfn, `MemMap.noZone` for none.
public enum ZoneIndexField: MemMapField {
    public static func read(_ storage: MemMapStorage, _ pfn: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: storage.meta[pfn] &- 1)
    }
    public static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: UInt8) {
        storage.meta[pfn] = storage.meta[pfn] & 0xff00 | UInt16(value &+ 1)
    }
}

/// The order of the block a page heads on a per-CPU list, -1 elsewhere.
public enum PcpOrderField: MemMapField {
    public static func read(_ storage: MemMapStorage, _ pfn: Int) -> Int8 { Int8(storage.meta[pfn] >> 12) - 1 }
    public static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: Int8) {
        storage.setPcpOrder(pfn, Int(value))
    }
}

/// `compound_head` read as the kernel's word: the head's pfn shifted left with bit 0 set on a
/// tail page, 0 elsewhere (written only through `MemMap.setCompoundHead(_:_:)`).
public enum CompoundHeadField: MemMapField {
    public static func read(_ storage: MemMapStorage, _ pfn: Int) -> Int {
        storage.words[pfn].links.head.map { $0 << 1 | 1 } ?? 0
    }
    public static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: Int) {
        preconditionFailure("compound_head is written with MemMap.setCompoundHead(_:_:)")
    }
}

/// `lru.next` and `lru.prev`.
enum LinksField: MemMapField {
    static func read(_ storage: MemMapStorage, _ pfn: Int) -> PageLinks { storage.words[pfn].links }
    static func write(_ storage: MemMapStorage, _ pfn: Int, _ value: PageLinks) { storage.words[pfn].links = value }
}
