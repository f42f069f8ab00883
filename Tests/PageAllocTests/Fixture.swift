import Foundation
import Testing

/// The /proc files of the real 6.18 machine in Fixtures/machine-6.18-a (see its README.md).
enum Fixture {
    /// The text of `name` in the machine-6.18-a folder.
    static func machine618A(_ name: String) throws -> String {
        let url = try #require(Bundle.module.resourceURL)
            .appendingPathComponent("Fixtures/machine-6.18-a")
            .appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
