extension MachineLayout {
    /// An idealised one-node layout: the given zones back to back, each wholly present and
    /// wholly free (no holes, no reservations), every zone starting at its x86_64 boundary or
    /// where the previous one ends.
    ///
    /// Used for teaching scenarios (`boot zones="DMA32:64M Normal:1G"`) and tests where
    /// round numbers matter more than firmware realism.
    public static func contiguous(zones specs: [(type: ZoneType, pages: Int)], cpus: Int = 1) -> MachineLayout {
        var zones: [ZoneLayout] = []
        var next = 0
        for (type, pages) in specs where pages > 0 {
            let natural: Int
            switch type {
            case .dma: natural = 0
            case .dma32: natural = dmaEndPfn
            case .normal: natural = dma32EndPfn
            case .movable, .device: natural = dma32EndPfn
            }
            let start = max(next, natural)
            let range = start..<(start + pages)
            zones.append(
                ZoneLayout(
                    node: 0, type: type, startPfn: start, spannedPages: pages,
                    presentRanges: [range], freeRanges: [range]))
            next = range.upperBound
        }
        return MachineLayout(zones: zones, nodeCount: 1, cpuNodes: Array(repeating: 0, count: max(cpus, 1)))
    }
}
