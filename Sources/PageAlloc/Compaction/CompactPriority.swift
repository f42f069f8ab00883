/// How hard direct compaction tries: lower values try harder.
///
/// Models: `enum compact_priority` (include/linux/compaction.h): `MIN_COMPACT_PRIORITY` is
/// `syncFull`, `MIN_COMPACT_COSTLY_PRIORITY` and `DEF_COMPACT_PRIORITY` are `syncLight`,
/// `INIT_COMPACT_PRIORITY` is `async`.
enum CompactPriority: Int, Comparable {
    /// `COMPACT_PRIO_SYNC_FULL`: synchronous, whole zone, ignoring skip hints and block types.
    case syncFull = 0
    /// `COMPACT_PRIO_SYNC_LIGHT`.
    case syncLight = 1
    /// `COMPACT_PRIO_ASYNC`.
    case async = 2

    static func < (lhs: CompactPriority, rhs: CompactPriority) -> Bool { lhs.rawValue < rhs.rawValue }
}
