import Foundation
import Testing

/// Checks outputs against goldens kept as Swift string constants in `Goldens/`, one file each,
/// and re-records them when `MMBOOK_RECORD_GOLDENS=1`.
///
/// Goldens are Swift sources rather than data files so that the test target needs no
/// resources. A recording run rewrites the files that differ and fails, so that nobody records
/// by accident; review a recorded golden by eye (render SVG with `rsvg-convert` after
/// `DiagramStyle.standalone`) before committing it.
enum Golden {
    /// Whether this run records goldens.
    static var recording: Bool { ProcessInfo.processInfo.environment["MMBOOK_RECORD_GOLDENS"] == "1" }

    /// Expects `actual` to equal the golden `expected`, named `name` (the constant's name).
    static func check(
        _ actual: String, _ expected: String, name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard recording else {
            #expect(
                actual == expected, "output differs from golden \(name); re-record with MMBOOK_RECORD_GOLDENS=1",
                sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Goldens/Goldens+\(name).swift")
            let source = """
                // swift-format-ignore-file
                // Recorded by `MMBOOK_RECORD_GOLDENS=1 swift test --filter DiagramsTests`; reviewed by eye.
                extension Goldens {
                    /// The golden output `\(name)`.
                    static let \(name) = #\"\"\"

                """ + actual + "\n\"\"\"#\n}\n"
            do {
                try source.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot write golden \(name): \(error)", sourceLocation: sourceLocation)
            }
        }
        Issue.record(
            "recorded golden \(name): review it, then run the tests without MMBOOK_RECORD_GOLDENS",
            sourceLocation: sourceLocation)
    }
}
