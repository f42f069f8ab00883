/// The allocator's internal flags: which watermark to check and which reserves to use.
///
/// Models: the `ALLOC_*` values of mm/internal.h in Linux 6.18 with CONFIG_MMU and
/// CONFIG_ZONE_DMA32 (so `ALLOC_OOM` is its own bit and `ALLOC_NOFRAGMENT` is 0x100).
/// The low two bits are not flags but a field, the `enum zone_watermarks` index to check
/// (`ALLOC_WMARK_MASK`); read and write it through `watermark`.
public struct AllocFlags: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `ALLOC_WMARK_MIN`: the watermark field set to `WMARK_MIN` (value 0, no bit).
    public static let wmarkMin = AllocFlags(rawValue: UInt32(WatermarkLevel.min.rawValue))
    /// `ALLOC_WMARK_LOW`: the watermark field set to `WMARK_LOW` (value 1).
    public static let wmarkLow = AllocFlags(rawValue: UInt32(WatermarkLevel.low.rawValue))
    /// `ALLOC_WMARK_HIGH`: the watermark field set to `WMARK_HIGH` (value 2).
    public static let wmarkHigh = AllocFlags(rawValue: UInt32(WatermarkLevel.high.rawValue))
    /// `ALLOC_WMARK_MASK`: the bits of the watermark field.
    public static let wmarkMask = AllocFlags(rawValue: 0x03)
    /// `ALLOC_NO_WATERMARKS`: do not check watermarks at all.
    public static let noWatermarks = AllocFlags(rawValue: 0x04)
    /// `ALLOC_OOM`: an OOM victim may dip further into the min reserve.
    public static let oom = AllocFlags(rawValue: 0x08)
    /// `ALLOC_NON_BLOCK`: the caller cannot block (no `__GFP_DIRECT_RECLAIM`).
    public static let nonBlock = AllocFlags(rawValue: 0x10)
    /// `ALLOC_MIN_RESERVE`: `__GFP_HIGH` set; the min watermark is halved.
    public static let minReserve = AllocFlags(rawValue: 0x20)
    /// `ALLOC_CPUSET`: check that the zone's node is allowed by the task's cpuset.
    public static let cpuset = AllocFlags(rawValue: 0x40)
    /// `ALLOC_CMA`: may allocate from CMA pageblocks (never set: CONFIG_CMA is off).
    public static let cma = AllocFlags(rawValue: 0x80)
    /// `ALLOC_NOFRAGMENT`: avoid falling back into pageblocks of another migratetype.
    public static let noFragment = AllocFlags(rawValue: 0x100)
    /// `ALLOC_HIGHATOMIC`: may allocate from MIGRATE_HIGHATOMIC pageblocks.
    public static let highAtomic = AllocFlags(rawValue: 0x200)
    /// `ALLOC_TRYLOCK`: only trylock `zone->lock` (`alloc_pages_nolock()`).
    public static let trylock = AllocFlags(rawValue: 0x400)
    /// `ALLOC_KSWAPD`: may wake kswapd (`__GFP_KSWAPD_RECLAIM` set).
    public static let kswapd = AllocFlags(rawValue: 0x800)
    /// `ALLOC_RESERVES`: the flags that allow allocating below the min watermark.
    public static let reserves: AllocFlags = [.nonBlock, .minReserve, .highAtomic, .oom]

    /// The flag bits above the watermark field with their mm/internal.h names, in bit order.
    static let bitNames: [(flag: AllocFlags, name: String)] = [
        (.noWatermarks, "ALLOC_NO_WATERMARKS"),
        (.oom, "ALLOC_OOM"),
        (.nonBlock, "ALLOC_NON_BLOCK"),
        (.minReserve, "ALLOC_MIN_RESERVE"),
        (.cpuset, "ALLOC_CPUSET"),
        (.cma, "ALLOC_CMA"),
        (.noFragment, "ALLOC_NOFRAGMENT"),
        (.highAtomic, "ALLOC_HIGHATOMIC"),
        (.trylock, "ALLOC_TRYLOCK"),
        (.kswapd, "ALLOC_KSWAPD"),
    ]

    /// Flags with the given watermark field and the given flag bits.
    public init(watermark: WatermarkLevel, _ flags: AllocFlags = []) {
        self = flags
        self.watermark = watermark
    }

    /// The watermark index in the low two bits (`alloc_flags & ALLOC_WMARK_MASK`), the index
    /// `wmark_pages()` reads; 3 would select `WMARK_PROMO`, which no `ALLOC_WMARK_*` names.
    public var watermark: WatermarkLevel {
        get { WatermarkLevel(rawValue: Int(rawValue & AllocFlags.wmarkMask.rawValue)) ?? .min }
        set {
            self = AllocFlags(rawValue: (rawValue & ~AllocFlags.wmarkMask.rawValue) | UInt32(newValue.rawValue))
        }
    }

    /// The names of the set flags: the watermark field first (`ALLOC_WMARK_MIN` when it is 0),
    /// then each flag bit in bit order, then any unnamed bits as one `0x%x` value.
    public var names: [String] {
        let watermarkName =
            switch watermark {
            case .min: "ALLOC_WMARK_MIN"
            case .low: "ALLOC_WMARK_LOW"
            case .high: "ALLOC_WMARK_HIGH"
            case .promo: "WMARK_PROMO"
            }
        var result = [watermarkName]
        var rest = subtracting(.wmarkMask)
        for (flag, name) in AllocFlags.bitNames where rest.contains(flag) {
            result.append(name)
            rest.remove(flag)
        }
        if !rest.isEmpty { result.append("0x" + String(rest.rawValue, radix: 16)) }
        return result
    }

    /// The names joined by `|`, e.g. `ALLOC_WMARK_MIN|ALLOC_CPUSET|ALLOC_KSWAPD`.
    public var description: String { names.joined(separator: "|") }
}

