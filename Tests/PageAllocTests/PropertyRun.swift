import Foundation

/// How long the random-operation property tests run, and how often they walk every invariant.
///
/// The default `swift test` keeps them short and walks the invariants every few steps (and
/// always at the end), so that the whole suite stays fast on two cores; `MMBOOK_LONG_TESTS=1`
/// (set by `.ci/run`, in a release build) restores the full runs with a walk after every step.
enum PropertyRun {
    /// Whether the long runs were asked for.
    static let isLong = ProcessInfo.processInfo.environment["MMBOOK_LONG_TESTS"] == "1"

    /// `long` steps in a long run, `short` otherwise.
    static func steps(long: Int, short: Int) -> Int { isLong ? long : short }

    /// Whether the invariants are walked after `step`: always in a long run, every 25th step
    /// otherwise.
    static func checksInvariants(at step: Int) -> Bool { isLong || step % 25 == 24 }
}
