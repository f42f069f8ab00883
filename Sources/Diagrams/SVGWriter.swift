/// Builds SVG markup with escaped text and attributes, byte-for-byte deterministic.
public struct SVGWriter: Sendable {
    /// The markup written so far.
    public private(set) var markup = ""

    /// An empty writer.
    public init() {}

    /// Escapes `&`, `<`, `>` and `"` for use in text and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Opens an element; attributes are written in the order given.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = [], selfClosing: Bool = false) {
        markup += "<" + name
        for (key, value) in attributes { markup += " \(key)=\"\(SVGWriter.escape(value))\"" }
        markup += selfClosing ? "/>" : ">"
    }

    /// Closes an element.
    public mutating func close(_ name: String) { markup += "</\(name)>" }

    /// Ends the line, between elements, so that the markup reads and diffs line by line.
    public mutating func newline() { markup += "\n" }

    /// Writes escaped text.
    public mutating func text(_ text: String) { markup += SVGWriter.escape(text) }

    /// Writes a whole element with text content.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }
}
