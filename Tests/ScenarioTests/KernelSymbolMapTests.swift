import Foundation
import Testing

@testable import Scenario

/// The kernel-symbol map (issue 9, item 6): for every kernel function, struct and flag the
/// model or the catalog names, the Swift declarations that model it, committed as
/// Sources/Scenario/Catalog/KernelSymbols.json for the site's symbol index.
/// `MMBOOK_RECORD_SYMBOLS=1` regenerates it (and fails, so a recording never passes unnoticed).
@Suite struct KernelSymbolMapTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let mapFile = root.appendingPathComponent("Sources/Scenario/Catalog/KernelSymbols.json")
    static let kernel = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["MMBOOK_KERNEL_SOURCE"]
            ?? root.appendingPathComponent("../shared/kernel-6.18").standardizedFileURL.path)

    /// One `Models:` doc comment: the symbols it names before its kernel file, the file, and
    /// the declaration under the comment.
    struct ModelsComment {
        var symbols: [String]
        var kernelFile: String
        /// `Sources/`-relative path and line of the declaration.
        var source: String
        var declaration: String
    }

    /// Every `Models:` paragraph under Sources/PageAlloc.
    static func modelsComments() throws -> [ModelsComment] {
        let base = root.appendingPathComponent("Sources")
        let files =
            (FileManager.default.enumerator(atPath: base.appendingPathComponent("PageAlloc").path)?
            .compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        var out: [ModelsComment] = []
        for file in files {
            let text = try String(
                contentsOf: base.appendingPathComponent("PageAlloc").appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var i = 0
            while i < lines.count {
                guard lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("///") else {
                    i += 1
                    continue
                }
                var j = i
                while j < lines.count && lines[j].trimmingCharacters(in: .whitespaces).hasPrefix("///") { j += 1 }
                let block = lines[i..<j].map {
                    $0.trimmingCharacters(in: .whitespaces).dropFirst(3).trimmingCharacters(in: .whitespaces)
                }
                if let k = block.firstIndex(where: { $0.contains("Models:") }) {
                    let paragraph = block[k...].prefix { !$0.isEmpty }.joined(separator: " ")
                    let text = String(paragraph[paragraph.range(of: "Models:")!.upperBound...])
                    out.append(
                        comment(text, source: "PageAlloc/\(file)", declaration: declaration(lines, from: j)))
                }
                i = j
            }
        }
        return out
    }

    /// The symbols are the code spans before the first kernel path, or, when there are none,
    /// those of the first sentence.
    static func comment(_ text: String, source: String, declaration: String) -> ModelsComment {
        let file = text.firstMatch(of: /(?:^|[\s(,])((?:[a-z0-9_-]+\/)+[\w.+-]+\.[ch])/)
        func spans(_ part: Substring) -> [String] {
            part.matches(of: /`(?:struct |enum |union )?([A-Za-z_][A-Za-z0-9_]*\*?)[^`]*`/).map { String($0.output.1) }
        }
        var symbols = file.map { spans(text[..<$0.range.lowerBound]) } ?? []
        if symbols.isEmpty {
            symbols = spans(text[..<(text.range(of: ". ")?.lowerBound ?? text.endIndex)])
        }
        return ModelsComment(
            symbols: symbols, kernelFile: file.map { String($0.output.1) } ?? "", source: source,
            declaration: declaration)
    }

    /// The declaration starting at line `j`, attributes and access modifiers dropped, up to its body.
    static func declaration(_ lines: [String], from j: Int) -> String {
        var k = j
        while k < lines.count && lines[k].trimmingCharacters(in: .whitespaces).hasPrefix("@") { k += 1 }
        var text = ""
        while k < lines.count {
            text += " " + lines[k].trimmingCharacters(in: .whitespaces)
            if lines[k].contains("{") || !lines[k].hasSuffix(",") && !lines[k].hasSuffix("(") { break }
            k += 1
        }
        if let brace = text.firstIndex(of: "{") { text = String(text[..<brace]) }
        let dropped = ["public ", "internal ", "private ", "fileprivate ", "mutating ", "nonisolated "]
        for word in dropped { text = text.replacingOccurrences(of: word, with: "") }
        return text.split(separator: " ").joined(separator: " ")
    }

    /// The map: symbol → kernel file and the Swift declarations or catalog entries modelling it.
    struct Entry: Codable, Equatable {
        var symbol: String
        var file: String
        var models: [String]
    }

    static func generate() throws -> [Entry] {
        var entries: [String: Entry] = [:]
        func add(_ symbol: String, _ file: String, _ model: String) {
            var entry = entries[symbol] ?? Entry(symbol: symbol, file: file, models: [])
            if entry.file.isEmpty { entry.file = file }
            if !entry.models.contains(model) { entry.models.append(model) }
            entries[symbol] = entry
        }
        for comment in try modelsComments() {
            for symbol in comment.symbols {
                add(symbol, comment.kernelFile, "\(comment.source): \(comment.declaration)")
            }
        }
        for (entry, symbol) in Catalog.symbols where Self.exceptions[symbol.name] == nil {
            add(symbol.name, symbol.file, "Scenario/Catalog: \(entry)")
        }
        return entries.values.sorted { $0.symbol < $1.symbol }
    }

    @Test func committedMapIsUpToDate() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let generated = String(decoding: try encoder.encode(try Self.generate()), as: UTF8.self) + "\n"
        if ProcessInfo.processInfo.environment["MMBOOK_RECORD_SYMBOLS"] == "1" {
            try Data(generated.utf8).write(to: Self.mapFile)
            Issue.record("recorded \(Self.mapFile.path); run again without MMBOOK_RECORD_SYMBOLS")
            return
        }
        let committed = try String(contentsOf: Self.mapFile, encoding: .utf8)
        #expect(
            committed == generated,
            "KernelSymbols.json is stale: run MMBOOK_RECORD_SYMBOLS=1 swift test --filter KernelSymbolMapTests")
    }

    /// Every identifier of the stored kernel source.
    static func kernelWords() throws -> Set<String> {
        var words: Set<String> = []
        let walker = FileManager.default.enumerator(atPath: kernel.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".c") || path.hasSuffix(".h") else { continue }
            let text = try String(contentsOf: kernel.appendingPathComponent(path), encoding: .isoLatin1)
            for match in text.matches(of: /[A-Za-z_][A-Za-z0-9_]*/) { words.insert(String(match.output)) }
        }
        return words
    }

    /// Names that are in no file of the stored subset of Linux 6.18, each with its reason.
    static let exceptions: [String: String] = [
        "__free_pages_memory": "mm/memblock.c is not in the stored kernel subset",
        "migrate_folio_move": "mm/migrate.c is not in the stored kernel subset",
        "__folio_add_rmap": "mm/rmap.c is not in the stored kernel subset",
        "__folio_remove_rmap": "mm/rmap.c is not in the stored kernel subset",
        "folio_remove_rmap_ptes": "mm/rmap.c is not in the stored kernel subset",
        "set_recommended_min_free_kbytes": "mm/khugepaged.c is not in the stored kernel subset",
        "seq_printf": "fs/seq_file.c is not in the stored kernel subset",
        "printk": "kernel/printk/ is not in the stored kernel subset",
        "dmesg": "the user-space tool that shows printk() messages, named beside printk()",
        "__clamp": "include/linux/minmax.h is not in the stored kernel subset",
        "irq_enter": "kernel/softirq.c is not in the stored kernel subset",
        "irq_exit": "kernel/softirq.c is not in the stored kernel subset",
        "softirq_handle_begin": "kernel/softirq.c is not in the stored kernel subset",
        "softirq_handle_end": "kernel/softirq.c is not in the stored kernel subset",
        "local_bh_disable": "include/linux/bottom_half.h is not in the stored kernel subset",
        "local_bh_enable": "include/linux/bottom_half.h is not in the stored kernel subset",
        "sched_set_fifo": "kernel/sched/syscalls.c is not in the stored kernel subset",
        "sched_set_normal": "kernel/sched/syscalls.c is not in the stored kernel subset",
    ]

    /// A name exists when the kernel source has it as an identifier, as the `_noprof`
    /// function behind an `alloc_hooks()` macro, or, for `PREFIX_*`, as some identifier
    /// with that prefix.
    static func exists(_ symbol: String, in words: Set<String>) -> Bool {
        if symbol.hasSuffix("*") { return words.contains { $0.hasPrefix(symbol.dropLast()) } }
        return words.contains(symbol) || words.contains(symbol + "_noprof")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: kernel.path)))
    func everyModelsCommentNamesARealKernelSymbol() throws {
        let words = try Self.kernelWords()
        for comment in try Self.modelsComments() {
            #expect(
                !comment.symbols.isEmpty
                    || ["PageAlloc/Trace/TraceEvent.swift", "PageAlloc/Watermarks/VMSysctl.swift"]
                        .contains(comment.source),
                "\(comment.source): \(comment.declaration) names no `symbol`")
            for symbol in comment.symbols where Self.exceptions[symbol] == nil {
                #expect(Self.exists(symbol, in: words), "\(comment.source): \(symbol) is not in Linux 6.18")
            }
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: kernel.path)))
    func everyCatalogEntryMapsToARealKernelSymbol() throws {
        let words = try Self.kernelWords()
        for (entry, symbol) in Catalog.symbols where Self.exceptions[symbol.name] == nil {
            #expect(Self.exists(symbol.name, in: words), "\(entry): \(symbol.name) is not in Linux 6.18")
            let file = Self.kernel.appendingPathComponent(symbol.file)
            if FileManager.default.fileExists(atPath: file.path) {
                let text = try String(contentsOf: file, encoding: .isoLatin1)
                #expect(text.contains(symbol.name), "\(entry): \(symbol.name) is not in \(symbol.file)")
            }
        }
    }
}
