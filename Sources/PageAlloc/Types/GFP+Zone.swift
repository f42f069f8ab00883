extension GFP {
    /// `GFP_ZONES_SHIFT` on x86_64 with CONFIG_ZONE_DEVICE.
    static let zonesShift: UInt32 = 2
    /// `GFP_ZONE_BAD`: the combinations of zone modifiers that are bugs.
    static let zoneBad: UInt32 =
        (1 << 0x3) | (1 << 0x5) | (1 << 0x6) | (1 << 0x7) | (1 << 0xb) | (1 << 0xd)
        | (1 << 0xe) | (1 << 0xf)
    /// `GFP_ZONE_TABLE`, built from its definition: the zone of each combination of
    /// `__GFP_DMA`, `__GFP_HIGHMEM`, `__GFP_DMA32` and `__GFP_MOVABLE`, with
    /// OPT_ZONE_HIGHMEM = ZONE_NORMAL (no CONFIG_HIGHMEM).
    static let zoneTable: UInt32 = {
        func entry(_ zone: ZoneType, _ bits: UInt32) -> UInt32 { UInt32(zone.rawValue) << (bits * zonesShift) }
        return entry(.normal, 0) | entry(.dma, 0x1) | entry(.normal, 0x2) | entry(.dma32, 0x4)
            | entry(.normal, 0x8) | entry(.dma, 0x8 | 0x1) | entry(.movable, 0x8 | 0x2) | entry(.dma32, 0x8 | 0x4)
    }()

    /// Whether the zone modifiers form a combination `gfp_zone()` rejects with VM_BUG_ON.
    public var hasBadZoneCombination: Bool {
        let bits = rawValue & GFP.zoneMask.rawValue
        return (GFP.zoneBad >> bits) & 1 != 0
    }

    /// The highest zone an allocation with this mask may use (`ac->highest_zoneidx`).
    ///
    /// Models: `gfp_zone()` (include/linux/gfp.h). A bad combination yields what the table
    /// holds for it (ZONE_DMA); callers report `hasBadZoneCombination` first.
    @inline(__always)
    public var zone: ZoneType {
        let bits = rawValue & GFP.zoneMask.rawValue
        let z = (GFP.zoneTable >> (bits * GFP.zonesShift)) & ((1 << GFP.zonesShift) - 1)
        return ZoneType(rawValue: Int(z)) ?? .normal
    }

    /// The free-list type an allocation with this mask asks for.
    ///
    /// Models: `gfp_migratetype()` (include/linux/gfp.h), before the
    /// `page_group_by_mobility_disabled` override (see `Machine.migratetype(for:)`).
    /// `__GFP_MOVABLE|__GFP_RECLAIMABLE` together give 3, MIGRATE_HIGHATOMIC, as the kernel
    /// computes it (after a VM_WARN_ON).
    @inline(__always)
    public var migratetype: MigrateType {
        MigrateType.numbered(Int((rawValue & GFP.movableMask.rawValue) >> 3))
    }
}
