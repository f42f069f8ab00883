/// What an allocation asked for, worked out once at its start.
///
/// Models: `struct alloc_context` (mm/internal.h).
public struct AllocContext: Sendable, Equatable {
    /// `zonelist`: flat zone indices in fallback order.
    public var zonelist: [Int]
    /// `preferred_zoneref`: the position in `zonelist` of the first usable zone.
    public var preferredIndex: Int
    /// `migratetype`.
    public var migratetype: MigrateType
    /// `highest_zoneidx`.
    public var highestZone: ZoneType

    /// The preferred zone's flat index.
    public var preferredZone: Int { zonelist[preferredIndex] }
}
