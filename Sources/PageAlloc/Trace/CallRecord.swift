/// One modelled kernel function entered during an operation, at its nesting depth.
///
/// A walkthrough shows these as the call path an allocation or free took
/// (`__alloc_pages > get_page_from_freelist > rmqueue > rmqueue_pcplist > ...`).
public struct CallRecord: Sendable, Equatable {
    /// 0 for the outermost call of the operation.
    public var depth: Int
    /// The kernel function's name.
    public var function: String

    public init(depth: Int, function: String) {
        self.depth = depth
        self.function = function
    }
}
