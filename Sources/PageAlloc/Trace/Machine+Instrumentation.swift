extension Machine {
    /// Whether tracepoints are recorded into `trace` (`instrumentation.tracing`).
    public var tracing: Bool {
        get { instrumentation.tracing }
        set { instrumentation.tracing = newValue }
    }

    /// The tracepoints fired while `tracing` was on, in order.
    public var trace: [TraceRecord] { instrumentation.trace }

    /// Whether entered kernel functions are recorded into `calls`
    /// (`instrumentation.recordingCalls`).
    public var recordingCalls: Bool {
        get { instrumentation.recordingCalls }
        set { instrumentation.recordingCalls = newValue }
    }

    /// The modelled kernel functions entered while `recordingCalls` was on, in order.
    public var calls: [CallRecord] { instrumentation.calls }

    /// The kernel log messages the model printed, oldest first.
    public var reports: [KernelReport] { instrumentation.reports }

    /// Whether free-list changes are recorded into `freeListEvents`
    /// (`instrumentation.recordingFreeLists`).
    public var recordingFreeLists: Bool {
        get { instrumentation.recordingFreeLists }
        set { instrumentation.recordingFreeLists = newValue }
    }

    /// The free-list changes made while `recordingFreeLists` was on, in order.
    public var freeListEvents: [FreeListEvent] { instrumentation.freeListEvents }

    /// Appends a tracepoint record when tracing is on, with the task, interrupt and preemption
    /// state it fires in (see `TraceContext`).
    @inline(__always)
    mutating func emit(_ event: TraceEvent) {
        guard instrumentation.tracing else { return }
        instrumentation.trace.append(TraceRecord(cpu: currentCPU, event: event, context: TraceContext(task)))
    }

    /// Forgets the recorded tracepoints.
    public mutating func clearTrace() { instrumentation.trace.removeAll() }

    /// Notes entry into a modelled kernel function; pair with `leave()` (usually in a `defer`).
    /// With call recording and name collecting off this only tests one flag: no name is
    /// built, no depth kept.
    @inline(__always)
    mutating func enter(_ function: StaticString) {
        guard instrumentation.observingCalls else { return }
        observeEntry(function)
    }

    /// Collects and records an entry for `enter`, out of line so that the inlined test stays
    /// one flag.
    @inline(never)
    mutating func observeEntry(_ function: StaticString) {
        if instrumentation.collectingEntered {
            instrumentation.entered[UInt(bitPattern: function.utf8Start)] = function
        }
        guard instrumentation.recordingCalls else { return }
        instrumentation.calls.append(CallRecord(depth: instrumentation.callDepth, function: "\(function)"))
        instrumentation.callDepth += 1
    }

    /// Notes the return from the function last entered.
    @inline(__always)
    mutating func leave() {
        guard instrumentation.recordingCalls else { return }
        instrumentation.callDepth -= 1
    }

    /// Forgets the recorded calls.
    public mutating func clearCalls() { instrumentation.calls.removeAll() }

    /// Whether the names of entered kernel functions are collected
    /// (`instrumentation.collectingEntered`).
    public var collectingEnteredFunctions: Bool {
        get { instrumentation.collectingEntered }
        set { instrumentation.collectingEntered = newValue }
    }

    /// Returns the names of the modelled kernel functions entered since the last call, each
    /// once, and forgets them.
    public mutating func takeEnteredFunctions() -> Set<String> {
        guard !instrumentation.entered.isEmpty else { return [] }
        let names = Set(instrumentation.entered.values.map { "\($0)" })
        instrumentation.entered.removeAll(keepingCapacity: true)
        return names
    }

    /// Appends one kernel log message of one or more lines.
    mutating func report(_ lines: [String]) { instrumentation.reports.append(KernelReport(lines: lines)) }

    /// Forgets the recorded kernel log messages.
    public mutating func clearReports() { instrumentation.reports.removeAll() }
}
