extension MachineLayout {
    /// The pfn where ZONE_DMA ends (16 MiB).
    public static let dmaEndPfn = 0x1000
    /// The pfn where ZONE_DMA32 ends (4 GiB).
    public static let dma32EndPfn = 0x100000
    /// The start of the PCI hole below 4 GiB on a PC (3 GiB), where RAM above it is remapped.
    public static let pciHolePfn = 0xc0000
    /// The physical load address of the kernel image, `CONFIG_PHYSICAL_START` (16 MiB).
    public static let kernelImagePfn = 0x1000
    /// The pages the modelled kernel image, initrd and early allocations reserve at
    /// `CONFIG_PHYSICAL_START`.
    public static let kernelImagePages = 4096

    /// The layout a PC-style x86_64 firmware gives `mem` bytes of RAM, split evenly over `nodes`
    /// nodes, with `cpus` CPUs spread round-robin over the nodes.
    ///
    /// Models the e820 map of a typical PC/QEMU machine (RAM at pfn 1..0x9f, a legacy hole up
    /// to 1 MiB, RAM up to 3 GiB, the PCI hole, the rest above 4 GiB), the zone boundaries of
    /// `zone_sizes_init()` (arch/x86/mm/init.c: DMA below 16 MiB, DMA32 below 4 GiB) and the
    /// memblock reservations that never reach the buddy allocator: the whole first MiB
    /// (`x86_reserve_low` reserves it since 5.13), the kernel image at 16 MiB, and each node's
    /// memmap (`sparse_init()`: 2 MiB of `struct page`s per present 128 MiB section, allocated
    /// top-down and 2 MiB-aligned at the end of the node).
    /// Firmware tables, crash kernels and the like are left out.
    ///
    /// `kernelcore` and `movablecore` (bytes) carve ZONE_MOVABLE out of the top of each node's
    /// memory as the boot parameters of the same names do.
    public static func x86(
        memoryBytes: Int, nodes: Int = 1, cpus: Int = 1, kernelcore: Int? = nil,
        movablecore: Int? = nil
    ) -> MachineLayout {
        let totalPages = memoryBytes >> Kernel.pageShift
        // RAM in physical order, as the firmware reports it.
        var ram: [Range<Int>] = []
        let lowTop = min(totalPages, 0x9f)
        if lowTop > 1 { ram.append(1..<lowTop) }
        if totalPages > 0x100 { ram.append(0x100..<min(totalPages, pciHolePfn)) }
        if totalPages > pciHolePfn { ram.append(dma32EndPfn..<(dma32EndPfn + totalPages - pciHolePfn)) }

        // Split the RAM into nodes of about equal size, in physical order; like the SRAT ranges
        // of real machines, each node boundary is the nearest memory section (128 MiB) boundary.
        let ramPages = ram.reduce(0) { $0 + $1.count }
        let perNode = ramPages / max(nodes, 1)
        var boundaries: [Int] = []
        var counted = 0
        for range in ram {
            while boundaries.count < nodes - 1 && counted + range.count >= perNode * (boundaries.count + 1) {
                let pfn = range.lowerBound + perNode * (boundaries.count + 1) - counted
                let section = 1 << Kernel.pfnSectionShift
                let aligned = (pfn + section / 2) / section * section
                boundaries.append(min(aligned, range.upperBound))
            }
            counted += range.count
        }
        var nodeRanges: [[Range<Int>]] = Array(repeating: [], count: nodes)
        for range in ram {
            var start = range.lowerBound
            while start < range.upperBound {
                let node = boundaries.firstIndex { start < $0 } ?? nodes - 1
                let end = node < boundaries.count ? min(range.upperBound, boundaries[node]) : range.upperBound
                nodeRanges[node].append(start..<end)
                start = end
            }
        }

        let movableStart = findZoneMovablePfns(
            nodeRanges, kernelcore: kernelcore.map { $0 >> Kernel.pageShift },
            movablecore: movablecore.map { $0 >> Kernel.pageShift })
        var zones: [ZoneLayout] = []
        for (nid, ranges) in nodeRanges.enumerated() {
            guard let nodeEnd = ranges.last?.upperBound else { continue }
            // sparse_init(): 64-byte struct pages for every present section, mapped with 2 MiB
            // PMDs, so 2 MiB (one pageblock) of memmap per 128 MiB section.
            let sections = Set(
                ranges.flatMap { range in
                    (range.lowerBound >> Kernel.pfnSectionShift)...((range.upperBound - 1) >> Kernel.pfnSectionShift)
                })
            let memmapPages = sections.count * ((1 << Kernel.pfnSectionShift) * 64 / Kernel.pageSize)
            var reserved: [Range<Int>] = [0..<0x100]
            if nid == 0 { reserved.append(kernelImagePfn..<(kernelImagePfn + kernelImagePages)) }
            reserved.append(topDown(pages: memmapPages, in: ranges))
            var bounds: [(ZoneType, Range<Int>)] = [(.dma, 0..<dmaEndPfn), (.dma32, dmaEndPfn..<dma32EndPfn)]
            if let movable = movableStart[nid] {
                bounds += [
                    (.normal, dma32EndPfn..<max(dma32EndPfn, movable)), (.movable, max(dma32EndPfn, movable)..<Int.max),
                ]
            } else {
                bounds.append((.normal, dma32EndPfn..<Int.max))
            }
            for (type, bound) in bounds {
                let present = ranges.compactMap { clamp($0, to: bound) }
                guard let first = present.first, let last = present.last else { continue }
                let start = first.lowerBound
                // A zone spans to the end of its node's memory or to its upper boundary.
                let end = nodeEnd > bound.upperBound ? bound.upperBound : last.upperBound
                let free = present.flatMap { subtract(reserved, from: $0) }
                zones.append(
                    ZoneLayout(
                        node: nid, type: type, startPfn: start, spannedPages: end - start,
                        presentRanges: present, freeRanges: free))
            }
        }
        let cpuNodes = (0..<max(cpus, 1)).map { $0 % max(nodes, 1) }
        return MachineLayout(zones: zones, nodeCount: max(nodes, 1), cpuNodes: cpuNodes)
    }

