import Foundation
import Scenario

/// Rendered pages kept by the inputs they were rendered from, so that a rebuild renders only
/// the pages whose inputs changed: in memory while `serve` runs, and in one file,
/// `.mmbook-cache/pages.bin`, between `build`s.
///
/// A page's key (`SiteRenderer.pageKey`) holds everything its HTML is a function of; results
/// are a function of the page's text, the files its blocks read and the mmbook build (the
/// exact-cache rule of `ResultCache`), so a hit returns the bytes rendering would return.
/// The file stores each page with its whole key and a checksum of its bytes; an entry whose
/// key differs, or whose bytes do not match their checksum, is ignored, and a file that does
/// not parse is ignored whole.
///
/// One file rather than one file per page: creating, fsyncing and deleting a file per page
/// cost more than rendering the page (on ext4 without a journal, each new inode also skips
/// the ones deleted in the last seconds, which made a full build grow faster than the book).
final class RenderedPages: @unchecked Sendable {
    private let lock = NSLock()
    private var memory: [String: [UInt8]] = [:]
    private var usedKeys: Set<String> = []
    private var renderedCount = 0
    private var renderedKeyList: [String] = []
    private let sectionMemory = RoundMemo<[SearchIndex.Section]>()
    private let symbolMemory = RoundMemo<SymbolsPage.PageSymbols>()
    /// Whether anything was rendered since the last `startRound`, counted or not.
    private var changed = false
    /// The entries of `file`, read at the first look-up.
    private var stored: [String: Stored]?
    /// Where pages are kept between processes; nil keeps them in memory only.
    let file: URL?

    /// An entry of the file: the page's bytes and their checksum.
    private struct Stored {
        var bytes: ArraySlice<UInt8>
        var checksum: UInt64
    }

    /// A store in memory, and in `file` too when given.
    init(file: URL? = nil) { self.file = file }

    /// The store of a notes folder: `.mmbook-cache/pages.bin` beside it.
    static func forNotes(_ notes: String) -> RenderedPages {
        RenderedPages(file: ResultCache.forNotes(notes).directory.appendingPathComponent("pages.bin"))
    }

    /// The page of `key`: kept bytes when there are any, else `render()`'s, which are kept.
    /// `counted`: whether rendering it counts in `rendered` (a chapter's section of the print
    /// page does not: it is part of a page, not one).
    func page(key: String, counted: Bool = true, render: () -> [UInt8]) -> [UInt8] {
        let kept: [UInt8]? = lock.withLock {
            usedKeys.insert(key)
            if let page = memory[key] { return page }
            if stored == nil { stored = load() }
            guard let entry = stored?[key], Self.checksum(entry.bytes) == entry.checksum else { return nil }
            let page = Array(entry.bytes)
            memory[key] = page
            return page
        }
        if let kept { return kept }
        let bytes = render()
        lock.withLock {
            memory[key] = bytes
            renderedKeyList.append(key)
            if counted { renderedCount += 1 }
            changed = true
        }
        return bytes
    }

    /// The search sections of a page (`SearchIndex.add`), kept in memory by `key` (the page's
    /// key): a rebuild indexes the changed pages only.
    func sections(key: String, compute: () -> [SearchIndex.Section]) -> [SearchIndex.Section] {
        sectionMemory.value(key: key, compute: compute)
    }

    /// The symbols a page brings to `symbols.html` (`SymbolsPage.symbols(of:html:)`), kept in
    /// memory by the page's key: a rebuild reads the HTML of the changed pages only.
    func symbols(key: String, compute: () -> SymbolsPage.PageSymbols) -> SymbolsPage.PageSymbols {
        symbolMemory.value(key: key, compute: compute)
    }

    /// How many pages were rendered (not found) since the last `startRound`.
    var rendered: Int { lock.withLock { renderedCount } }

    /// The keys of everything rendered since the last `startRound`, counted or not (pages,
    /// sections of the print page, `symbols.html`), in no particular order.
    var renderedKeys: [String] { lock.withLock { renderedKeyList } }

