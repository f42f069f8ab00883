/// An error while running a statement, before it is placed in its file.
struct RuntimeFailure: Error, Sendable {
    var column: Int
    var id: String
    var message: String
    var notes: [String] = []
}
