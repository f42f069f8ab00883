/// What running one scenario block produced: plain data, which can be stored and rendered
/// later without the machine it ran on.
public struct ScenarioResult: Sendable, Equatable, Codable {
    /// The text the block printed, each line ending in a newline.
    public var output: String
    /// Errors (the block stopped at the first runtime error) and warnings.
    public var diagnostics: [Diagnostic]
    /// One record per statement, for blocks run as walkthroughs.
    public var steps: [StepRecord]
    /// The diagrams `show` statements drew, in output order.
    public var figures: [Figure]
    /// The files the block read (`boot zoneinfo=`), in reading order.
    public var dependencies: [FileDependency]
    /// Which output lines each statement printed, for statements that printed any, so the
    /// site can show a `show` line's output next to that line.
    public var statementOutputs: [StatementOutput] = []
    /// The modelled kernel functions the block's statements entered, each once, sorted: what
    /// the model coverage of `symbols.html` counts for blocks that are not walkthroughs.
    public var enteredFunctions: [String] = []

    public init(
        output: String = "", diagnostics: [Diagnostic] = [], steps: [StepRecord] = [], figures: [Figure] = [],
        dependencies: [FileDependency] = []
    ) {
        self.output = output
        self.diagnostics = diagnostics
        self.steps = steps
        self.figures = figures
        self.dependencies = dependencies
    }

    /// Whether the block ran to its end without errors.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// The output lines one statement printed.
public struct StatementOutput: Sendable, Equatable, Codable {
    /// The 1-based file line of the statement.
    public var line: Int
    /// The range of output lines (0-based, end exclusive) it printed, trace lines included.
    public var outputLines: Range<Int>
}
