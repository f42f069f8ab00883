/// What a compaction attempt came to, in the kernel's order (later cases win when several
/// zones are compacted).
///
/// Models: `enum compact_result` (include/linux/compaction.h).
public enum CompactResult: Int, Sendable, Comparable, CaseIterable {
    /// `COMPACT_NOT_SUITABLE_ZONE`: the fragmentation index says the failure is for lack of memory.
    case notSuitableZone
    /// `COMPACT_SKIPPED`: compaction did not start (too few free pages to migrate into).
    case skipped
    /// `COMPACT_DEFERRED`: compaction did not start because it failed recently.
    case deferred
    /// `COMPACT_NO_SUITABLE_PAGE`: no free page of the order yet (internal to compaction).
    case noSuitablePage
    /// `COMPACT_CONTINUE`: compaction should go on.
    case `continue`
    /// `COMPACT_COMPLETE`: the whole zone was scanned without making a suitable page.
    case complete
    /// `COMPACT_PARTIAL_SKIPPED`: part of the zone was scanned without success.
    case partialSkipped
    /// `COMPACT_CONTENDED`: compaction stopped early (here: it ran out of free target pages).
    case contended
    /// `COMPACT_SUCCESS`: a free page of the order should now exist.
    case success

    /// The name `compaction_status_string[]` (mm/compaction.c) gives the result.
    public var name: String {
        switch self {
        case .notSuitableZone: "not_suitable_zone"
        case .skipped: "skipped"
        case .deferred: "deferred"
        case .noSuitablePage: "no_suitable_page"
        case .continue: "continue"
        case .complete: "complete"
        case .partialSkipped: "partial_skipped"
        case .contended: "contended"
        case .success: "success"
        }
    }

    public static func < (lhs: CompactResult, rhs: CompactResult) -> Bool { lhs.rawValue < rhs.rawValue }
}
