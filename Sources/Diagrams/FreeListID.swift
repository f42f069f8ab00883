import PageAlloc

/// Names one free list of a machine: `zones[zone].freeArea[order].freeList[migratetype]`.
struct FreeListID: Hashable, Comparable {
    /// The flat zone index.
    var zone: Int
    /// The list's order.
    var order: Int
    /// The list's migratetype.
    var migratetype: MigrateType

    /// The list in `machine`.
    func list(in machine: Machine) -> PageList { machine.zones[zone].freeArea[order].freeList[migratetype.rawValue] }

    /// Zone, order, then migratetype.
    static func < (lhs: FreeListID, rhs: FreeListID) -> Bool {
        (lhs.zone, lhs.order, lhs.migratetype.rawValue) < (rhs.zone, rhs.order, rhs.migratetype.rawValue)
    }
}
