/// A syntax error in one line of a scenario, before it is placed in its file.
struct ParseFailure: Error, Sendable {
    var column: Int
    var id: String
    var message: String
    var notes: [String] = []
}
