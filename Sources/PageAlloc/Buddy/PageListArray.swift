/// A fixed number of list heads kept inline, with no buffer of their own: updating one costs
/// no copy-on-write check and no allocation, unlike an `Array` nested in a zone.
///
/// Models: the `struct list_head` arrays the kernel embeds in its structures,
/// `free_area.free_list[MIGRATE_TYPES]` and `per_cpu_pages.lists[NR_PCP_LISTS]`.
public struct PageListArray<let size: Int>: Sendable, Equatable, RandomAccessCollection, MutableCollection {
    private var storage: InlineArray<size, PageList>

    /// `size` empty lists (`INIT_LIST_HEAD()` on each).
    public init() { storage = InlineArray(repeating: PageList()) }

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of lists.
    public var endIndex: Int { size }

    /// The list at `index`.
    public subscript(index: Int) -> PageList {
        get { storage[index] }
        _modify { yield &storage[index] }
    }

    /// Whether every list of both is the same.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        for index in 0..<size where lhs.storage[index] != rhs.storage[index] { return false }
        return true
    }
}
