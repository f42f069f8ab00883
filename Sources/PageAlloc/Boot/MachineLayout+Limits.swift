extension MachineLayout {
    /// The most memory a machine the model boots may have: 1 TiB (2^28 page frames).
    ///
    /// Model limit with no kernel counterpart. The model's memmap has a place for every pfn
    /// from 0 to the end of memory, though it writes (and so takes host memory for) only the
    /// sections with present memory; the same limit applies to the end of memory, which also
    /// keeps every pfn well inside the `Int32` list links of `MemMap`.
    public static let maxMemoryBytes = 1 << 40

    /// The host memory the model's memmap takes per page frame it writes, in bytes: the words of
    /// `MemMap` (flags, _refcount, page_type, and the two list links that also hold
    /// compound_head) and the two bytes beside them (zone, private, pcp order); a pageblock's
    /// byte, shared by 512 pfns, and the side tables of a large folio's second page and other
    /// cold state are not counted. The memmap of a hole is never written and takes nothing.
    public static let memmapBytesPerPfn = MemoryLayout<PageWords>.stride + MemoryLayout<UInt16>.stride

    /// `bytes` the way boot options spell sizes: `64M`, `4G`, `1T`, or plain bytes.
    static func sizeText(_ bytes: Int) -> String {
        for (shift, suffix) in [(40, "T"), (30, "G"), (20, "M"), (10, "K")] where bytes >= 1 << shift {
            if bytes % (1 << shift) == 0 { return "\(bytes >> shift)\(suffix)" }
        }
        return "\(bytes)"
    }

    /// The host memory a memmap of `pfns` page frames takes, in MiB or GiB, for error messages.
    static func hostMemoryText(pfns: Int) -> String {
        let bytes = Double(pfns) * Double(memmapBytesPerPfn)
        let gib = bytes / Double(1 << 30)
        return gib >= 1 ? "\((gib * 10).rounded() / 10) GiB" : "\(Int((bytes / Double(1 << 20)).rounded())) MiB"
    }

    /// How far the end of memory may lie beyond `maxMemoryBytes`: the 4 GiB below which a PC
    /// keeps its PCI hole, so that a 1 TiB machine with its hole still boots.
    public static let maxHoleBytes = 1 << 32

    /// Why the model will not boot this layout, or nil when it will: more than `maxMemoryBytes`
    /// of present memory, or memory ending more than `maxHoleBytes` beyond that. The message
    /// states the limit and the host memory the memmap would need.
    public var sizeLimitProblem: String? {
        let present = zones.reduce(0) { $0 + $1.presentPages }
        let end = endPfn
        let limit = Self.maxMemoryBytes >> Kernel.pageShift
        guard present > limit || end > limit + Self.maxHoleBytes >> Kernel.pageShift else { return nil }
        let what =
            present > limit
            ? "the machine has \(Self.sizeText(present << Kernel.pageShift)) of memory"
            : "the machine's memory ends at \(Self.sizeText(end << Kernel.pageShift))"
        return "\(what), more than the model's limit of \(Self.sizeText(Self.maxMemoryBytes)) "
            + "(its memmap would need about \(Self.hostMemoryText(pfns: end)) of host memory)"
    }

    /// The error of a `mem=` size outside 4M to `maxMemoryBytes`, with the host memory the
    /// largest machine needs.
    public static var memoryRangeMessage: String {
        "mem= must be between 4M and \(sizeText(maxMemoryBytes)) (the model keeps a struct page for every page "
            + "frame: \(sizeText(maxMemoryBytes)) needs about \(hostMemoryText(pfns: maxMemoryBytes >> Kernel.pageShift)) of host memory)"
    }
}
