import Foundation
import Testing

@testable import Scenario

@Suite struct DiagnosticTests {
    static let flag = Diagnostic(
        file: "notes/buddy.md", line: 42, column: 17, length: 14, id: .unknownGFPFlag,
        summary: "unknown gfp flag '__GFP_MOVEABLE'", sourceLine: "p = alloc_pages(__GFP_MOVEABLE, 0)",
        suggestions: [Suggestion(range: SourceRange(line: 42, column: 17, length: 14), replacement: "__GFP_MOVABLE")])

    @Test func consoleWriterRendersLikeACompilerWithCaretAndSuggestion() {
        #expect(
            ConsoleDiagnosticWriter.render([Self.flag]) == """
                notes/buddy.md:42:17: error: unknown gfp flag '__GFP_MOVEABLE' (did you mean '__GFP_MOVABLE'?)
                p = alloc_pages(__GFP_MOVEABLE, 0)
                                ^

                """)
    }

    @Test func jsonWriterKeepsTheSuggestionStructured() throws {
        let text = JSONDiagnosticWriter.render([Self.flag])
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let entry = try #require(array.first)
        #expect(entry["file"] as? String == "notes/buddy.md")
        #expect(entry["line"] as? Int == 42)
        #expect(entry["column"] as? Int == 17)
        #expect(entry["id"] as? String == "unknown-gfp-flag")
        #expect(entry["summary"] as? String == "unknown gfp flag '__GFP_MOVEABLE'")
        let suggestion = try #require((entry["suggestions"] as? [[String: Any]])?.first)
        #expect(suggestion["replacement"] as? String == "__GFP_MOVABLE")
    }

    @Test func identifiersAreUnique() {
        #expect(Set(DiagnosticID.allCases.map(\.rawValue)).count == DiagnosticID.allCases.count)
    }
}
