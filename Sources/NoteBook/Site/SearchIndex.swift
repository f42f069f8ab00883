import Foundation

/// The book's search index, written as JavaScript files that assign data (so that a page opened
/// from `file://` can load them with `<script>` tags, where `fetch()` is refused).
///
/// Sections (a page's text up to its first level-2 heading, then each level-2 or level-3
/// heading's text) are the documents. `search/docs-N.js` holds `SearchIndex.docsPerChunk` of
/// them each: page, anchor, page title, heading, text, and the identifiers of its code (shown
/// when a query matched only those). `search/terms-N.js` holds the terms
/// whose first character falls in shard N, each with its documents and weights, so a query
/// loads one terms file per word and the documents files of its best results only.
struct SearchIndex {
    /// One searchable section.
    struct Section {
        var page: String
        var anchor: String
        var pageTitle: String
        var heading: String
        var text: String
        var identifiers: [String]
        /// Each term of the section with its highest weight, computed once per section.
        var weights: [String: Int] = [:]
        /// The section's row of its documents file (`rowJSON`), written once per section.
        var row: String = ""
    }

    /// How many sections one documents file holds.
    static let docsPerChunk = 64
    /// How many terms files there are.
    static let shards = 32
    /// The weight of a word in a page title, a heading, a code identifier, and body text.
    static let titleWeight = 10
    static let headingWeight = 5
    static let codeWeight = 2
    static let textWeight = 1

    var sections: [Section] = []

    /// Adds the sections of a rendered page.
    mutating func add(page: String, title: String, description: String?, document: MarkdownDocument) {
        var taken = Set<String>()
        var current = Section(
            page: page, anchor: "", pageTitle: title, heading: "", text: description.map { $0 + " " } ?? "",
            identifiers: [])
        func flush() {
            current.text = current.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !current.text.isEmpty || !current.heading.isEmpty || current.anchor.isEmpty else { return }
            current.weights = Self.weights(of: current)
            current.row = Self.rowJSON(current)
            sections.append(current)
        }
        func visit(_ block: Block) {
            switch block.kind {
            case .heading(let level, let inlines):
                let id = Slug.make(inlines.plainText, taken: &taken)
                if level == 2 || level == 3 {
                    flush()
                    current = Section(
                        page: page, anchor: id, pageTitle: title, heading: inlines.plainText, text: "", identifiers: [])
                }
            case .paragraph(let inlines):
                current.text += inlines.plainText + " "
            case .table(let table):
                for cell in table.header + table.rows.flatMap({ $0 }) { current.text += cell.inlines.plainText + " " }
            case .codeBlock(let info, let literal, _):
                if !info.hasPrefix("output") { current.identifiers += Self.identifiers(in: literal) }
            default:
                for child in block.children { visit(child) }
            }
        }
        for block in document.blocks { visit(block) }
        flush()
    }

    /// The terms of a section, each with the highest weight of the places it appears in: the
    /// text, the code identifiers, the heading, and the page title for a page's first section.
    static func weights(of section: Section) -> [String: Int] {
        var weights: [String: Int] = [:]
        func add(_ text: String, _ weight: Int) {
            for term in terms(text) { weights[term] = max(weights[term] ?? 0, weight) }
        }
        add(section.text, textWeight)
        for identifier in section.identifiers { add(identifier, codeWeight) }
        add(section.heading, headingWeight)
        if section.anchor.isEmpty { add(section.pageTitle, titleWeight) }
        return weights
    }

    /// The words of code that look like C or scenario identifiers (`__rmqueue_smallest`,
    /// `GFP_KERNEL`), each once.
    static func identifiers(in code: String) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        var word = ""
        func flush() {
            if word.count >= 3, let first = word.first, !first.isNumber, seen.insert(word).inserted { out.append(word) }
            word = ""
        }
        for character in code {
            if character == "_" || (character.isASCII && (character.isLetter || character.isNumber)) {
                word.append(character)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// Whether a character is written without spaces between words (Chinese, Japanese, Korean),
    /// so that it is indexed as overlapping pairs of characters.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: true
        default: false
        }
    }

    /// The search terms of a text: lowercased words of letters, digits and `_` (and the parts
    /// of a word with `_` in it), and pairs of adjacent CJK characters (a lone one by itself).
    /// mmbook.js splits queries the same way.
    static func terms(_ text: String) -> [String] {
        var out: [String] = []
        var word: [Unicode.Scalar] = []
        var cjk: [Unicode.Scalar] = []
        func flushWord() {
            guard !word.isEmpty else { return }
            let token = String(String.UnicodeScalarView(word))
            out.append(token)
            if word.contains("_") {
                out += token.split(separator: "_").filter { $0.count >= 2 }.map(String.init)
            }
            word = []
        }
        func flushCJK() {
            if cjk.count == 1 { out.append(String(Character(cjk[0]))) }
            if cjk.count > 1 {
                for index in 0..<(cjk.count - 1) {
                    out.append(String(String.UnicodeScalarView([cjk[index], cjk[index + 1]])))
                }
            }
            cjk = []
        }
        for scalar in text.lowercased().unicodeScalars {
            if isCJK(scalar) {
                flushWord()
                cjk.append(scalar)
            } else if scalar.isASCII
                ? scalar == "_" || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            {
                flushCJK()
                word.append(scalar)
            } else {
                flushWord()
                flushCJK()
            }
        }
        flushWord()
        flushCJK()
        return out
    }