    /// Where ZONE_MOVABLE starts on each node, nil where it has none.
    ///
    /// Models: `find_zone_movable_pfns_for_nodes()` (mm/mm_init.c) for `kernelcore=` and
    /// `movablecore=`: the kernel's share is spread evenly over the nodes with memory and
    /// counted from each node's lowest pages (pages below ZONE_NORMAL count but stay where they
    /// are); ZONE_MOVABLE takes the rest of the node from a MAX_ORDER-aligned pfn. The
    /// kernel's extra passes for nodes too small for their share are left out.
    static func findZoneMovablePfns(_ nodeRanges: [[Range<Int>]], kernelcore: Int?, movablecore: Int?) -> [Int?] {
        let total = nodeRanges.joined().reduce(0) { $0 + $1.count }
        var required = kernelcore ?? 0
        if let movablecore {
            let movable = min(total, roundUpToMaxOrder(movablecore))
            required = max(required, total - movable)
        }
        guard required > 0 && required < total else { return nodeRanges.map { _ in nil } }
        let usableNodes = nodeRanges.filter { !$0.isEmpty }.count
        let perNode = required / max(usableNodes, 1)
        return nodeRanges.map { ranges -> Int? in
            guard !ranges.isEmpty else { return nil }
            var remaining = perNode
            var movablePfn = ranges[0].lowerBound
            for range in ranges {
                var start = max(range.lowerBound, movablePfn)
                guard start < range.upperBound else { continue }
                if start < dma32EndPfn {
                    remaining -= min(min(range.upperBound, dma32EndPfn) - start, remaining)
                    if range.upperBound <= dma32EndPfn {
                        movablePfn = range.upperBound
                        continue
                    }
                    start = dma32EndPfn
                }
                let size = min(range.upperBound - start, remaining)
                movablePfn = start + size
                remaining -= size
                if remaining == 0 { break }
            }
            let aligned = roundUpToMaxOrder(movablePfn)
            return aligned < ranges.last!.upperBound ? aligned : nil
        }
    }

    /// `roundup(value, MAX_ORDER_NR_PAGES)`.
    static func roundUpToMaxOrder(_ value: Int) -> Int {
        let block = 1 << Kernel.maxPageOrder
        return (value + block - 1) / block * block
    }

    /// The intersection of `range` with `bound`, or nil when they do not overlap.
    static func clamp(_ range: Range<Int>, to bound: Range<Int>) -> Range<Int>? {
        let lower = max(range.lowerBound, bound.lowerBound)
        let upper = min(range.upperBound, bound.upperBound)
        return lower < upper ? lower..<upper : nil
    }

    /// `range` with every range of `holes` taken out, ascending.
    static func subtract(_ holes: [Range<Int>], from range: Range<Int>) -> [Range<Int>] {
        var pieces = [range]
        for hole in holes {
            pieces = pieces.flatMap { piece -> [Range<Int>] in
                guard hole.overlaps(piece) else { return [piece] }
                var out: [Range<Int>] = []
                if piece.lowerBound < hole.lowerBound { out.append(piece.lowerBound..<hole.lowerBound) }
                if hole.upperBound < piece.upperBound { out.append(hole.upperBound..<piece.upperBound) }
                return out
            }
        }
        return pieces
    }

    /// The highest `pages` pfns, aligned to `pageblock_nr_pages`, that fit in one of the
    /// ranges, as memblock's default top-down allocation of the memmap buffer picks them.
    static func topDown(pages: Int, in ranges: [Range<Int>]) -> Range<Int> {
        for range in ranges.reversed() {
            let end = range.upperBound & ~(Kernel.pageblockNrPages - 1)
            if end - pages >= range.lowerBound { return (end - pages)..<end }
        }
        return 0..<0
    }
}
