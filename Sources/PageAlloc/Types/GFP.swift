/// A gfp mask: how an allocation may behave and where it may come from.
///
/// Models: `gfp_t` and the bit values of include/linux/gfp_types.h in Linux 6.18 for an
/// x86_64 build without CONFIG_KASAN_HW_TAGS and CONFIG_LOCKDEP and with CONFIG_SLAB_OBJ_EXT
/// (selected by MEMCG), so `__GFP_NO_OBJ_EXT` takes bit 24 and `__GFP_BITS_SHIFT` is 25.
public struct GFP: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let dma = GFP(rawValue: 0x01)
    public static let highmem = GFP(rawValue: 0x02)
    public static let dma32 = GFP(rawValue: 0x04)
    public static let movable = GFP(rawValue: 0x08)
    public static let reclaimable = GFP(rawValue: 0x10)
    public static let high = GFP(rawValue: 0x20)
    public static let io = GFP(rawValue: 0x40)
    public static let fs = GFP(rawValue: 0x80)
    public static let zero = GFP(rawValue: 0x100)
    /// Bit 9 (`___GFP_UNUSED_BIT`), `__GFP_ATOMIC` until 6.3; it has no name in 6.18.
    public static let unusedBit = GFP(rawValue: 0x200)
    public static let directReclaim = GFP(rawValue: 0x400)
    public static let kswapdReclaim = GFP(rawValue: 0x800)
    public static let write = GFP(rawValue: 0x1000)
    public static let nowarn = GFP(rawValue: 0x2000)
    public static let retryMayfail = GFP(rawValue: 0x4000)
    public static let nofail = GFP(rawValue: 0x8000)
    public static let noretry = GFP(rawValue: 0x10000)
    public static let memalloc = GFP(rawValue: 0x20000)
    public static let comp = GFP(rawValue: 0x40000)
    public static let nomemalloc = GFP(rawValue: 0x80000)
    public static let hardwall = GFP(rawValue: 0x100000)
    public static let thisnode = GFP(rawValue: 0x200000)
    public static let account = GFP(rawValue: 0x400000)
    public static let zerotags = GFP(rawValue: 0x800000)
    public static let noObjExt = GFP(rawValue: 0x1000000)

    /// `__GFP_RECLAIM`.
    public static let reclaim: GFP = [.directReclaim, .kswapdReclaim]
    /// `GFP_ZONEMASK`.
    public static let zoneMask: GFP = [.dma, .highmem, .dma32, .movable]
    /// `GFP_MOVABLE_MASK`.
    public static let movableMask: GFP = [.reclaimable, .movable]
    /// `__GFP_BITS_MASK`: every bit the kernel defines.
    public static let bitsMask = GFP(rawValue: (1 << 25) - 1)

    /// `GFP_ATOMIC`.
    public static let atomic: GFP = [.high, .kswapdReclaim]
    /// `GFP_KERNEL`.
    public static let kernel: GFP = [.reclaim, .io, .fs]
    /// `GFP_KERNEL_ACCOUNT`.
    public static let kernelAccount: GFP = [.kernel, .account]
    /// `GFP_NOWAIT` (includes `__GFP_NOWARN` since 6.17).
    public static let nowait: GFP = [.kswapdReclaim, .nowarn]
    /// `GFP_NOIO`.
    public static let noio: GFP = [.reclaim]
    /// `GFP_NOFS`.
    public static let nofs: GFP = [.reclaim, .io]
    /// `GFP_USER`.
    public static let user: GFP = [.reclaim, .io, .fs, .hardwall]
    /// `GFP_HIGHUSER`.
    public static let highuser: GFP = [.user, .highmem]
    /// `GFP_HIGHUSER_MOVABLE` (`__GFP_SKIP_KASAN` is 0 on x86_64).
    public static let highuserMovable: GFP = [.highuser, .movable]
    /// `GFP_TRANSHUGE_LIGHT`.
    public static let transhugeLight = GFP([.highuserMovable, .comp, .nomemalloc, .nowarn]).subtracting(.reclaim)
    /// `GFP_TRANSHUGE`.
    public static let transhuge: GFP = [.transhugeLight, .directReclaim]
}
