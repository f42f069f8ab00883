extension Machine {
    /// Wakes kswapd for a zone's node, as an allocation of `order` that may use zones up to
    /// `highestZone` would, and lets it run one balancing pass.
    ///
    /// Models: `wakeup_kswapd()` (mm/vmscan.c), the entry the allocator's slow path uses; see
    /// `wakeupKswapd(zone:gfp:order:highestZone:)` for what the model's kswapd does.
    public mutating func wakeupKswapd(zone z: Int, order: Int, highestZone: ZoneType? = nil) {
        wakeupKswapd(zone: z, gfp: .kernel, order: order, highestZone: highestZone ?? zones[z].type)
    }
}
