extension Buddyinfo {
    /// Reads a /proc/buddyinfo.
    ///
    /// Every line is `Node <id>, zone <name>` and one count per order 0...MAX_PAGE_ORDER;
    /// a `ProcFileError` names the line and column of the first that is not.
    public init(parsing text: String) throws(ProcFileError) {
        var rows: [Row] = []
        for line in ProcFileLine.split(text) {
            let t = line.tokens
            guard t.count >= 4, t[0].text == "Node", t[1].text.hasSuffix(","), t[2].text == "zone" else {
                throw line.error(
                    "expected-zone-header", "expected 'Node <id>, zone <name>'",
                    column: t.first?.column ?? 1)
            }
            guard let node = Int(t[1].text.dropLast()), node >= 0 else {
                throw line.error("bad-number", "'\(t[1].text.dropLast())' is not a node number", column: t[1].column)
            }
            guard t.count == 4 + Kernel.nrPageOrders else {
                throw line.error(
                    "order-count",
                    "expected \(Kernel.nrPageOrders) counts, orders 0 to "
                        + "\(Kernel.maxPageOrder), found \(t.count - 4)", column: t[3].column)
            }
            var counts: [Int] = []
            for i in 4..<t.count { counts.append(try line.integer(at: i)) }
            rows.append(Row(node: node, zone: String(t[3].text), nrFree: counts))
        }
        self.init(rows: rows)
    }
}
