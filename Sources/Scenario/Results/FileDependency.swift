/// A file a scenario block read, named by its contents.
public struct FileDependency: Sendable, Hashable, Codable {
    /// The path the block read, as opened (relative to the working directory, or absolute).
    public var path: String
    /// The SHA-256 of its bytes, in hex; empty when the file could not be read.
    public var contentHash: String

    public init(path: String, contentHash: String) {
        self.path = path
        self.contentHash = contentHash
    }
}
