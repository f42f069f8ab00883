/// The head of an intrusive doubly linked list of pages, linked through the memmap by pfn.
///
/// Models: a `struct list_head` whose entries are `struct page`s linked through
/// `page->buddy_list` or `page->pcp_list` (the same storage as `page->lru`); `first` is
/// `list_first_entry()`, `last` is `list_last_entry()`.
public struct PageList: Sendable, Equatable {
    /// The pfn of the first entry, or -1 when empty.
    public internal(set) var first: Int32 = -1
    /// The pfn of the last entry, or -1 when empty.
    public internal(set) var last: Int32 = -1
    /// The number of entries.
    public internal(set) var count: Int = 0

    public init() {}

    /// Whether the list has no entries (`list_empty()`).
    public var isEmpty: Bool { first < 0 }
}

/// One order of a zone's free area: a free list per migratetype and the number of blocks on
/// all of them.
///
/// Models: `struct free_area` (include/linux/mmzone.h).
public struct FreeArea: Sendable, Equatable {
    /// `free_list[MIGRATE_TYPES]` (`MigrateType.count` lists).
    public internal(set) var freeList = PageListArray<5>()
    /// `nr_free`: the blocks of this order on every list.
    public internal(set) var nrFree: Int = 0

    public init() {}

    /// `free_area_empty(area, migratetype)`.
    public func isEmpty(_ migratetype: MigrateType) -> Bool { freeList[migratetype.rawValue].isEmpty }
}
