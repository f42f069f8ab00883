import Scenario

/// `symbols.html`: every kernel symbol the model covers, with what it is, the Swift that
/// models it, its Linux 6.18 source line (a link to a pinned-version source browser, never
/// fetched), the sections of the notes that mention it, and the scenarios whose call path went
/// through it; then the model coverage: modelled functions and tracepoints no scenario reaches.
struct SymbolsPage {
    /// A place on the site: a page and an anchor, with the text of its link.
    struct Place: Hashable, Comparable {
        var href: String
        var text: String
        var order: Int

        static func < (a: Place, b: Place) -> Bool { (a.order, a.href) < (b.order, b.href) }
    }

    var index: KernelSymbolIndex = .shared
    /// Symbol → the note sections whose HTML links it.
    var mentions: [String: Set<Place>] = [:]
    /// Symbol → the scenario blocks that entered it, called it, traced it or used a catalog
    /// entry that models it.
    var scenarios: [String: Set<Place>] = [:]

    /// A symbol a page names: where, and the text of the link to that place.
    struct Use: Hashable, Sendable {
        var symbol: String
        var href: String
        var text: String
    }

    /// What one page brings to the symbol index: the symbols its HTML links (with the
    /// section they are in) and those its scenario blocks went through. A function of the
    /// page's HTML and results alone, so it is kept with the page between rebuilds.
    struct PageSymbols: Hashable, Sendable {
        var mentions: [Use] = []
        var scenarios: [Use] = []
    }

    /// Builds the index from each page's symbols, in page order.
    init(pages: [PageSymbols], index: KernelSymbolIndex = .shared) {
        self.index = index
        for (order, page) in pages.enumerated() {
            for use in page.mentions {
                mentions[use.symbol, default: []].insert(Place(href: use.href, text: use.text, order: order))
            }
            for use in page.scenarios {
                scenarios[use.symbol, default: []].insert(Place(href: use.href, text: use.text, order: order))
            }
        }
    }

    /// The symbols of one page: the `symbols.html` links of its HTML, and the symbols each
    /// scenario block entered, called, traced, or used through a catalog entry that models
    /// them (`PageHead(p)`, `p.order`, `show zoneinfo`, `boot zones=`: see `CatalogUse`).
    static func symbols(of page: PageRun, html: String, index: KernelSymbolIndex = .shared) -> PageSymbols {
        var out = PageSymbols()
        let path = page.chapter.htmlPath
        for (anchor, heading, symbol) in links(in: html) {
            out.mentions.append(Use(symbol: symbol, href: path + (anchor.isEmpty ? "" : "#" + anchor), text: heading))
        }
        let catalog = index.catalogUses
        for outcome in page.outcomes {
            let href = path + "#scenario-\(outcome.scenario.startLine)"
            let text = "\(page.chapter.path):\(outcome.scenario.startLine)"
            var names = Set(outcome.result.enteredFunctions)
            for step in outcome.result.steps { names.formUnion(step.calls.map(\.function)) }
            for step in outcome.result.steps { names.formUnion(step.tracepoints.map(\.name)) }
            for use in CatalogUse.uses(in: outcome.scenario.literal) {
                names.formUnion(catalog[use] ?? [])
            }
            for line in outcome.result.output.split(separator: "\n") {
                if let trace = Highlighter.ftrace(line) { names.insert(String(line[trace.event])) }
            }
            for name in names.sorted() where index[name] != nil {
                out.scenarios.append(Use(symbol: name, href: href, text: text))
            }
        }
        return out
    }

