import Foundation
import Testing

@testable import NoteBook

/// An unchanged page is not re-run: its results come from `.mmbook-cache`.
@Suite struct ResultCacheTests {
    @Test func unchangedPagesComeFromTheCacheAndEditsInvalidateIt() throws {
        let note = CheckBlessBuildTests.note(output: CheckBlessBuildTests.goodOutput)
        let book = try TemporaryBook(files: ["SUMMARY.md": CheckBlessBuildTests.summary, "buddy.md": note])
        #expect(Actions.check(notes: book.notes).exitCode == 0)
        let cacheDir = book.root.appendingPathComponent(".mmbook-cache")
        // One entry per page (beside them, the executable's hash when this process recorded it).
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheDir.path).filter {
            $0 != ResultCache.executableHashFile
        }
        #expect(files.count == 1)
        // Tamper with the cached output: a check that reads the cache now sees a mismatch.
        let url = cacheDir.appendingPathComponent(files[0])
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "order=4 zone", with: "order=9 zone").utf8).write(to: url)
        #expect(Actions.check(notes: book.notes).exitCode == 1)
        // Editing the scenario changes the key, so the page runs again.
        try book.write("buddy.md", note.replacingOccurrences(of: "show buddyinfo", with: "show buddyinfo\n# edited"))
        #expect(Actions.check(notes: book.notes).exitCode == 0)
    }
}