    /// Starts a rebuild: resets the count of rendered pages and forgets the pages in memory
    /// that the previous round did not use.
    func startRound() {
        lock.withLock {
            // Dropped in place: rebuilding the dictionary hashed every key (each holds a page's
            // text) once more.
            if !usedKeys.isEmpty {
                for key in memory.keys where !usedKeys.contains(key) { memory[key] = nil }
            }
            usedKeys = []
            renderedCount = 0
            renderedKeyList = []
            changed = false
        }
        sectionMemory.startRound()
        symbolMemory.startRound()
    }

    /// Writes the pages the current round used to the file (a new file renamed over the old
    /// one), so that it holds one site's pages, not every version of them. Nothing is written
    /// when the file holds exactly those pages already. Failures are ignored: the store is
    /// only a speed-up.
    func save() {
        guard let file else { return }
        let entries: [(key: String, page: [UInt8])] = lock.withLock {
            let unchanged = !changed && stored.map { Set($0.keys) == usedKeys } == true
            return unchanged ? [] : usedKeys.sorted().compactMap { key in memory[key].map { (key, $0) } }
        }
        guard !entries.isEmpty else { return }
        var data: [UInt8] = []
        data.reserveCapacity(entries.reduce(0) { $0 + $1.key.utf8.count + $1.page.count + 48 })
        for (key, page) in entries {
            let keyBytes = Array(key.utf8)
            data += Array("\(keyBytes.count) \(page.count) \(Self.checksum(page[...]))\n".utf8)
            data += keyBytes
            data += page
        }
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            FileSystem.temporaryName(file.lastPathComponent, role: "tmp"))
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: temporary)
        guard (try? FileSystem.writeNewFile(data, to: temporary.path)) != nil else { return }
        if (try? FileSystem.rename(temporary.path, file.path)) == nil {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// The entries of the file: records of a `KEYLENGTH PAGELENGTH CHECKSUM` line, the key,
    /// then the page. Empty when there is no file or it does not parse.
    private func load() -> [String: Stored] {
        guard let file, let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        let bytes = [UInt8](data)
        var entries: [String: Stored] = [:]
        var at = 0
        while at < bytes.count {
            guard let newline = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) else { return [:] }
            let fields = String(decoding: bytes[at..<newline], as: UTF8.self).split(separator: " ")
            guard fields.count == 3, let keyLength = Int(fields[0]), let pageLength = Int(fields[1]),
                let checksum = UInt64(fields[2]), keyLength >= 0, pageLength >= 0,
                bytes.count - (newline + 1) >= keyLength + pageLength
            else { return [:] }
            let keyEnd = newline + 1 + keyLength
            let key = String(decoding: bytes[(newline + 1)..<keyEnd], as: UTF8.self)
            entries[key] = Stored(bytes: bytes[keyEnd..<(keyEnd + pageLength)], checksum: checksum)
            at = keyEnd + pageLength
        }
        return entries
    }

    /// The 64-bit FNV-1a hash of a page: enough to catch a torn or zero-filled entry (the key
    /// beside it is compared whole).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

/// Values computed from a page and kept in memory by the page's key, for the rounds of one
/// process; a round forgets the values the previous round did not use.
final class RoundMemo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var memory: [String: Value] = [:]
    private var used: Set<String> = []

    /// The value of `key`: kept, or `compute()`'s, which is kept.
    func value(key: String, compute: () -> Value) -> Value {
        let kept: Value? = lock.withLock {
            used.insert(key)
            return memory[key]
        }
        if let kept { return kept }
        let value = compute()
        lock.withLock { memory[key] = value }
        return value
    }

    /// Forgets the values the round that ends did not use.
    func startRound() {
        lock.withLock {
            if !used.isEmpty {
                for key in memory.keys where !used.contains(key) { memory[key] = nil }
            }
            used = []
        }
    }
}