    /// Every `symbols.html#sym-NAME` link of a page, with the id and text of the heading above it.
    static func links(in html: String) -> [(anchor: String, heading: String, symbol: String)] {
        let bytes = Array(html.utf8)
        let needle = Array("symbols.html#sym-".utf8)
        var out: [(String, String, String)] = []
        var anchor = ""
        var heading = ""
        var i = 0
        func matches(_ pattern: [UInt8], at j: Int) -> Bool {
            j + pattern.count <= bytes.count && bytes[j..<(j + pattern.count)].elementsEqual(pattern)
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), i + 9 < bytes.count, bytes[i + 1] == UInt8(ascii: "h"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[i + 2]), matches(Array(" id=\"".utf8), at: i + 3)
            {
                let start = i + 8
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
                anchor = String(decoding: bytes[start..<end], as: UTF8.self)
                var close = end
                while close < bytes.count && !matches(Array("<a class=\"anchor\"".utf8), at: close)
                    && !matches(Array("</h".utf8), at: close)
                {
                    close += 1
                }
                heading = Self.stripTags(String(decoding: bytes[min(end + 2, close)..<close], as: UTF8.self))
                i = close
                continue
            }
            if bytes[i] == UInt8(ascii: "s"), matches(needle, at: i) {
                let start = i + needle.count
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
                out.append((anchor, heading, HTML.unescape(String(decoding: bytes[start..<end], as: UTF8.self))))
                i = end
                continue
            }
            i += 1
        }
        return out
    }

    /// Text without tags, entities decoded.
    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return HTML.unescape(out)
    }

    /// The page body.
    func body() -> String {
        var out = "<h1 id=\"kernel-symbols\">Kernel symbols</h1>\n"
        out +=
            "<p>Every function, structure, flag, migratetype, zone, sysctl and tracepoint of Linux 6.18 that "
            + "the model covers: what it is, the Swift that models it, its line in the 6.18 source (external "
            + "links to a source browser pinned to v6.18), the sections of the notes that mention it and the "
            + "scenarios whose kernel call path went through it. <a href=\"#model-coverage\">Model coverage</a> "
            + "lists what no scenario reaches yet.</p>\n"
        out += "<nav class=\"symbol-letters\" aria-label=\"Symbols by letter\">"
        let entries = index.entries.sorted { (Self.letter($0.name), $0.name) < (Self.letter($1.name), $1.name) }
        var letters: [String] = []
        for entry in entries {
            let letter = Self.letter(entry.name)
            if letters.last != letter { letters.append(letter) }
        }
        out += letters.map { "<a href=\"#letter-\($0)\">\($0)</a>" }.joined(separator: " ") + "</nav>\n"
        var currentLetter = ""
        for entry in entries {
            let letter = Self.letter(entry.name)
            if letter != currentLetter {
                if !currentLetter.isEmpty { out += "</dl>\n" }
                out += "<h2 id=\"letter-\(letter)\">\(letter)</h2>\n<dl class=\"symbols\">\n"
                currentLetter = letter
            }
            out += entryHTML(entry)
        }
        if !currentLetter.isEmpty { out += "</dl>\n" }
        out += coverageHTML()
        return out
    }

    /// The letter a name is filed under: its first letter after underscores, upper-cased.
    static func letter(_ name: String) -> String {
        name.drop { $0 == "_" }.first.map { String($0).uppercased() } ?? "_"
    }

    func entryHTML(_ entry: KernelSymbolEntry) -> String {
        var out = "<dt id=\"\(HTML.escape(entry.anchor))\"><code>\(HTML.escape(entry.name))</code>"
        out += " <span class=\"symbol-kind\">\(HTML.escape(entry.kind.isEmpty ? "name" : entry.kind))</span></dt>\n<dd>"
        if let url = entry.sourceURL {
            out +=
                "<p class=\"symbol-source\">Linux 6.18: <a class=\"external\" href=\"\(HTML.escape(url))\">"
                + HTML.escape(entry.file + (entry.line > 0 ? ":\(entry.line)" : "")) + "</a></p>\n"
        }
        out += "<p class=\"symbol-models\">Modelled by:</p><ul class=\"symbol-models\">"
        for model in entry.models {
            out += "<li><code>" + HTML.escape(model) + "</code></li>"
        }
        out += "</ul>\n"
        if let places = mentions[entry.name], !places.isEmpty {
            out += "<p class=\"symbol-notes\">Discussed in: " + list(places) + "</p>\n"
        }
        if let places = scenarios[entry.name], !places.isEmpty {
            out += "<p class=\"symbol-scenarios\">Scenarios through it: " + list(places) + "</p>\n"
        }
        return out + "</dd>\n"
    }

    func list(_ places: Set<Place>) -> String {
        var seen: Set<String> = []
        return places.sorted().filter { seen.insert($0.href).inserted }.map {
            "<a href=\"\(HTML.escape($0.href))\">\(HTML.escape($0.text.isEmpty ? $0.href : $0.text))</a>"
        }.joined(separator: ", ")
    }

    /// Modelled functions and tracepoints that no scenario block of the notes enters, calls,
    /// shows in a trace or uses through a catalog entry that models them.
    func coverageHTML() -> String {
        var out = "<h2 id=\"model-coverage\">Model coverage</h2>\n"
        out +=
            "<p>Modelled kernel functions and tracepoints that no scenario of the notes demonstrates: no "
            + "block enters them (every block records the modelled functions its statements enter), no "
            + "statement calls them or uses a function, field, view, boot option or sysctl of the scenario "
            + "language that models them, and no recorded trace shows them. Candidates for new scenarios.</p>\n"
        for (kind, title) in [("function", "Functions"), ("tracepoint", "Tracepoints")] {
            let missing = index.entries.filter { $0.kind == kind && scenarios[$0.name] == nil }
            out += "<h3 id=\"coverage-\(kind)\">\(title) (\(missing.count))</h3>\n<p class=\"coverage\">"
            out +=
                missing.map {
                    "<a href=\"#\(HTML.escape($0.anchor))\"><code>\(HTML.escape($0.name))</code></a>"
                }.joined(separator: ", ")
            out += "</p>\n"
        }
        return out
    }
}
