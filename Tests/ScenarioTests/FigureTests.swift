import Testing

@testable import Scenario

/// Diagram views print a text fallback and record where it is, so the site can put the SVG there.
@Suite struct FigureTests {
    @Test func figureRangesPointAtTheirTextEvenAfterTraceLines() {
        var session = ScenarioSession()
        let result = session.run(
            ScenarioSource(
                file: "f.md",
                text: """
                    boot zones="Normal:16M"
                    trace on
                    p = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
                    show free_area Normal
                    show memmap p

                    """))
        #expect(result.diagnostics.isEmpty)
        #expect(result.figures.count == 2)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        let freeArea = result.figures[0]
        #expect(lines[freeArea.outputLines.lowerBound] == "Node 0, zone Normal: free_area")
        #expect(freeArea.kind == .freeArea(zone: 2))
        #expect(lines[result.figures[1].outputLines.lowerBound].hasPrefix("Pages 0x100000-0x10003f"))
        #expect(result.figures[1].outputLines.upperBound == lines.count - 1)
        #expect(freeArea.svg.hasPrefix("<svg"))
    }

    @Test func memmapNeedsALiveVariable() {
        var session = ScenarioSession()
        let result = session.run(ScenarioSource(file: "f.md", text: "boot zones=\"Normal:16M\"\nshow memmap q\n"))
        #expect(result.diagnostics.first?.id == .undefinedVariable)
        #expect(result.diagnostics.first?.column == 13)
    }
}
