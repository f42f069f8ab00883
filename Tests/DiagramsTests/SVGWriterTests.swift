import Testing

@testable import Diagrams

@Suite struct SVGWriterTests {
    @Test func escapesTextAndAttributes() {
        var svg = SVGWriter()
        svg.element("text", [("class", "a\"b<c")], text: "GFP_KERNEL & <order 3>")
        #expect(svg.markup == "<text class=\"a&quot;b&lt;c\">GFP_KERNEL &amp; &lt;order 3&gt;</text>")
    }
}
