/// The page flags the model tracks.
///
/// Models: `enum pageflags` (include/linux/page-flags.h). Only the flags the allocator and
/// the notes care about are kept; their raw values are the model's own, not the kernel's bit
/// numbers (`show page` prints them by name).
public struct PageFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// `PG_locked`.
    public static let locked = PageFlags(rawValue: 1 << 0)
    /// `PG_referenced`.
    public static let referenced = PageFlags(rawValue: 1 << 1)
    /// `PG_dirty`.
    public static let dirty = PageFlags(rawValue: 1 << 2)
    /// `PG_lru`.
    public static let lru = PageFlags(rawValue: 1 << 3)
    /// `PG_head`: the first page of a compound page.
    public static let head = PageFlags(rawValue: 1 << 4)
    /// `PG_reserved`: never handed to the buddy allocator (holes, memblock reservations).
    public static let reserved = PageFlags(rawValue: 1 << 5)
    /// `PG_writeback`.
    public static let writeback = PageFlags(rawValue: 1 << 6)
}
