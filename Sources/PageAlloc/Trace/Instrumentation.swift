/// What the model records about its own run: the tracepoints it fired, the modelled kernel
/// functions it entered, the free-list changes it made and the kernel log it printed. The allocator never reads any of it.
///
/// Models: the output side of the kernel's tracing (`trace_mm_*` events in the ftrace ring
/// buffer), of a function-graph trace of the modelled functions, and of `printk()` to the
/// kernel log.
public struct Instrumentation: Sendable {
    /// Whether tracepoints are recorded into `trace`.
    public var tracing = false
    /// The tracepoints fired while `tracing` was on, in order.
    public internal(set) var trace: [TraceRecord] = []
    /// Whether entered kernel functions are recorded into `calls`. Operations run to the end
    /// before it can change, so each change starts the nesting depth from 0.
    public var recordingCalls = false {
        didSet {
            callDepth = 0
            observingCalls = recordingCalls || collectingEntered
        }
    }
    /// Whether the names of entered kernel functions are collected into `entered`, without
    /// order or nesting: cheap enough to stay on for a whole scenario block.
    public var collectingEntered = false {
        didSet { observingCalls = recordingCalls || collectingEntered }
    }
    /// The modelled kernel functions entered while `collectingEntered` was on, once each, by
    /// the address of their name.
    var entered: [UInt: StaticString] = [:]
    /// `recordingCalls || collectingEntered`: the one flag `enter` tests when both are off.
    var observingCalls = false
    /// The modelled kernel functions entered while `recordingCalls` was on, in order.
    public internal(set) var calls: [CallRecord] = []
    /// The nesting depth of the modelled calls entered while `recordingCalls` was on.
    var callDepth = 0
    /// The kernel log messages the model printed, oldest first: bad-page bug reports,
    /// allocation failure warnings and OOM reports.
    public internal(set) var reports: [KernelReport] = []
    /// Whether free-list changes are recorded into `freeListEvents`.
    public var recordingFreeLists = false
    /// The free-list changes made while `recordingFreeLists` was on, in order.
    public internal(set) var freeListEvents: [FreeListEvent] = []

    /// Nothing recorded, tracing and call recording off.
    public init() {}
}