extension AllocFlags {
    /// The flags of the slow path for a gfp mask and order.
    ///
    /// Models: `gfp_to_alloc_flags()` (mm/page_alloc.c, 6.15 and later): start from
    /// `ALLOC_WMARK_MIN|ALLOC_CPUSET`, copy `__GFP_HIGH` and `__GFP_KSWAPD_RECLAIM` (which have
    /// the values of `ALLOC_MIN_RESERVE` and `ALLOC_KSWAPD`); a caller that cannot direct-reclaim
    /// gets `ALLOC_NON_BLOCK` unless it passed `__GFP_NOMEMALLOC`, plus `ALLOC_HIGHATOMIC` for
    /// order > 0 when it also has `__GFP_HIGH`; a non-blocking `__GFP_HIGH` caller drops
    /// `ALLOC_CPUSET`; a caller that may direct-reclaim gets `ALLOC_MIN_RESERVE` when it is a
    /// real-time task in task context (`rt_or_dl_task(current) && in_task()`). Leaves out
    /// `gfp_to_alloc_flags_cma()` (CONFIG_CMA is off, so `ALLOC_CMA` is never added).
    ///
    /// - Parameters:
    ///   - gfp: the allocation's gfp mask (after `gfp_allowed_mask` and `current_gfp_context()`).
    ///   - order: the allocation order.
    ///   - defragMode: the `vm.defrag_mode` sysctl, which adds `ALLOC_NOFRAGMENT`.
    ///   - task: the context of the allocating task.
    public static func gfpToAllocFlags(
        _ gfp: GFP, order: Int, defragMode: Bool = false, task: TaskContext = TaskContext()
    ) -> AllocFlags {
        var flags = AllocFlags(watermark: .min, .cpuset)
        flags.formUnion(AllocFlags(rawValue: gfp.intersection([.high, .kswapdReclaim]).rawValue))
        if !gfp.contains(.directReclaim) {
            if !gfp.contains(.nomemalloc) {
                flags.insert(.nonBlock)
                if order > 0 && flags.contains(.minReserve) {
                    flags.insert(.highAtomic)
                }
            }
            if flags.contains(.minReserve) {
                flags.remove(.cpuset)
            }
        } else if task.realtime && task.inTask {
            flags.insert(.minReserve)
        }
        if defragMode {
            flags.insert(.noFragment)
        }
        return flags
    }

    /// The reserve access of a gfp mask in a context: `ALLOC_NO_WATERMARKS` for
    /// `__GFP_MEMALLOC`, or for a `PF_MEMALLOC` task serving a softirq or outside any
    /// interrupt, unless `__GFP_NOMEMALLOC` overrides it; else none.
    ///
    /// Models: `__gfp_pfmemalloc_flags()` (mm/page_alloc.c) for a task that is not an OOM
    /// victim (the path to `ALLOC_OOM` is left out).
    public static func gfpPfmemallocFlags(_ gfp: GFP, task: TaskContext = TaskContext()) -> AllocFlags {
        if gfp.contains(.nomemalloc) { return [] }
        if gfp.contains(.memalloc) { return .noWatermarks }
        if task.inServingSoftirq && task.memalloc { return .noWatermarks }
        if !task.inInterrupt && task.memalloc { return .noWatermarks }
        return []
    }
}
