import Testing

@testable import Scenario

@Suite struct DiagnosticTests {
    @Test func rendersLikeACompilerWithCaret() {
        let d = Diagnostic(
            file: "notes/buddy.md", line: 42, column: 5, id: "unknown-gfp-flag",
            summary: "unknown gfp flag '__GFP_MOVEABLE' (did you mean '__GFP_MOVABLE'?)",
            sourceLine: "p = alloc_pages(__GFP_MOVEABLE, 0)")
        #expect(
            d.description == """
                notes/buddy.md:42:5: error: unknown gfp flag '__GFP_MOVEABLE' (did you mean '__GFP_MOVABLE'?)
                p = alloc_pages(__GFP_MOVEABLE, 0)
                    ^
                """)
    }
}
