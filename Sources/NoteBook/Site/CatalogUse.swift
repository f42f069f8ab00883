import Scenario

/// A use of the scenario language's catalog that the kernel-symbol map can tie to kernel
/// symbols: a statement call or expression function by name (`PageHead(p)`), a page field
/// (`p.order`), a view (`show zoneinfo`), a boot option (`boot zones=...`) or a sysctl
/// (`sysctl vm.min_free_kbytes=...`). Catalog expression functions do not enter the model's
/// kernel functions, so without these a block that evaluates `PageHead` did not count as
/// demonstrating it on `symbols.html`.
enum CatalogUse: Hashable, Sendable {
    case name(String)
    case field(String)
    case view(String)
    case boot(String)
    case sysctl(String)

    /// The use a kernel-symbol map entry's model names (`Scenario/Catalog: field .order`),
    /// or nil for a Swift declaration.
    init?(model: String) {
        let prefix = "Scenario/Catalog: "
        guard model.hasPrefix(prefix) else { return nil }
        let words = model.dropFirst(prefix.count).split(separator: " ")
        guard words.count >= 2 else { return nil }
        let name = String(words[1])
        switch words[0] {
        case "call", "function": self = .name(name)
        case "field" where name.hasPrefix("."): self = .field(String(name.dropFirst()))
        case "show": self = .view(name)
        case "boot" where name.hasSuffix("="): self = .boot(String(name.dropLast()))
        case "sysctl": self = .sysctl(name)
        default: return nil
        }
    }

    /// The catalog uses of a scenario block's text, comments and strings left out: every
    /// name (as a call or function, or after `.` as a field), the view of a `show`, the
    /// options of a `boot` and the setting of a `sysctl`.
    static func uses(in scenario: String) -> Set<CatalogUse> {
        var out = Set<CatalogUse>()
        for line in scenario.split(separator: "\n") {
            let words = Self.words(of: line)
            for (index, word) in words.enumerated() {
                out.insert(word.afterDot ? .field(word.text) : .name(word.text))
                if index == 1, words[0].text == "show", !word.afterDot { out.insert(.view(word.text)) }
                if index > 0, words[0].text == "boot", word.beforeEquals { out.insert(.boot(word.text)) }
            }
            if words.first?.text == "sysctl", words.count > 1 {
                // The setting as written: the dotted words up to `=` (`vm.min_free_kbytes`).
                let setting =
                    words.dropFirst().prefix { !$0.beforeEquals }.map(\.text)
                    + words.dropFirst().drop { !$0.beforeEquals }.prefix(1).map(\.text)
                out.insert(.sysctl(setting.joined(separator: ".")))
            }
        }
        return out
    }

    /// A name in a line: its text, whether a `.` comes right before it and whether `=` is the
    /// next character after it (spaces skipped).
    struct Word {
        var text: String
        var afterDot: Bool
        var beforeEquals: Bool
    }

    /// The names of a line, up to a `#` comment, outside double-quoted strings.
    static func words(of line: Substring) -> [Word] {
        var out: [Word] = []
        var current = ""
        var afterDot = false
        var previous: Character = " "
        var inString = false
        func flush(next: Character?) {
            if !current.isEmpty, !(current.first?.isNumber ?? true) {
                out.append(Word(text: current, afterDot: afterDot, beforeEquals: next == "="))
            }
            current = ""
        }
        var characters = Array(line)
        if let comment = Self.commentStart(characters) { characters = Array(characters[..<comment]) }
        for (index, character) in characters.enumerated() {
            if inString {
                if character == "\"" { inString = false }
                previous = character
                continue
            }
            if character == "_" || (character.isASCII && (character.isLetter || character.isNumber)) {
                if current.isEmpty { afterDot = previous == "." }
                current.append(character)
            } else {
                let next = characters[index...].first { $0 != " " && $0 != "\t" }
                flush(next: next)
                if character == "\"" { inString = true }
            }
            previous = character
        }
        flush(next: nil)
        return out
    }

    /// Where a `#` comment starts in a line, outside strings.
    static func commentStart(_ characters: [Character]) -> Int? {
        var inString = false
        for (index, character) in characters.enumerated() {
            if character == "\"" { inString.toggle() }
            if character == "#", !inString { return index }
        }
        return nil
    }
}

extension KernelSymbolIndex {
    /// The kernel symbols each catalog use stands for: the entries whose models name it, and
    /// each statement call of the language that is itself a kernel symbol (`alloc_pages`).
    static func catalogUses(of entries: [KernelSymbolEntry]) -> [CatalogUse: [String]] {
        var out: [CatalogUse: [String]] = [:]
        for entry in entries {
            for model in entry.models {
                if let use = CatalogUse(model: model) { out[use, default: []].append(entry.name) }
            }
        }
        let names = Set(entries.map(\.name))
        for call in ScenarioVocabulary.calls where names.contains(call) {
            if !(out[.name(call)]?.contains(call) ?? false) { out[.name(call), default: []].append(call) }
        }
        return out
    }
}
