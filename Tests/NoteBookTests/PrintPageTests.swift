import Foundation
import Testing

@testable import NoteBook

/// `print.html` holds every chapter, so ids that are unique within one chapter (headings, and
/// scenario figures by their line) must be made unique across the book: the Nu checker
/// rejects a duplicate id, and a link to one would land on the wrong chapter.
@Suite struct PrintPageTests {
    @Test func idsAreUniqueAcrossChapters() throws {
        let chapter = { (title: String) in
            "# \(title)\n\n```scenario\nboot zones=\"Normal:16M\"\nshow buddyinfo\n```\n\n```output\n"
                + "Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      0      4 \n"
                + "```\n"
        }
        let book = try TemporaryBook(files: [
            "SUMMARY.md": "# B\n\n- [One](one.md)\n- [Two](two.md)\n", "one.md": chapter("One"),
            "two.md": chapter("Two"),
        ])
        let files = SiteRenderer(verification: try Verification.run(notes: book.notes)).render()
        let print = String(decoding: try #require(files["print.html"]), as: UTF8.self)
        let ids = print.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        #expect(ids.filter { $0.contains("scenario-") }.count == 2)
        #expect(Set(ids).count == ids.count, "\(ids)")
    }
}
