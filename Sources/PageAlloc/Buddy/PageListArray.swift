/// A fixed number of values kept inline, with no buffer of their own: updating one costs no
/// copy-on-write check and no allocation, unlike an `Array` nested in a zone.
///
/// Models: the arrays the kernel embeds in its structures: `free_area.free_list[MIGRATE_TYPES]`
/// and `per_cpu_pages.lists[NR_PCP_LISTS]` (`struct list_head`), and a zone's free areas
/// (`free_area[NR_PAGE_ORDERS]`).
public struct InlineElements<let size: Int, Element: Sendable & Equatable>: Sendable, Equatable,
    RandomAccessCollection, MutableCollection
{
    private var storage: InlineArray<size, Element>

    /// `size` copies of `element`.
    public init(repeating element: Element) { storage = InlineArray(repeating: element) }

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of values.
    public var endIndex: Int { size }

    /// The value at `index`.
    public subscript(index: Int) -> Element {
        @inline(__always) get { storage[index] }
        @inline(__always) _modify { yield &storage[index] }
    }

    /// Whether every value of both is the same.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        for index in 0..<size where lhs.storage[index] != rhs.storage[index] { return false }
        return true
    }
}

/// `size` list heads kept inline.
public typealias PageListArray<let size: Int> = InlineElements<size, PageList>

extension InlineElements where Element == PageList {
    /// `size` empty lists (`INIT_LIST_HEAD()` on each).
    public init() { self.init(repeating: PageList()) }
}
