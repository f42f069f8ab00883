/// How a block is freed to the buddy allocator.
///
/// Models: `fpi_t` (mm/page_alloc.c): `FPI_NONE`, `FPI_TO_TAIL`.
public struct FPIFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// `FPI_TO_TAIL`: queue the freed block at the tail of its free list (boot, onlining).
    public static let toTail = FPIFlags(rawValue: 1 << 0)
}
