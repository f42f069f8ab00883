import Foundation
import Scenario

/// Rendered pages kept by the inputs they were rendered from, so that a rebuild renders only
/// the pages whose inputs changed: in memory while `serve` runs, and as files in
/// `.mmbook-cache/pages/` between `build`s.
///
/// A page's key (`SiteRenderer.pageKey`) holds everything its HTML is a function of; results
/// are a function of the page's text, the files its blocks read and the mmbook build (the
/// exact-cache rule of `ResultCache`), so a hit returns the bytes rendering would return.
/// A disk entry stores its whole key and is ignored when the key differs.
final class RenderedPages: @unchecked Sendable {
    private let lock = NSLock()
    private var memory: [String: [UInt8]] = [:]
    private var usedKeys: Set<String> = []
    private var renderedCount = 0
    /// Where pages are kept between processes; nil keeps them in memory only.
    let directory: URL?

    /// A store in memory, and in `directory` too when given.
    init(directory: URL? = nil) { self.directory = directory }

    /// The store of a notes folder: `.mmbook-cache/pages/` beside it.
    static func forNotes(_ notes: String) -> RenderedPages {
        RenderedPages(directory: ResultCache.forNotes(notes).directory.appendingPathComponent("pages"))
    }

    /// The page of `key`: kept bytes when there are any, else `render()`'s, which are kept.
    func page(key: String, render: () -> [UInt8]) -> [UInt8] {
        let kept: [UInt8]? = lock.withLock {
            usedKeys.insert(key)
            return memory[key]
        }
        if let kept { return kept }
        if let stored = load(key) {
            lock.withLock { memory[key] = stored }
            return stored
        }
        let bytes = render()
        lock.withLock {
            memory[key] = bytes
            renderedCount += 1
        }
        save(key, bytes)
        return bytes
    }

    /// How many pages were rendered (not found) since the last `startRound`.
    var rendered: Int { lock.withLock { renderedCount } }

    /// Starts a rebuild: resets the count of rendered pages and forgets the pages in memory
    /// that the previous round did not use.
    func startRound() {
        lock.withLock {
            if !usedKeys.isEmpty { memory = memory.filter { usedKeys.contains($0.key) } }
            usedKeys = []
            renderedCount = 0
        }
    }

    /// Deletes the stored pages the current round did not use, so that the folder holds one
    /// site's pages, not every version of them.
    func removeUnused() {
        guard let directory else { return }
        let used = lock.withLock { Set(usedKeys.map(name)) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for entry in names where entry.hasSuffix(".html") && !used.contains(entry) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(entry))
        }
    }

    /// A stored entry: the key's length as a decimal line, the key, then the page.
    private func load(_ key: String) -> [UInt8]? {
        guard let directory,
            let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name(key)).path)
        else { return nil }
        let bytes = [UInt8](data)
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
            let length = Int(String(decoding: bytes[..<newline], as: UTF8.self)),
            bytes.count >= newline + 1 + length,
            bytes[(newline + 1)..<(newline + 1 + length)].elementsEqual(key.utf8)
        else { return nil }
        return Array(bytes[(newline + 1 + length)...])
    }

    /// Writes an entry; failures are ignored (the store is only a speed-up).
    private func save(_ key: String, _ page: [UInt8]) {
        guard let directory else { return }
        let keyBytes = Array(key.utf8)
        let data = Data(Array("\(keyBytes.count)\n".utf8) + keyBytes + page)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: directory.appendingPathComponent(name(key)), options: .atomic)
    }

    private func name(_ key: String) -> String { SHA256.hex(key) + ".html" }
}

extension SiteRenderer {
    /// The page at `index` as bytes, rendered or taken from `memo` by its key.
    func pageBytes(_ pages: [PageRun], at index: Int, navigation: String) -> [UInt8] {
        let page = pages[index]
        let previous = index > 0 ? pages[index - 1].chapter : nil
        let next = index + 1 < pages.count ? pages[index + 1].chapter : nil
        let render = { Array(self.renderPage(page, previous: previous, next: next).utf8) }
        guard let memo else { return render() }
        return memo.page(key: pageKey(page, previous: previous, next: next, navigation: navigation), render: render)
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
