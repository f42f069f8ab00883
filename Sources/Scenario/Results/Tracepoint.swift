import PageAlloc

/// A tracepoint a walkthrough step fired, as the site prints it.
public struct Tracepoint: Sendable, Equatable, Codable {
    /// The CPU it fired on.
    public var cpu: Int
    /// The event's name: `mm_page_alloc`.
    public var name: String
    /// The event's `TP_printk()` text.
    public var text: String

    /// The data of a recorded tracepoint.
    init(_ record: TraceRecord) {
        cpu = record.cpu
        name = record.event.name
        text = record.event.printkText
    }
}