extension SiteRenderer {
    /// The page at `index` as bytes, rendered or taken from `memo` by `key` (its `pageKey`).
    func pageBytes(_ pages: [PageRun], at index: Int, key: String?) -> [UInt8] {
        let page = pages[index]
        let previous = index > 0 ? pages[index - 1].chapter : nil
        let next = index + 1 < pages.count ? pages[index + 1].chapter : nil
        let render = { Array(self.renderPage(page, previous: previous, next: next).utf8) }
        guard let memo, let key else { return render() }
        return memo.page(key: key, render: render)
    }

    /// The search sections of the page at `index`, indexed or taken from `memo` by `key`.
    func searchSections(_ pages: [PageRun], at index: Int, key: String?) -> [SearchIndex.Section] {
        let page = pages[index]
        let compute = {
            var index = SearchIndex()
            index.add(
                page: page.chapter.htmlPath, title: self.pageTitle(page), description: page.frontMatter.description,
                document: page.document)
            return index.sections
        }
        guard let memo, let key else { return compute() }
        return memo.sections(key: key, compute: compute)
    }

    /// The symbols the page at `index` brings to `symbols.html`, read from its HTML or taken
    /// from `memo` by `key`.
    func pageSymbols(_ pages: [PageRun], at index: Int, key: String?, html: [UInt8]) -> SymbolsPage.PageSymbols {
        let compute = { SymbolsPage.symbols(of: pages[index], html: String(decoding: html, as: UTF8.self)) }
        guard let memo, let key else { return compute() }
        return memo.symbols(key: key, compute: compute)
    }

    /// The key of the page at `index` (`pageKey`), with its neighbours.
    func pageKey(_ pages: [PageRun], at index: Int, navigation: String) -> String {
        let previous = index > 0 ? pages[index - 1].chapter : nil
        let next = index + 1 < pages.count ? pages[index + 1].chapter : nil
        return pageKey(pages[index], previous: previous, next: next, navigation: navigation)
    }

    /// `symbols.html`, rendered or taken from `memo` when the symbols of every page and the
    /// navigation are what they were: its key is everything it is made of.
    func symbolsPage(_ symbols: [SymbolsPage.PageSymbols], navigation: String) -> [UInt8] {
        let render = {
            Array(
                self.layout(
                    PageChrome(path: "symbols.html", title: "Kernel symbols"),
                    body: self.pageBody(SymbolsPage(pages: symbols).body(), outline: [])
                ).utf8)
        }
        guard let memo else { return render() }
        var key = "symbols\u{1}" + ResultCache.runningBuildIdentity + "\u{1}" + navigation
        for page in symbols {
            key += "\u{1}"
            for use in page.mentions { key += "m\u{0}\(use.symbol)\u{0}\(use.href)\u{0}\(use.text)\u{0}" }
            for use in page.scenarios { key += "s\u{0}\(use.symbol)\u{0}\(use.href)\u{0}\(use.text)\u{0}" }
        }
        return memo.page(key: key, counted: false, render: render)
    }

    /// What every page's chrome is made of (the book's title, settings and chapter list, and
    /// whether raw HTML is dropped), as one hash, computed once per render.
    var navigationHash: String {
        let book = verification.book
        let chapters = book.chapters.map { "\($0.depth) \($0.path)\u{0}\($0.title)" }
        let settings = ["\(book.config)", safe ? "safe" : "raw"]
        return SHA256.hex(([book.title] + settings + chapters).joined(separator: "\u{1}"))
    }

    /// Everything a page's HTML is a function of: the mmbook build, the navigation, the page's
    /// place, its text, and the contents of the files its blocks read.
    func pageKey(_ page: PageRun, previous: Chapter?, next: Chapter?, navigation: String) -> String {
        func describe(_ chapter: Chapter?) -> String {
            chapter.map { "\($0.depth) \($0.path)\u{0}\($0.title)" } ?? "-"
        }
        let dependencies = page.outcomes.flatMap(\.result.dependencies).map { "\($0.path)\u{0}\($0.contentHash)" }
        return
            ([
                ResultCache.runningBuildIdentity, navigation, describe(page.chapter), describe(previous),
                describe(next),
            ] + dependencies + [page.text]).joined(separator: "\u{1}")
    }
}