    /// The shard of a term: its first character's code point (as JavaScript's `codePointAt(0)`).
    static func shard(_ term: String) -> Int {
        Int(term.unicodeScalars.first?.value ?? 0) % shards
    }

    /// The index's files, by path under the site's root.
    func files() -> [String: [UInt8]] {
        // Each term's documents and weights as `id, weight, id, weight...`, in id order: the
        // sections are visited in id order and hold each term once, so nothing needs sorting.
        var shardTerms = Array(repeating: [String: [Int]](), count: Self.shards)
        for (id, section) in sections.enumerated() {
            for (term, weight) in section.weights {
                let shard = Self.shard(term)
                shardTerms[shard][term, default: []].append(id)
                shardTerms[shard][term, default: []].append(weight)
            }
        }
        var files: [String: [UInt8]] = [:]
        for (shard, terms) in shardTerms.enumerated() {
            files["search/terms-\(shard).js"] = Array(
                "mmbookSearch.addTerms(\(shard), \(Self.termsJSON(terms)));\n".utf8)
        }
        let chunks = stride(from: 0, to: sections.count, by: Self.docsPerChunk)
        for (chunk, start) in chunks.enumerated() {
            let rows = sections[start..<min(start + Self.docsPerChunk, sections.count)].map(\.row)
            files["search/docs-\(chunk).js"] = Array(
                "mmbookSearch.addDocs(\(chunk), [\(rows.joined(separator: ","))]);\n".utf8)
        }
        return files
    }

    /// `json(terms)`, written by hand: JSONEncoder's dictionaries took half of a `serve`
    /// rebuild. The same bytes: keys in `<` order, the same escapes.
    static func termsJSON(_ terms: [String: [Int]]) -> String {
        var out = "{"
        for (index, key) in terms.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            appendJSONString(key, to: &out)
            out += ":["
            for (position, number) in terms[key]!.enumerated() {
                if position > 0 { out += "," }
                out += String(number)
            }
            out += "]"
        }
        return out + "}"
    }

    /// A section's row of its documents file: page, anchor, page title, heading, text and code
    /// identifiers, as a JSON array of strings.
    static func rowJSON(_ section: Section) -> String {
        var out = ""
        appendRow(
            [
                section.page, section.anchor, section.pageTitle, section.heading, section.text,
                section.identifiers.joined(separator: " "),
            ], to: &out)
        return out
    }

    /// `json(rows)` for rows of strings, written by hand (JSONEncoder was a quarter of a
    /// `serve` rebuild): the same bytes.
    static func rowsJSON(_ rows: [[String]]) -> String {
        var out = "["
        for (index, row) in rows.enumerated() {
            if index > 0 { out += "," }
            appendRow(row, to: &out)
        }
        return out + "]"
    }

    /// Appends one row of strings as a JSON array.
    static func appendRow(_ row: [String], to out: inout String) {
        out += "["
        for (column, text) in row.enumerated() {
            if column > 0 { out += "," }
            appendJSONString(text, to: &out)
        }
        out += "]"
    }

    /// Appends `text` as a JSON string literal with `json`'s escapes (and U+2028 and U+2029
    /// escaped, which end lines in older JavaScript string literals). Text with nothing to
    /// escape, nearly all of it, is appended whole.
    static func appendJSONString(_ text: String, to out: inout String) {
        var plain = true
        var mayHaveSeparators = false
        for byte in text.utf8 {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                plain = false
                break
            }
            if byte == 0xE2 { mayHaveSeparators = true }
        }
        if plain && mayHaveSeparators {
            plain = !text.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" }
        }
        out += "\""
        if plain {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20:
                out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Sorted-key, compact JSON (a valid JavaScript expression).
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        // U+2028 and U+2029 end lines in older JavaScript string literals. Escaped on the bytes
        // (E2 80 A8/A9): Foundation's replacingOccurrences cost more than the encoding.
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            if byte == 0xE2, data.endIndex - index >= 3, data[index + 1] == 0x80,
                data[index + 2] == 0xA8 || data[index + 2] == 0xA9
            {
                out += Array((data[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 3
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
