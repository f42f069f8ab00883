extension Catalog {
    /// The line before the generated table in notes/scenario-language.md.
    static let referenceBegin =
        "<!-- BEGIN generated from Sources/Scenario/Catalog (MMBOOK_RECORD_CATALOG=1 swift test --filter CatalogTests) -->"
    /// The line after it.
    static let referenceEnd = "<!-- END generated -->"

    /// The reference tables of the language chapter: one row per catalog entry.
    static var referenceTable: String {
        func symbol(_ s: KernelSymbol) -> String { "`\(s.name)` (\(s.file))" }
        func code(_ text: String) -> String { "`\(text)`" }
        var out = ""
        func table(_ title: String, _ header: [String], _ rows: [[String]]) {
            out += "### \(title)\n\n"
            out += "| " + header.joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: header.count) + "\n"
            for row in rows {
                out +=
                    "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        table(
            "Kernel calls", ["Call", "Arguments", "Models", "What it does"],
            calls.map { [code($0.name), code($0.signature.text), symbol($0.models), $0.doc] })
        table(
            "Functions in expressions", ["Function", "Arguments", "Models", "Value"],
            functions.map { [code($0.name), code($0.signature.text), symbol($0.models), $0.doc] })
        table(
            "Page fields", ["Field", "Models", "Value"],
            pageFields.map { [code("p." + $0.name), symbol($0.models), $0.doc] })
        table(
            "Views", ["View", "Arguments", "Models", "What it shows"],
            views.map { [code("show " + $0.name), code($0.signature.text), symbol($0.models), $0.doc] })
        table(
            "Sysctls", ["Sysctl", "Type and bounds", "Models", "What it sets"],
            sysctls.map { [code($0.name), $0.boundsText, symbol($0.models), $0.doc] })
        table(
            "Boot options", ["Option", "Value", "Models", "What it sets"],
            bootOptions.map { [code($0.name + "="), code($0.value), symbol($0.models), $0.doc] })
        return String(out.dropLast())
    }
}
