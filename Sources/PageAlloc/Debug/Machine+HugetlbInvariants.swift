extension Machine {
    /// Checks the hugetlb pools; returns one message per violation.
    ///
    /// The free and total counts match the lists, free pool pages are frozen (refcount 0)
    /// compound pages of the hstate's order, pages in use have references, surplus pages are part
    /// of the pool.
    func hugetlbInvariantProblems() -> [String] {
        var problems: [String] = []
        for h in hstates {
            let free = h.hugepageFreelists.map(\.count)
            if free != h.freeHugePagesNode || free.reduce(0, +) != h.freeHugePages {
                problems.append(
                    "\(h.name): free counts \(h.freeHugePages) \(h.freeHugePagesNode), free lists hold \(free)")
            }
            if h.nrHugePagesNode.reduce(0, +) != h.nrHugePages
                || h.nrHugePages != h.freeHugePages + h.hugepageActivelist.count
            {
                problems.append(
                    "\(h.name): nr_huge_pages \(h.nrHugePages) \(h.nrHugePagesNode) does not match "
                        + "\(h.freeHugePages) free and \(h.hugepageActivelist.count) in use")
            }
            if h.surplusHugePagesNode.reduce(0, +) != h.surplusHugePages || h.surplusHugePages > h.nrHugePages {
                problems.append("\(h.name): surplus \(h.surplusHugePages) \(h.surplusHugePagesNode) is inconsistent")
            }
            for pfn in h.hugepageFreelists.flatMap({ $0 }) {
                if memmap.refcount[pfn] != 0 || compoundOrder(containing: pfn) != h.order || memmap.isBuddy(pfn) {
                    problems.append(
                        "\(h.name): free pool page at pfn 0x\(String(pfn, radix: 16)) is not a frozen order-\(h.order) folio"
                    )
                }
            }
            for pfn in h.hugepageActivelist where memmap.refcount[pfn] < 1 {
                problems.append("\(h.name): pool page in use at pfn 0x\(String(pfn, radix: 16)) has no reference")
            }
        }
        return problems
    }
}
