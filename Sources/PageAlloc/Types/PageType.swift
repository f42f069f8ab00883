/// What a page is used for when it has no mapcount: the top byte of `page->page_type`.
///
/// Models: `enum pagetype` (include/linux/page-flags.h, 6.12+ encoding). `page_type` shares its
/// 32 bits with `_mapcount`: `UINT_MAX` (a `_mapcount` of -1) is "no type, not mapped"; a type
/// is `PGTY_x << 24`, which read as a signed mapcount is far below any real one.
public enum PageType: UInt8, Sendable, CaseIterable {
    /// `PGTY_buddy`: the first page of a free block in the buddy allocator.
    case buddy = 0xf0
    /// `PGTY_offline`: logically offline (balloon drivers, memory hotplug).
    case offline = 0xf1
    /// `PGTY_table`: a page table.
    case table = 0xf2
    /// `PGTY_guard`: a debug_pagealloc guard page.
    case `guard` = 0xf3
    /// `PGTY_hugetlb`: the head page of a hugetlbfs folio.
    case hugetlb = 0xf4
    /// `PGTY_slab`: a slab.
    case slab = 0xf5
    /// `PGTY_zsmalloc`.
    case zsmalloc = 0xf6
    /// `PGTY_unaccepted`: memory not yet accepted from the hypervisor (TDX, SEV-SNP).
    case unaccepted = 0xf7
    /// `PGTY_large_kmalloc` (6.17+).
    case largeKmalloc = 0xf8
    /// `PGTY_mapcount_underflow`: the lowest value that is not a type.
    case mapcountUnderflow = 0xff

    /// The 32-bit `page_type` value of this type (`PGTY_x << 24`).
    public var pageTypeValue: UInt32 { UInt32(rawValue) << 24 }

    /// Decodes a `page_type` value; nil when it holds a mapcount, not a type.
    ///
    /// Models: `page_type_has_type()`: a type is any value below `PGTY_mapcount_underflow << 24`
    /// when both are read as signed ints.
    public init?(pageType value: UInt32) {
        guard Int32(bitPattern: value) < Int32(bitPattern: PageType.mapcountUnderflow.pageTypeValue) else { return nil }
        guard let type = PageType(rawValue: UInt8(value >> 24)) else { return nil }
        self = type
    }

    /// What `dump_page()` prints in parentheses after the type byte.
    ///
    /// Models: `page_type_name()` (mm/debug.c): `page_type_names[]` has entries for slab, hugetlb,
    /// offline, guard, table, buddy and unaccepted; the zsmalloc slot inside the array is NULL
    /// (`%s` prints "(null)"), anything past it is "unknown".
    var dumpName: String {
        switch self {
        case .buddy: "buddy"
        case .offline: "offline"
        case .table: "table"
        case .`guard`: "guard"
        case .hugetlb: "hugetlb"
        case .slab: "slab"
        case .zsmalloc: "(null)"
        case .unaccepted: "unaccepted"
        case .largeKmalloc, .mapcountUnderflow: "unknown"
        }
    }
}
