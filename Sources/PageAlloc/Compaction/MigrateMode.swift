/// How page migration may wait.
///
/// Models: `enum migrate_mode` (include/linux/migrate_mode.h). The model never blocks, so the
/// modes differ only where compaction's rules look at them: which pageblocks async direct
/// compaction scans, and the free scanner's stride.
enum MigrateMode: Int, Comparable {
    /// `MIGRATE_ASYNC`.
    case async
    /// `MIGRATE_SYNC_LIGHT`.
    case syncLight
    /// `MIGRATE_SYNC`.
    case sync

    static func < (lhs: MigrateMode, rhs: MigrateMode) -> Bool { lhs.rawValue < rhs.rawValue }
}
