import Diagrams
import PageAlloc

/// What one statement of a walkthrough did: its annotation, the kernel call path, the
/// tracepoints it fired, what it printed, and the free-list changes it made.
///
/// Plain data: the before/after view of the free lists is built from the free-list events
/// when the statement ends, not from snapshots of the machine.
public struct StepRecord: Sendable, Equatable, Codable {
    /// The 1-based file line of the statement.
    public var line: Int
    /// The statement as written.
    public var statement: String
    /// The comment lines right above the statement.
    public var annotation: [String]
    /// The modelled kernel functions it entered, with their nesting.
    public var calls: [CallRecord]
    /// The tracepoints it fired.
    public var tracepoints: [Tracepoint]
    /// What it printed.
    public var output: String
    /// The free-list changes it made, in order (none for a statement that booted a machine).
    public var freeListEvents: [FreeListEvent]
    /// The free lists it changed, before and after; nil when it changed none.
    public var freeListChanges: BuddyChangeDiagram?
}
