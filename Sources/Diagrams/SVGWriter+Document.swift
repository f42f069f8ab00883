extension SVGWriter {
    /// Opens the root `<svg>` of a diagram with its accessible name and description.
    ///
    /// The root carries `role="img"`, a `viewBox` and its size in CSS pixels, so every diagram
    /// is drawn at one scale (1:1) and its text at one size whatever its kind; `<title>` and `<desc>` come first, as screen readers expect. No `id` is written, so
    /// any number of diagrams can share one page. Each shape goes on a line of its own.
    mutating func openDocument(kind: String, width: Int, height: Int, title: String, description: String) {
        open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("class", "mmd mmd-\(kind)"),
                ("viewBox", "0 0 \(width) \(height)"),
                ("width", "\(width)"),
                ("height", "\(height)"),
                ("role", "img"),
            ])
        newline()
        element("title", text: title)
        newline()
        element("desc", text: description)
        newline()
    }

    /// Closes the root `<svg>`.
    mutating func closeDocument() { close("svg") }

    /// Writes a rectangle, with hover text when `tooltip` is given.
    mutating func rect(x: Int, y: Int, width: Int, height: Int, classes: String, tooltip: String? = nil) {
        let attributes = [
            ("class", classes), ("x", "\(x)"), ("y", "\(y)"), ("width", "\(width)"), ("height", "\(height)"),
        ]
        if let tooltip {
            open("rect", attributes)
            element("title", text: tooltip)
            close("rect")
        } else {
            open("rect", attributes, selfClosing: true)
        }
        newline()
    }

    /// Writes a line of text; `anchor` is `start`, `middle` or `end`.
    mutating func label(_ text: String, x: Int, y: Int, classes: String = "mmd-label", anchor: String = "start") {
        var attributes = [("class", classes), ("x", "\(x)"), ("y", "\(y)")]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        element("text", attributes, text: text)
        newline()
    }

    /// Writes a straight line.
    mutating func line(x1: Int, y1: Int, x2: Int, y2: Int, classes: String) {
        open(
            "line", [("class", classes), ("x1", "\(x1)"), ("y1", "\(y1)"), ("x2", "\(x2)"), ("y2", "\(y2)")],
            selfClosing: true)
        newline()
    }

    /// Writes a closed polygon through `points`.
    mutating func polygon(_ points: [(x: Int, y: Int)], classes: String) {
        open(
            "polygon", [("class", classes), ("points", points.map { "\($0.x),\($0.y)" }.joined(separator: " "))],
            selfClosing: true)
        newline()
    }
}
