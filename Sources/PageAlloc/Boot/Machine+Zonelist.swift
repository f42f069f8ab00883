extension Machine {
    /// The populated zones of `node`, highest zone first.
    ///
    /// Models: `build_zonerefs_node()` (mm/page_alloc.c).
    private func zonerefs(node: Int) -> [Int] {
        ZoneType.allCases.reversed().compactMap { type in
            let z = Machine.zoneIndex(node: node, type: type)
            return zones[z].isPopulated && type != .device ? z : nil
        }
    }

    /// Whether `node` has memory (`N_MEMORY`).
    func nodeHasMemory(_ node: Int) -> Bool { !zonerefs(node: node).isEmpty }

    /// Builds every node's fallback and no-fallback zonelists.
    ///
    /// Models: `build_all_zonelists()` → `build_zonelists()` (mm/page_alloc.c): nodes in the
    /// order `find_next_best_node()` picks them (distance, a penalty for lower ids and for
    /// nodes with CPUs, `node_load` spreading ties), each node's zones highest first.
    mutating func buildAllZonelists() {
        var nodeLoad = Array(repeating: 0, count: nodeCount)
        for local in 0..<nodeCount {
            var used = Set<Int>()
            var order: [Int] = []
            var prev = local
            while let next = findNextBestNode(local, used: &used, nodeLoad: nodeLoad) {
                if layout.distances[local][next] != layout.distances[local][prev] { nodeLoad[next] += 1 }
                order.append(next)
                prev = next
            }
            nodes[local].zonelistFallback = order.flatMap { zonerefs(node: $0) }
            nodes[local].zonelistNoFallback = zonerefs(node: local)
        }
    }

    /// The nearest node with memory not yet used, or nil.
    ///
    /// Models: `find_next_best_node()` (mm/page_alloc.c).
    private func findNextBestNode(_ node: Int, used: inout Set<Int>, nodeLoad: [Int]) -> Int? {
        if !used.contains(node) && nodeHasMemory(node) {
            used.insert(node)
            return node
        }
        var best: Int?
        var minValue = Int.max
        for n in 0..<nodeCount where nodeHasMemory(n) && !used.contains(n) {
            var value = layout.distances[node][n]
            value += n < node ? 1 : 0
            if layout.cpuNodes.contains(n) { value += 1 }
            value = value * 1024 + nodeLoad[n]
            if value < minValue {
                minValue = value
                best = n
            }
        }
        if let best { used.insert(best) }
        return best
    }
}
