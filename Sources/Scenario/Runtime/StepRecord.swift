import PageAlloc

/// What one statement of a walkthrough did: its annotation, the kernel call path, the
/// tracepoints it fired, what it printed, and the machine before and after.
public struct StepRecord: Sendable {
    /// The 1-based file line of the statement.
    public var line: Int
    /// The statement as written.
    public var statement: String
    /// The comment lines right above the statement.
    public var annotation: [String]
    /// The modelled kernel functions it entered, with their nesting.
    public var calls: [CallRecord]
    /// The tracepoints it fired.
    public var tracepoints: [TraceRecord]
    /// What it printed.
    public var output: String
    /// The machine before the statement (nil before the first boot).
    public var before: Machine?
    /// The machine after the statement.
    public var after: Machine?
}
