/// The stylesheet the diagrams expect, and a way to use a diagram outside a page.
///
/// Diagrams carry no colours of their own: shapes have CSS classes (`mmd-mt-movable`,
/// `mmd-buddy`, `added`, ...) and text is `currentColor`, so the page's stylesheet decides.
public enum DiagramStyle {
    /// The recommended CSS for diagrams: one colour per migratetype from the Okabe-Ito
    /// palette, which stays distinct under the common colour-vision deficiencies, with
    /// lighter variants for `prefers-color-scheme: dark`. The colours come first and the
    /// rules of each kind of shape after them, so a shape's own opacity and stroke win.
    public static let css = """
        .mmd { display: block; max-width: none; margin: 1rem 0; \
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 11px; }
        .mmd text { fill: currentColor; stroke: none; }
        .mmd .mmd-title { font-size: 13px; font-weight: bold; }
        .mmd .mmd-small { font-size: 9px; }
        .mmd .mmd-muted { fill-opacity: 0.6; }
        .mmd .mmd-strong { font-weight: bold; }
        .mmd .mmd-rule { stroke: currentColor; stroke-opacity: 0.4; fill: none; }
        .mmd .mmd-mt-unmovable { fill: #d55e00; stroke: #d55e00; }
        .mmd .mmd-mt-movable { fill: #0072b2; stroke: #0072b2; }
        .mmd .mmd-mt-reclaimable { fill: #009e73; stroke: #009e73; }
        .mmd .mmd-mt-highatomic { fill: #cc79a7; stroke: #cc79a7; }
        .mmd .mmd-mt-isolate { fill: #b59f00; stroke: #b59f00; }
        @media (prefers-color-scheme: dark) {
          .mmd .mmd-mt-unmovable { fill: #f0884a; stroke: #f0884a; }
          .mmd .mmd-mt-movable { fill: #56b4e9; stroke: #56b4e9; }
          .mmd .mmd-mt-reclaimable { fill: #3cc9a0; stroke: #3cc9a0; }
          .mmd .mmd-mt-highatomic { fill: #e3a3c8; stroke: #e3a3c8; }
          .mmd .mmd-mt-isolate { fill: #f0e442; stroke: #f0e442; }
        }
        .mmd .mmd-heat { stroke: none; }
        .mmd .mmd-heat-0 { fill: currentColor; fill-opacity: 0.04; }
        .mmd .mmd-heat-1 { fill-opacity: 0.2; }
        .mmd .mmd-heat-2 { fill-opacity: 0.35; }
        .mmd .mmd-heat-3 { fill-opacity: 0.5; }
        .mmd .mmd-heat-4 { fill-opacity: 0.65; }
        .mmd .mmd-pageblock { fill-opacity: 0.15; stroke-opacity: 0.7; }
        .mmd .mmd-mixed { fill-opacity: 0.3; stroke-opacity: 1; }
        .mmd .mmd-free, .mmd .mmd-minor, .mmd .mmd-swatch { stroke: none; }
        .mmd .mmd-buddy { fill-opacity: 0.35; }
        .mmd .mmd-pcp { fill-opacity: 0.12; stroke-dasharray: 3 2; }
        .mmd .mmd-alloc { fill: currentColor; fill-opacity: 0.45; stroke: none; }
        .mmd .mmd-compound { fill: currentColor; fill-opacity: 0.25; stroke: currentColor; }
        .mmd .mmd-head { fill: currentColor; fill-opacity: 0.7; stroke: none; }
        .mmd .mmd-reserved { fill: currentColor; fill-opacity: 0.12; stroke: none; }
        .mmd .mmd-hole { fill: none; stroke: currentColor; stroke-opacity: 0.3; stroke-dasharray: 2 2; }
        .mmd .mmd-focus { fill: currentColor; stroke: none; }
        .mmd .mmd-entry { fill-opacity: 0.25; }
        .mmd .mmd-more { fill: none; stroke: currentColor; stroke-opacity: 0.4; stroke-dasharray: 2 2; }
        .mmd .removed { fill-opacity: 0.08; stroke-width: 2; stroke-dasharray: 4 3; }
        .mmd .added { fill-opacity: 0.5; stroke-width: 2.5; }

        """

    /// A diagram made into a standalone SVG file (for an image viewer or `rsvg-convert`) by
    /// putting the stylesheet inside it.
    public static func standalone(_ svg: String) -> String {
        guard let end = svg.firstRange(of: "</desc>") else { return svg }
        var writer = SVGWriter()
        writer.element("style", text: css)
        return String(svg[..<end.upperBound]) + writer.markup + String(svg[end.upperBound...]) + "\n"
    }
}
