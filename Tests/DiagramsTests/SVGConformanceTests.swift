import Diagrams
import Testing

/// What every diagram promises: deterministic, well-formed, accessible, scalable, styled only
/// through classes, self-contained.
@Suite struct SVGConformanceTests {
    /// The elements a diagram may contain.
    static let elements: Set = ["svg", "title", "desc", "rect", "text", "line", "polygon"]
    /// The attributes a diagram may use: geometry and classes, no presentation attributes.
    static let attributes: Set = [
        "xmlns", "class", "viewBox", "role", "x", "y", "width", "height", "x1", "y1", "x2",
        "y2", "points", "text-anchor",
    ]

    @Test(arguments: DiagramKind.allCases)
    func deterministic(_ kind: DiagramKind) throws {
        let first = try kind.render(), second = try kind.render()
        #expect(first.svg == second.svg)
        #expect(first.text == second.text)
    }

    @Test(arguments: DiagramKind.allCases)
    func wellFormedXML(_ kind: DiagramKind) throws {
        let outline = SVGOutline(try kind.render().svg)
        #expect(outline.error == nil)
        #expect(outline.root?.name == "svg")
        #expect(outline.root?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    }

    @Test(arguments: DiagramKind.allCases)
    func accessible(_ kind: DiagramKind) throws {
        let outline = SVGOutline(try kind.render().svg)
        #expect(outline.root?.attributes["role"] == "img")
        let top = outline.topLevel
        try #require(top.count >= 2)
        #expect(top[0].name == "title")
        #expect(top[1].name == "desc")
        #expect(!top[0].text.isEmpty)
        #expect(top[1].text.count > 20)
    }

    /// Every diagram is drawn 1:1 (issue 14): its size in CSS pixels is its viewBox, so text
    /// is one size across kinds and a wide diagram scrolls instead of shrinking.
    @Test(arguments: DiagramKind.allCases)
    func drawnAtOneScale(_ kind: DiagramKind) throws {
        let root = try #require(SVGOutline(try kind.render().svg).root)
        let box = try #require(root.attributes["viewBox"]).split(separator: " ").compactMap { Int($0) }
        #expect(box.count == 4 && box[0] == 0 && box[1] == 0 && box[2] > 0 && box[3] > 0)
        #expect(root.attributes["width"] == String(box[2]))
        #expect(root.attributes["height"] == String(box[3]))
    }

    @Test(arguments: DiagramKind.allCases)
    func styledOnlyThroughClassesAndSelfContained(_ kind: DiagramKind) throws {
        let svg = try kind.render().svg
        let outline = SVGOutline(svg)
        for element in outline.elements {
            #expect(SVGConformanceTests.elements.contains(element.name), "unexpected <\(element.name)>")
            for name in element.attributes.keys {
                #expect(SVGConformanceTests.attributes.contains(name), "unexpected \(name)= on <\(element.name)>")
            }
        }
        #expect(!svg.contains("url("))
        #expect(!svg.contains("href"))
        #expect(svg.split(separator: "http").count == 2, "the namespace is the only address")
    }

    @Test(arguments: DiagramKind.allCases)
    func everyClassIsStyledOrAHook(_ kind: DiagramKind) throws {
        let hooks: Set = ["mmd-label", "mmd-free-area", "mmd-pageblocks", "mmd-memmap", "mmd-buddy-change"]
        for name in SVGOutline(try kind.render().svg).classNames where !hooks.contains(name) {
            #expect(
                DiagramStyle.css.contains(".\(name) ") || DiagramStyle.css.contains(".\(name),"),
                "class \(name) has no rule in DiagramStyle.css")
        }
    }

    @Test(arguments: DiagramKind.allCases)
    func escapesTheTitle(_ kind: DiagramKind) throws {
        let title = #"<script>alert("x") & more</script>"#
        let (svg, text) = try kind.render(title: title)
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;) &amp; more&lt;/script&gt;"))
        #expect(!svg.contains("<script"))
        let outline = SVGOutline(svg)
        #expect(outline.error == nil)
        #expect(outline.topLevel.first?.text == title)
        #expect(text.hasPrefix(title + "\n"))
    }
}
