import PageAlloc

/// An error in one line of a scenario, located by column before it is placed in its file:
/// what the lexer, the parser and the interpreter throw.
struct ScenarioFailure: Error, Sendable, Equatable {
    /// 1-based character column in the line.
    var column: Int
    var id: DiagnosticID
    var message: String
    var notes: [String] = []
    /// The characters the problem spans.
    var length = 1
    /// A did-you-mean replacement for the `length` characters at `column`.
    var suggestion: String?

    /// Suggests the candidate closest to the `name` written at `column`, if one is close.
    func suggesting(_ name: String, among candidates: [String]) -> ScenarioFailure {
        var copy = self
        copy.length = name.count
        copy.suggestion = closestMatch(to: name, in: candidates)
        return copy
    }
}
