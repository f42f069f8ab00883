import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of an SVG document in document order, as Foundation's XMLParser reads them:
/// parsing fails on markup that is not well-formed XML.
final class SVGOutline: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, nesting depth (0 for the root) and text content.
    struct Element {
        var name: String
        var attributes: [String: String]
        var depth: Int
        var text = ""
    }

    /// The elements, in the order their start tags appear.
    private(set) var elements: [Element] = []
    /// The parser's error, when the document is not well-formed.
    private(set) var error: Error?
    private var open: [Int] = []

    /// Parses `svg`.
    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    /// The root element.
    var root: Element? { elements.first }

    /// The root's children, in order.
    var topLevel: [Element] { elements.filter { $0.depth == 1 } }

    /// Every class name used, sorted and without repeats.
    var classNames: [String] {
        Set(elements.flatMap { ($0.attributes["class"] ?? "").split(separator: " ").map(String.init) }).sorted()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributeDict, depth: open.count))
        open.append(elements.count - 1)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }
}
