/// A kernel symbol the model covers, as `symbols.html` lists it.
struct KernelSymbolEntry: Sendable, Equatable {
    /// The kernel name (`__rmqueue_smallest`, `GFP_KERNEL`, `mm_page_alloc`).
    var name: String
    /// What it is: function, struct, macro, gfp flag, migratetype, zone, sysctl, tracepoint, ...
    var kind: String
    /// The kernel file that defines it, relative to the source root; empty when unknown.
    var file: String
    /// Its 1-based line in Linux 6.18's `file`; 0 when unknown.
    var line: Int
    /// The Swift declarations (or scenario-language catalog entries) that model it.
    var models: [String]

    /// The pinned-version source browser link (listed on the site, never fetched).
    var sourceURL: String? {
        guard !file.isEmpty else { return nil }
        return "https://elixir.bootlin.com/linux/v6.18/source/\(file)" + (line > 0 ? "#L\(line)" : "")
    }

    /// The anchor of its entry on `symbols.html`.
    var anchor: String { "sym-" + name }
}

/// Every kernel symbol the model covers (the kernel-symbol map plus the gfp flags,
/// migratetypes, zones and tracepoints the model names), looked up by name.
struct KernelSymbolIndex: Sendable {
    /// The entries, sorted by name.
    let entries: [KernelSymbolEntry]
    private let byName: [String: KernelSymbolEntry]
    /// The kernel symbols each use of the scenario language's catalog stands for.
    let catalogUses: [CatalogUse: [String]]

    /// The index of the committed data.
    static let shared = KernelSymbolIndex(parsing: data)

    /// Reads the tab-separated lines of `KernelSymbolData.swift`.
    init(parsing text: String) {
        var entries: [KernelSymbolEntry] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { continue }
            entries.append(
                KernelSymbolEntry(
                    name: fields[0], kind: fields[1], file: fields[2], line: Int(fields[3]) ?? 0,
                    models: fields[4].components(separatedBy: " | ")))
        }
        self.entries = entries
        byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        catalogUses = Self.catalogUses(of: entries)
    }

    /// The entry of a kernel name, if the model covers it. Wildcard entries (`ALLOC_*`) and
    /// names too generic to link in running text (`page`, `first`) are not linked.
    subscript(name: String) -> KernelSymbolEntry? { byName[name] }

    /// Whether an identifier seen in code or output should link to its entry: covered, and
    /// not a common English or C word that happens to name a field or struct.
    func linkable(_ name: String) -> KernelSymbolEntry? {
        guard let entry = byName[name], !Self.unlinked.contains(name) else { return nil }
        return entry
    }

    /// Covered names that are also everyday words in prose, code and outputs.
    static let unlinked: Set<String> = [
        "page", "first", "last", "flags", "private", "lru", "vm", "zone", "folio", "expand", "dmesg", "printk",
        "hstate", "fls", "migratetype",
    ]
}
