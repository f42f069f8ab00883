/// The watermark checks read only the zone; they are `mutating` so that they read the free
/// areas in place: read through a borrowed zone, `InlineElements` copies its whole inline array
/// (all of `free_area[]`) to hand out one element.
extension Zone {
    /// The free pages an allocation of `order` cannot count towards the watermark.
    ///
    /// Models: `__zone_watermark_unusable_free()` (mm/page_alloc.c, 6.12+): the pages below
    /// the requested order's size, plus the free HighAtomic pages unless the caller may use
    /// reserves. (No CMA in this configuration.)
    func watermarkUnusableFree(order: Int, flags: AllocFlags) -> Int {
        var unusable = (1 << order) - 1
        if flags.isDisjoint(with: .reserves) { unusable += nrFreeHighatomic }
        return unusable
    }

    /// Whether the zone has enough free pages above `mark` (and the lowmem reserve against
    /// `highestZone`) and a free block big enough for `order`.
    ///
    /// Models: `__zone_watermark_ok()` (mm/page_alloc.c): MIN_RESERVE halves the mark,
    /// NON_BLOCK with it takes a further quarter, OOM halves again; the comparison is strict;
    /// for order > 0 some free block of order >= `order` must be on an Unmovable, Movable or
    /// Reclaimable list, or on a HighAtomic list for HIGHATOMIC/OOM callers.
    mutating func watermarkOk(order: Int, mark: Int, highestZone: ZoneType, flags: AllocFlags, freePages: Int? = nil)
        -> Bool
    {
        let free = (freePages ?? self.freePages) - watermarkUnusableFree(order: order, flags: flags)
        var minimum = mark
        if !flags.isDisjoint(with: .reserves) {
            if flags.contains(.minReserve) {
                minimum -= minimum / 2
                if flags.contains(.nonBlock) { minimum -= minimum / 4 }
            }
            if flags.contains(.oom) { minimum -= minimum / 2 }
        }
        if free <= minimum + lowmemReserve(against: highestZone) { return false }
        if order == 0 { return true }
        for o in order..<Kernel.nrPageOrders {
            if freeArea[o].nrFree == 0 { continue }
            for mt in 0..<MigrateType.pcpTypes where !freeArea[o].freeList[mt].isEmpty { return true }
            if !flags.isDisjoint(with: [.highAtomic, .oom]) && !freeArea[o].isEmpty(.highAtomic) { return true }
        }
        return false
    }

    /// The watermark check of the allocation fast path.
    ///
    /// Models: `zone_watermark_fast()` (mm/page_alloc.c): a quick order-0 test, the full test,
    /// and for order-0 `__GFP_HIGH` requests at the min watermark a retry ignoring the boost.
    /// (`@_transparent`: inlined even where the optimiser's size limits would keep it out of line.)
    @_transparent
    mutating func watermarkFast(order: Int, mark: Int, highestZone: ZoneType, flags: AllocFlags) -> Bool {
        let free = freePages
        if order == 0 {
            let reserved = watermarkUnusableFree(order: 0, flags: flags)
            let usable = free - min(free, reserved)
            if usable > mark + lowmemReserve(against: highestZone) { return true }
        }
        if watermarkOk(order: order, mark: mark, highestZone: highestZone, flags: flags, freePages: free) {
            return true
        }
        if order == 0 && flags.contains(.minReserve) && watermarkBoost > 0 && flags.watermark == .min {
            return watermarkOk(
                order: order, mark: unboostedWatermark(.min),
                highestZone: highestZone, flags: flags, freePages: free)
        }
        return false
    }
}

extension Machine {
    /// `__zone_watermark_ok()` on zone `z` (see `Zone.watermarkOk`).
    ///
    /// Models: `__zone_watermark_ok()` (mm/page_alloc.c).
    @inline(__always)
    public func zoneWatermarkOk(
        zone z: Int, order: Int, mark: Int, highestZone: ZoneType, flags: AllocFlags,
        freePages: Int? = nil
    ) -> Bool {
        var zone = zones[z]
        return zone.watermarkOk(order: order, mark: mark, highestZone: highestZone, flags: flags, freePages: freePages)
    }

    /// `zone_watermark_fast()` on zone `z` (see `Zone.watermarkFast`).
    ///
    /// Models: `zone_watermark_fast()` (mm/page_alloc.c).
    @inline(__always)
    public func zoneWatermarkFast(zone z: Int, order: Int, mark: Int, highestZone: ZoneType, flags: AllocFlags) -> Bool
    {
        var zone = zones[z]
        return zone.watermarkFast(order: order, mark: mark, highestZone: highestZone, flags: flags)
    }
}
