/// The state of every page frame, as a struct of pfn-indexed arrays.
///
/// Models: the `struct page` array (`mem_map` / vmemmap), the fields the page allocator
/// uses: `flags`, `page_type` (shared with `_mapcount`), `private`, `_refcount`, the list
/// links of `lru`/`buddy_list`/`pcp_list`, and `compound_head`. The zone of a page, which the
/// kernel keeps in the top bits of `flags`, is `zoneIndex`.
public struct MemMap: Sendable {
    /// `page_type` value meaning "no type" (`UINT_MAX`, i.e. `_mapcount == -1`).
    public static let noPageType: UInt32 = 0xffff_ffff
    /// `PGTY_buddy << 24`: the page heads a free buddy block.
    public static let pageTypeBuddy: UInt32 = 0xf000_0000
    /// `zoneIndex` of a pfn that belongs to no zone.
    public static let noZone: UInt8 = 0xff

    public internal(set) var flags: [PageFlags]
    public internal(set) var pageType: [UInt32]
    public internal(set) var privateValue: [Int32]
    public internal(set) var refcount: [Int32]
    /// `compound_head`: the head's pfn with bit 0 set on tail pages, 0 elsewhere (the model
    /// stores `headPfn << 1 | 1`, since a pfn stands in for a `struct page *`).
    public internal(set) var compoundHead: [Int]
    /// The folio order kept in the first tail page of a compound page (the low byte of
    /// `page[1]._flags_1`, `folio_order()`), 0 elsewhere.
    public internal(set) var folioOrder: [UInt8]
    /// The flat index in `Machine.zones` of the zone each pfn belongs to.
    public internal(set) var zoneIndex: [UInt8]
    var next: [Int32]
    var prev: [Int32]

    init(pageCount: Int) {
        flags = Array(repeating: [], count: pageCount)
        pageType = Array(repeating: MemMap.noPageType, count: pageCount)
        privateValue = Array(repeating: 0, count: pageCount)
        refcount = Array(repeating: 0, count: pageCount)
        compoundHead = Array(repeating: 0, count: pageCount)
        zoneIndex = Array(repeating: MemMap.noZone, count: pageCount)
        folioOrder = Array(repeating: 0, count: pageCount)
        next = Array(repeating: -1, count: pageCount)
        prev = Array(repeating: -1, count: pageCount)
    }

    /// The number of page frames described.
    public var count: Int { flags.count }

    /// `PageBuddy(page)`: the page heads a free block in the buddy allocator.
    public func isBuddy(_ pfn: Int) -> Bool { pageType[pfn] == MemMap.pageTypeBuddy }

    /// `buddy_order(page)`: the order of the free block a PageBuddy page heads.
    public func buddyOrder(_ pfn: Int) -> Int { Int(privateValue[pfn]) }

    /// `__SetPageBuddy()` and `set_buddy_order()`.
    mutating func setBuddy(_ pfn: Int, order: Int) {
        pageType[pfn] = MemMap.pageTypeBuddy
        privateValue[pfn] = Int32(order)
    }

    /// `__ClearPageBuddy()` and `set_page_private(page, 0)`.
    mutating func clearBuddy(_ pfn: Int) {
        pageType[pfn] = MemMap.noPageType
        privateValue[pfn] = 0
    }

    /// `list_add()`: puts `pfn` first on `list`.
    mutating func addFirst(_ pfn: Int, to list: inout PageList) {
        let p = Int32(pfn)
        next[pfn] = list.first
        prev[pfn] = -1
        if list.first >= 0 { prev[Int(list.first)] = p } else { list.last = p }
        list.first = p
        list.count += 1
    }

    /// `list_add_tail()`: puts `pfn` last on `list`.
    mutating func addLast(_ pfn: Int, to list: inout PageList) {
        let p = Int32(pfn)
        prev[pfn] = list.last
        next[pfn] = -1
        if list.last >= 0 { next[Int(list.last)] = p } else { list.first = p }
        list.last = p
        list.count += 1
    }

    /// `list_del()`: unlinks `pfn` from `list`.
    mutating func remove(_ pfn: Int, from list: inout PageList) {
        let n = next[pfn]
        let p = prev[pfn]
        if p >= 0 { next[Int(p)] = n } else { list.first = n }
        if n >= 0 { prev[Int(n)] = p } else { list.last = p }
        next[pfn] = -1
        prev[pfn] = -1
        list.count -= 1
    }

    /// The pfns on `list`, first to last (`list_for_each_entry`).
    public func entries(of list: PageList) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(list.count)
        var p = list.first
        while p >= 0 {
            out.append(Int(p))
            p = next[Int(p)]
        }
        return out
    }
}
