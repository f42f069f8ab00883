/// A pageblock / free-list mobility type.
///
/// Models: `enum migratetype` (include/linux/mmzone.h) for a kernel built without
/// CONFIG_CMA and with CONFIG_MEMORY_ISOLATION, so `MIGRATE_TYPES` is 5 and
/// `/proc/pagetypeinfo` has the columns Unmovable, Movable, Reclaimable, HighAtomic, Isolate.
public enum MigrateType: Int, CaseIterable, Sendable, Comparable {
    case unmovable = 0
    case movable = 1
    case reclaimable = 2
    /// `MIGRATE_HIGHATOMIC`, equal to `MIGRATE_PCPTYPES`.
    case highAtomic = 3
    case isolate = 4

    /// `MIGRATE_PCPTYPES`: the types that have per-CPU lists.
    public static let pcpTypes = 3
    /// `MIGRATE_TYPES`.
    public static let count = 5

    /// The name `migratetype_names[]` (mm/page_alloc.c) gives this type.
    public var name: String {
        switch self {
        case .unmovable: "Unmovable"
        case .movable: "Movable"
        case .reclaimable: "Reclaimable"
        case .highAtomic: "HighAtomic"
        case .isolate: "Isolate"
        }
    }

    /// Whether free blocks of this type may merge with blocks of other mergeable types.
    ///
    /// Models: `migratetype_is_mergeable()` (include/linux/mmzone.h).
    public var isMergeable: Bool { rawValue < MigrateType.pcpTypes }

    public static func < (lhs: MigrateType, rhs: MigrateType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The type numbered `bits` (the low three bits of a pageblock's flags, or a gfp mask's
    /// mobility bits shifted down), `.unmovable` for 5-7, which no type has: the same as
    /// `MigrateType(rawValue:) ?? .unmovable`, without the optional, for the allocation paths.
    @inline(__always)
    static func numbered(_ bits: Int) -> MigrateType {
        switch bits {
        case 1: .movable
        case 2: .reclaimable
        case 3: .highAtomic
        case 4: .isolate
        default: .unmovable
        }
    }
}
