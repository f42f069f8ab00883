import Testing

/// A Markdown input and the HTML that `cmark-gfm --unsafe -e table -e tasklist` (0.29.0.gfm.6,
/// Debian's) renders for it, pasted here; named after the GFM spec example it comes from, if any.
struct GFMExample: Sendable, CustomTestStringConvertible {
    let name: String
    let markdown: String
    let html: String

    init(_ name: String, _ markdown: String, _ html: String) {
        self.name = name
        self.markdown = markdown
        self.html = html
    }

    var testDescription: String { name }
}
