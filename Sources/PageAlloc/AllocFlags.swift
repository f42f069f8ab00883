/// Internal allocation flags: which watermark to check and which reserves may be used.
///
/// Models: the `ALLOC_*` bits of mm/internal.h (6.15+ values).
public struct AllocFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `ALLOC_WMARK_MIN` (0), `ALLOC_WMARK_LOW` (1), `ALLOC_WMARK_HIGH` (2) in the low bits.
    public static func wmark(_ level: WatermarkLevel) -> AllocFlags { AllocFlags(rawValue: UInt32(level.rawValue)) }
    /// `ALLOC_WMARK_MASK`.
    public static let wmarkMask = AllocFlags(rawValue: 0x03)
    public static let noWatermarks = AllocFlags(rawValue: 0x04)
    public static let oom = AllocFlags(rawValue: 0x08)
    public static let nonBlock = AllocFlags(rawValue: 0x10)
    public static let minReserve = AllocFlags(rawValue: 0x20)
    public static let cpuset = AllocFlags(rawValue: 0x40)
    public static let cma = AllocFlags(rawValue: 0x80)
    public static let noFragment = AllocFlags(rawValue: 0x100)
    public static let highAtomic = AllocFlags(rawValue: 0x200)
    public static let trylock = AllocFlags(rawValue: 0x400)
    public static let kswapd = AllocFlags(rawValue: 0x800)
    /// `ALLOC_RESERVES`: the flags that may dip below the min watermark.
    public static let reserves: AllocFlags = [.nonBlock, .minReserve, .highAtomic, .oom]

    /// The watermark `alloc_flags & ALLOC_WMARK_MASK` selects.
    public var watermarkLevel: WatermarkLevel { WatermarkLevel(rawValue: Int(rawValue & 0x03)) ?? .min }
}
