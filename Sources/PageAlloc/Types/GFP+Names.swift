extension GFP {
    /// Every name a scenario may use in a gfp expression, with its mask: the `__GFP_*` bits
    /// and the `GFP_*` composites of include/linux/gfp_types.h.
    public static let namedMasks: [(name: String, mask: GFP)] = [
        ("GFP_TRANSHUGE", .transhuge),
        ("GFP_TRANSHUGE_LIGHT", .transhugeLight),
        ("GFP_HIGHUSER_MOVABLE", .highuserMovable),
        ("GFP_HIGHUSER", .highuser),
        ("GFP_USER", .user),
        ("GFP_KERNEL_ACCOUNT", .kernelAccount),
        ("GFP_KERNEL", .kernel),
        ("GFP_NOFS", .nofs),
        ("GFP_ATOMIC", .atomic),
        ("GFP_NOIO", .noio),
        ("GFP_NOWAIT", .nowait),
        ("GFP_DMA", .dma),
        ("GFP_DMA32", .dma32),
        ("__GFP_RECLAIM", .reclaim),
        ("__GFP_DMA", .dma),
        ("__GFP_HIGHMEM", .highmem),
        ("__GFP_DMA32", .dma32),
        ("__GFP_MOVABLE", .movable),
        ("__GFP_RECLAIMABLE", .reclaimable),
        ("__GFP_HIGH", .high),
        ("__GFP_IO", .io),
        ("__GFP_FS", .fs),
        ("__GFP_ZERO", .zero),
        ("__GFP_DIRECT_RECLAIM", .directReclaim),
        ("__GFP_KSWAPD_RECLAIM", .kswapdReclaim),
        ("__GFP_WRITE", .write),
        ("__GFP_NOWARN", .nowarn),
        ("__GFP_RETRY_MAYFAIL", .retryMayfail),
        ("__GFP_NOFAIL", .nofail),
        ("__GFP_NORETRY", .noretry),
        ("__GFP_MEMALLOC", .memalloc),
        ("__GFP_COMP", .comp),
        ("__GFP_NOMEMALLOC", .nomemalloc),
        ("__GFP_HARDWALL", .hardwall),
        ("__GFP_THISNODE", .thisnode),
        ("__GFP_ACCOUNT", .account),
        ("__GFP_ZEROTAGS", .zerotags),
        ("__GFP_NO_OBJ_EXT", .noObjExt),
    ]

    /// Looks up a `__GFP_*` or `GFP_*` name.
    public init?(name: String) {
        guard let entry = GFP.namedMasks.first(where: { $0.name == name }) else { return nil }
        self = entry.mask
    }
}
