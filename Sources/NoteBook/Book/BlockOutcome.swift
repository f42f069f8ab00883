import Scenario

/// One scenario block of a page, its recorded output, and what the simulation printed.
struct BlockOutcome: Sendable {
    var scenario: FencedBlock
    /// The ```output block right after the scenario, if the note has one.
    var recorded: FencedBlock?
    var result: ScenarioResult

    /// Whether the block ran cleanly and its recorded output is exactly what it printed.
    var matches: Bool { result.succeeded && recorded?.literal == result.output }
}
