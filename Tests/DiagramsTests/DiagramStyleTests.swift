import PageAlloc
import Testing

@testable import Diagrams

/// The recommended stylesheet and standalone SVGs.
@Suite struct DiagramStyleTests {
    /// The rules before and inside the dark-scheme block.
    static var schemes: (light: Substring, dark: Substring) {
        let css = DiagramStyle.css
        let start = css.firstRange(of: "@media (prefers-color-scheme: dark) {")!
        let end = css[start.upperBound...].firstRange(of: "\n}")!
        return (css[..<start.lowerBound], css[start.upperBound..<end.lowerBound])
    }

    /// The fill colour a scheme gives `type`.
    static func colour(of type: MigrateType, in rules: Substring) -> Substring? {
        guard let rule = rules.firstRange(of: ".\(type.diagramClass) { fill: ") else { return nil }
        return rules[rule.upperBound...].prefix(7)
    }

    @Test func givesEveryMigratetypeItsOwnColourInBothSchemes() throws {
        let (light, dark) = DiagramStyleTests.schemes
        for rules in [light, dark] {
            let colours = try MigrateType.allCases.map { try #require(DiagramStyleTests.colour(of: $0, in: rules)) }
            #expect(Set(colours).count == MigrateType.count)
            #expect(colours.allSatisfy { $0.first == "#" })
        }
        #expect(DiagramStyleTests.colour(of: .movable, in: light) != DiagramStyleTests.colour(of: .movable, in: dark))
    }

    @Test func highlightsAddedAndRemovedBlocks() {
        #expect(DiagramStyle.css.contains(".mmd .added {"))
        #expect(DiagramStyle.css.contains(".mmd .removed {"))
    }

    @Test func standaloneSVGCarriesTheStylesheet() throws {
        let svg = FreeAreaDiagram(machine: TestMachines.small(), zone: TestMachines.normal).svg()
        let standalone = DiagramStyle.standalone(svg)
        let outline = SVGOutline(standalone)
        #expect(outline.error == nil)
        #expect(outline.topLevel.prefix(3).map(\.name) == ["title", "desc", "style"])
        #expect(outline.topLevel[2].text == DiagramStyle.css)
        #expect(standalone.replacing(/<style>[^<]*<\/style>/, with: "") == svg + "\n")
    }
}
