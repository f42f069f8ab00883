extension GFP {
    /// The table `show_gfp_flags()` matches against, in the kernel's order.
    ///
    /// Models: `__def_gfpflag_names` (include/trace/events/mmflags.h, 6.15 and later): the
    /// composites from `GFP_TRANSHUGE` to `__GFP_RECLAIM`, then `TRACE_GFP_FLAGS`, one entry
    /// per `__GFP_*` bit in bit order. For this configuration `TRACE_GFP_FLAGS_KASAN` and
    /// `TRACE_GFP_FLAGS_LOCKDEP` are empty and `TRACE_GFP_FLAGS_SLAB` adds `__GFP_NO_OBJ_EXT`.
    /// `__GFP_RECLAIM`, `__GFP_DMA` and `__GFP_DMA32` never match: `GFP_NOIO`, `GFP_DMA` and
    /// `GFP_DMA32` have the same masks and come first. Bit 9 has no entry.
    public static let traceFlagNames: [(mask: GFP, name: String)] = [
        (.transhuge, "GFP_TRANSHUGE"),
        (.transhugeLight, "GFP_TRANSHUGE_LIGHT"),
        (.highuserMovable, "GFP_HIGHUSER_MOVABLE"),
        (.highuser, "GFP_HIGHUSER"),
        (.user, "GFP_USER"),
        (.kernelAccount, "GFP_KERNEL_ACCOUNT"),
        (.kernel, "GFP_KERNEL"),
        (.nofs, "GFP_NOFS"),
        (.atomic, "GFP_ATOMIC"),
        (.noio, "GFP_NOIO"),
        (.nowait, "GFP_NOWAIT"),
        (.dma, "GFP_DMA"),
        (.dma32, "GFP_DMA32"),
        (.reclaim, "__GFP_RECLAIM"),
        (.dma, "__GFP_DMA"),
        (.highmem, "__GFP_HIGHMEM"),
        (.dma32, "__GFP_DMA32"),
        (.movable, "__GFP_MOVABLE"),
        (.reclaimable, "__GFP_RECLAIMABLE"),
        (.high, "__GFP_HIGH"),
        (.io, "__GFP_IO"),
        (.fs, "__GFP_FS"),
        (.zero, "__GFP_ZERO"),
        (.directReclaim, "__GFP_DIRECT_RECLAIM"),
        (.kswapdReclaim, "__GFP_KSWAPD_RECLAIM"),
        (.write, "__GFP_WRITE"),
        (.nowarn, "__GFP_NOWARN"),
        (.retryMayfail, "__GFP_RETRY_MAYFAIL"),
        (.nofail, "__GFP_NOFAIL"),
        (.noretry, "__GFP_NORETRY"),
        (.memalloc, "__GFP_MEMALLOC"),
        (.comp, "__GFP_COMP"),
        (.nomemalloc, "__GFP_NOMEMALLOC"),
        (.hardwall, "__GFP_HARDWALL"),
        (.thisnode, "__GFP_THISNODE"),
        (.account, "__GFP_ACCOUNT"),
        (.zerotags, "__GFP_ZEROTAGS"),
        (.noObjExt, "__GFP_NO_OBJ_EXT"),
    ]

    /// The mask as the `gfp_flags=` field of a kmem tracepoint prints it, e.g.
    /// `GFP_HIGHUSER_MOVABLE|__GFP_COMP`, or `none` for an empty mask.
    ///
    /// Models: `show_gfp_flags()` (include/trace/events/mmflags.h) through
    /// `trace_print_flags_seq()` (kernel/trace/trace_output.c): walk `traceFlagNames` in order,
    /// take every entry whose whole mask is still among the remaining bits and remove those
    /// bits, stop when no bits remain, and print what is left as one lowercase `0x%lx`.
    public var traceString: String {
        guard !isEmpty else { return "none" }
        var remaining = self
        var parts: [String] = []
        for (mask, name) in GFP.traceFlagNames {
            if remaining.isEmpty { break }
            if remaining.isSuperset(of: mask) {
                parts.append(name)
                remaining.subtract(mask)
            }
        }
        if !remaining.isEmpty { parts.append("0x" + String(remaining.rawValue, radix: 16)) }
        return parts.joined(separator: "|")
    }
}
