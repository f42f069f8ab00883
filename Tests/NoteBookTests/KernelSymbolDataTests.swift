import Foundation
import PageAlloc
import Testing

@testable import NoteBook

/// The symbol data of the site's `symbols.html` (issue 14): every symbol of the kernel-symbol
/// map (Sources/Scenario/Catalog/KernelSymbols.json) plus the gfp flags, migratetypes, zones and
/// tracepoints the model names, each with what it is and its line in Linux 6.18, computed here
/// at development time from ../shared/kernel-6.18 and committed as KernelSymbolData.swift.
/// `MMBOOK_RECORD_SYMBOLS=1` regenerates it (and fails, so a recording never passes unnoticed).
@Suite struct KernelSymbolDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let dataFile = root.appendingPathComponent("Sources/NoteBook/Site/KernelSymbolData.swift")
    static let kernel = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["MMBOOK_KERNEL_SOURCE"]
            ?? root.appendingPathComponent("../shared/kernel-6.18").standardizedFileURL.path)

    struct MapEntry: Decodable {
        var symbol: String
        var file: String
        var models: [String]
    }

    /// The lines of a kernel file, cached.
    final class Sources {
        var files: [String: [String]] = [:]
        var words: [String: [String: [Int]]] = [:]
        /// The 0-based lines of `file` on which each identifier occurs.
        func wordLines(_ file: String) -> [String: [Int]] {
            if let index = words[file] { return index }
            var index: [String: [Int]] = [:]
            for (i, line) in lines(file).enumerated() {
                for word in Set(line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })) {
                    index[String(word), default: []].append(i)
                }
            }
            words[file] = index
            return index
        }
        func lines(_ file: String) -> [String] {
            if let lines = files[file] { return lines }
            let text =
                (try? String(contentsOf: kernel.appendingPathComponent(file), encoding: .isoLatin1)) ?? ""
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            files[file] = lines
            return lines
        }
    }

    /// What `name` is and its 1-based definition line in `file`, from the source text: a
    /// tracepoint, sysctl, macro, struct, enum, type, function, enumerator or field, in that order
    /// of preference; (`identifier`, first use) when none matches, (`""`, 0) when absent.
    static func locate(_ name: String, in file: String, sources: Sources, preferSysctl: Bool) -> (String, Int) {
        let lines = sources.lines(file)
        guard !lines.isEmpty, !name.contains("*") else { return ("", 0) }
        let n = NSRegularExpression.escapedPattern(for: name)
        let candidates = sources.wordLines(file)[name] ?? []
        guard !candidates.isEmpty else { return ("", 0) }
        func first(_ pattern: String, where accept: (Int) -> Bool = { _ in true }) -> Int? {
            let regex = try! NSRegularExpression(pattern: pattern)
            for i in candidates {
                let line = lines[i]
                if regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil && accept(i) {
                    return i + 1
                }
            }
            return nil
        }
        /// A function definition: the lines after the name reach `{` before any `;`.
        func isDefinition(_ i: Int) -> Bool {
            for line in lines[i..<min(lines.count, i + 8)] {
                if line.contains(";") && !line.contains("{") { return false }
                if line.contains("{") { return true }
            }
            return false
        }
        if let line = first(#"^(TRACE_EVENT|DEFINE_EVENT)\((\w+, *)?"# + n + #"\b"#) { return ("tracepoint", line) }
        if preferSysctl, let line = first(#"\.procname\s*=\s*""# + n + #"""#) { return ("sysctl", line) }
        if let line = first(#"^#\s*define\s+"# + n + #"\b"#) { return ("macro", line) }
        if let line = first(#"^(typedef\s+)?struct\s+"# + n + #"\s*\{"#) { return ("struct", line) }
        if let line = first(#"^enum\s+"# + n + #"\s*\{"#) { return ("enum", line) }
        if let line = first(#"^(typedef\b.*\b|\}\s*)"# + n + #"\s*;"#) { return ("type", line) }
        if let line = first(#"^([A-Za-z_][^;]*[\s\*])?"# + n + #"\("#, where: isDefinition) {
            return ("function", line)
        }
        if let line = first(#"^(?!(struct|enum|union)\s+\w+\s*;)[A-Za-z_][^(;]*\b"# + n + #"\s*(=|;|\[)"#) {
            return ("variable", line)
        }
        if let line = first(#"^\s+"# + n + #"\s*(=[^=]|,|$)"#) { return ("enumerator", line) }
        if let line = first(#"^\s+[A-Za-z_][\w\s\*]*\b"# + n + #"(\[\w*\])?\s*(:\s*\d+)?;"#) {
            return ("field", line)
        }
        if let line = first(#"\b"# + n + #"\b"#) { return ("identifier", line) }
        return ("", 0)
    }

    /// The entries of the generated table: name, kind, file, line, models.
    /// Every C file and header of the stored kernel subset, for symbols whose map entry names
    /// no file or a file the definition is not in.
    static func allKernelFiles() -> [String] {
        let walker = FileManager.default.enumerator(atPath: kernel.path)
        var out: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".c") || path.hasSuffix(".h") { out.append(path) }
        }
        return out.sorted()
    }

    /// `locate` in `file`, then, when that finds no definition there, in every other file.
    static func locateAnywhere(_ name: String, file: String, sources: Sources, preferSysctl: Bool) -> (
        file: String, kind: String, line: Int
    ) {
        let (kind, line) = locate(name, in: file, sources: sources, preferSysctl: preferSysctl)
        if !kind.isEmpty && kind != "identifier" { return (file, kind, line) }
        for other in allKernelFiles() where other != file {
            let (k, l) = locate(name, in: other, sources: sources, preferSysctl: preferSysctl)
            if !k.isEmpty && k != "identifier" { return (other, k, l) }
        }
        return (file, kind, line)
    }

    static func generate() throws -> [KernelSymbolEntry] {
        let map = try JSONDecoder().decode(
            [MapEntry].self,
            from: Data(contentsOf: root.appendingPathComponent("Sources/Scenario/Catalog/KernelSymbols.json")))
        let sources = Sources()
        var out: [KernelSymbolEntry] = []
        for entry in map {
            let sysctl = entry.models.contains { $0.hasPrefix("Scenario/Catalog: sysctl ") }
            let found = locateAnywhere(entry.symbol, file: entry.file, sources: sources, preferSysctl: sysctl)
            var kind = sysctl ? "sysctl" : found.kind
            if kind.isEmpty && entry.models.contains(where: { $0.contains(" func ") || $0.contains("Catalog: call") }) {
                kind = "function"
            }
            out.append(
                KernelSymbolEntry(
                    name: entry.symbol, kind: kind, file: found.file, line: found.line, models: entry.models))
        }
        func add(_ name: String, _ kind: String, _ file: String, _ model: String) {
            guard !out.contains(where: { $0.name == name }) else { return }
            let (_, line) = locate(name, in: file, sources: sources, preferSysctl: false)
            out.append(KernelSymbolEntry(name: name, kind: kind, file: file, line: line, models: [model]))
        }
        for (name, _) in GFP.namedMasks {
            add(name, "gfp flag", "include/linux/gfp_types.h", "PageAlloc/Types/GFP+Names.swift: GFP.namedMasks")
        }
        for type in MigrateType.allCases {
            add(
                "MIGRATE_" + type.name.uppercased(), "migratetype", "include/linux/mmzone.h",
                "PageAlloc/Types/MigrateType.swift: enum MigrateType")
        }
        for zone in ZoneType.allCases {
            add(
                "ZONE_" + zone.name.uppercased(), "zone", "include/linux/mmzone.h",
                "PageAlloc/Types/ZoneType.swift: enum ZoneType")
        }
        let format = try String(
            contentsOf: root.appendingPathComponent("Sources/PageAlloc/Trace/TraceEvent+Format.swift"), encoding: .utf8)
        for match in format.matches(of: /case \.\w+: "(mm_\w+)"/) {
            let name = String(match.output.1)
            let file = name.hasPrefix("mm_vmscan") ? "include/trace/events/vmscan.h" : "include/trace/events/kmem.h"
            add(name, "tracepoint", file, "PageAlloc/Trace/TraceEvent+Format.swift: var name: String")
        }
        return out.sorted { $0.name < $1.name }
    }

    /// The Swift source of the table.
    static func source(_ entries: [KernelSymbolEntry]) -> String {
        var out = """
            // Generated by `MMBOOK_RECORD_SYMBOLS=1 swift test --filter KernelSymbolDataTests` from
            // Sources/Scenario/Catalog/KernelSymbols.json and the Linux 6.18 source; do not edit.

            extension KernelSymbolIndex {
                /// One symbol a line: name, kind, kernel file, 6.18 line, the Swift models joined by ` | `.
                static let data = #\"\"\"

            """
        for e in entries {
            out +=
                "        "
                + [e.name, e.kind, e.file, String(e.line), e.models.joined(separator: " | ")].joined(
                    separator: "\t") + "\n"
        }
        out += "        \"\"\"#\n}\n"
        return out
    }

    @Test func committedDataIsUpToDate() throws {
        let generated = Self.source(try Self.generate())
        if ProcessInfo.processInfo.environment["MMBOOK_RECORD_SYMBOLS"] == "1" {
            try Data(generated.utf8).write(to: Self.dataFile)
            Issue.record("recorded \(Self.dataFile.path); run again without MMBOOK_RECORD_SYMBOLS")
            return
        }
        let committed = try String(contentsOf: Self.dataFile, encoding: .utf8)
        #expect(
            committed == generated,
            "KernelSymbolData.swift is stale: run MMBOOK_RECORD_SYMBOLS=1 swift test --filter KernelSymbolDataTests")
    }

    /// The parsed table holds what the generator wrote, and the lines point where they should.
    @Test func knownSymbolsHaveTheirKindAndLine() throws {
        let index = KernelSymbolIndex.shared
        let smallest = try #require(index["__rmqueue_smallest"])
        #expect(smallest.kind == "function")
        #expect(smallest.file == "mm/page_alloc.c")
        let line = Self.Sources().lines("mm/page_alloc.c")[smallest.line - 1]
        #expect(line.contains("__rmqueue_smallest("))
        #expect(index["GFP_KERNEL"]?.kind == "gfp flag")
        #expect(index["MIGRATE_MOVABLE"]?.kind == "migratetype")
        #expect(index["ZONE_NORMAL"]?.kind == "zone")
        #expect(index["min_free_kbytes"]?.kind == "sysctl")
        #expect(index["mm_page_alloc"]?.kind == "tracepoint")
        #expect(index["free_area"]?.kind == "struct")
        #expect(
            smallest.sourceURL == "https://elixir.bootlin.com/linux/v6.18/source/mm/page_alloc.c#L\(smallest.line)")
    }
}
