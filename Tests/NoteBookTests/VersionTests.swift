import Testing

@testable import NoteBook

@Suite struct VersionTests {
    @Test func versionIsSemantic() {
        let parts = MMBookVersion.string.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }
}
