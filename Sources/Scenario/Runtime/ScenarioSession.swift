import Diagrams
import Foundation
import PageAlloc

/// A simulated machine and the variables of the scenario blocks run on it so far: the blocks of
/// one page share a session in document order, like notebook cells.
public struct ScenarioSession: Sendable {
    /// The machine, once a block booted one.
    public internal(set) var machine: Machine?
    var variables: [String: PageVariable] = [:]
    /// What each `memalloc_*_save()` kept for its restore, by save call, last saved last.
    var savedScopes: [String: [Bool]] = [:]
    /// Blocks allocated by workloads and fills, which no variable names.
    var workloadBlocks: [PageVariable] = []
    /// The kernel reports the statement before the current one printed, for `expect warning`.
    var previousReports: [String] = []
    /// Kernel bug reports of the last statement, which the next statement must claim with
    /// `expect warning`.
    var unclaimedBugs: [KernelReport] = []
    /// The `expect warning later` claims no report has met yet.
    var pendingWarnings: [PendingWarning] = []
    /// The kernel reports of the current statement so far, within the per-statement limit.
    var heldReports: [KernelReport] = []
    /// The lines in `heldReports`.
    var heldReportLines = 0
    /// The report lines of the current statement over the limit, counted instead of kept.
    var suppressedReportLines = 0
    /// The first bug report over the limit, which must still be claimed.
    var suppressedBug: KernelReport?
    /// Where the current block is, for diagnostics.
    var source = ScenarioSource(file: "", text: "")
    /// The lines of `source`, split once per block: a diagnostic reads its line from here.
    var sourceLines: [String] = []
    /// The file line of the statement being run.
    var currentLine = 0
    var output = ""
    /// The diagrams drawn by the current block.
    var figures: [Figure] = []
    /// The files the current block read.
    var dependencies: [FileDependency] = []
    /// Whether every machine this session boots starts with tracing on (`mmbook run --trace`).
    public var traceEveryMachine = false
    /// The simulated clock of trace lines, in nanoseconds since boot; each event takes 1 µs.
    var traceClock = ScenarioSession.traceClockStart
    static let traceClockStart = 100_000_000_000

    public init() {}

    /// Runs a block: parses every line first (reporting every syntax error), then runs the
    /// statements in order, stopping at the first runtime error. A walkthrough also records
    /// a `StepRecord` per statement.
    public mutating func run(_ source: ScenarioSource, walkthrough: Bool = false) -> ScenarioResult {
        self.source = source
        output = ""
        figures = []
        dependencies = []
        let lines = source.lines
        sourceLines = lines
        var statements: [Statement] = []
        var diagnostics: [Diagnostic] = []
        guard lines.count <= Limits.linesPerBlock else {
            let failure = ScenarioFailure(
                column: 1, id: .blockTooLong,
                message: "the block has \(lines.count) lines; a scenario block holds at most \(Limits.linesPerBlock)")
            return ScenarioResult(output: "", diagnostics: [diagnostic(lineIndex: Limits.linesPerBlock, failure)])
        }
        var annotation: [String] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#") {
                annotation.append(String(trimmed.dropFirst().drop { $0 == " " }))
                continue
            }
            do {
                if let statement = try Parser.parseLine(line, index: index, annotation: annotation) {
                    statements.append(statement)
                }
            } catch {
                diagnostics.append(diagnostic(lineIndex: index, error))
                if diagnostics.count == Limits.syntaxErrorsPerBlock { break }
            }
            annotation = []
        }
        var ends: [Int: Int] = [:]
        do {
            ends = try ScenarioSession.matchBlocks(statements)
        } catch {
            diagnostics.append(diagnostic(lineIndex: error.lineIndex, error.failure))
        }
        guard diagnostics.isEmpty else { return ScenarioResult(output: "", diagnostics: diagnostics) }
        var steps: [StepRecord] = []
        var statementOutputs: [StatementOutput] = []
        var linesBefore = output.utf8.count(where: { $0 == UInt8(ascii: "\n") })
        var loops: [(start: Int, remaining: Int)] = []
        var executed = 0
        var pendingBugs: [KernelReport] = []
        var previous: Statement?
        var entered: Set<String> = []
        // Whether a failure stopped the block (a failed expectation does not).
        var stopped = false
        pendingWarnings = []
        var position = 0
        while position < statements.count {
            let statement = statements[position]
            currentLine = source.firstLine + statement.lineIndex
            // A bug the previous statement reported is claimed by this one or fails there.
            if let bug = pendingBugs.first, let cause = previous {
                pendingBugs = []
                switch statement.kind {
                case .expectWarning: break
                case .expectWarningLater(let text, _) where previousReports.contains(where: { $0.contains(text) }):
                    break
                default:
                    diagnostics.append(diagnostic(lineIndex: cause.lineIndex, unclaimed(bug, column: cause.column)))
                    stopped = true
                }
                if stopped { break }
            }
            previous = statement
            executed += 1
            if executed > Interpreter.maxStatementsPerBlock {
                diagnostics.append(
                    diagnostic(
                        lineIndex: statement.lineIndex,
                        ScenarioFailure(
                            column: statement.column, id: .badRepeat,
                            message:
                                "the block ran more than \(Interpreter.maxStatementsPerBlock) statements: make the repeat counts smaller"
                        )))
                break
            }
            switch statement.kind {
            case .repeatStart(let expression):
                do throws(ScenarioFailure) {
                    let count = try int(expression)
                    guard (0...Interpreter.maxRepeat).contains(count) else {
                        throw ScenarioFailure(
                            column: expression.column, id: .badRepeat,
                            message: "repeat count \(count) is out of range 0...\(Interpreter.maxRepeat)")
                    }
                    if count == 0 {
                        position = ends[position]! + 1
                    } else {
                        loops.append((position, count))
                        position += 1
                    }
                } catch {
                    diagnostics.append(diagnostic(lineIndex: statement.lineIndex, error))
                    stopped = true
                    position = statements.count
                }
                continue
            case .blockEnd:
                loops[loops.count - 1].remaining -= 1
                if loops[loops.count - 1].remaining > 0 {
                    position = loops[loops.count - 1].start + 1
                } else {
                    loops.removeLast()
                    position += 1
                }
                continue
            default:
                break
            }
            let mark = output.utf8.count
            var userTracing = machine?.tracing ?? false
            if walkthrough { startRecording() }
            var failure: ScenarioFailure?
            do {
                try execute(statement)
                try checkOutputSize(column: statement.column)
            } catch {
                failure = error
            }
            if case .trace(let on) = statement.kind { userTracing = on }
            if case .boot = statement.kind { userTracing = traceEveryMachine }
            let recorded = walkthrough ? stopRecording(tracing: userTracing) : nil
            if let names = machine?.takeEnteredFunctions() { entered.formUnion(names) }
            flushTrace(before: mark)
            let printed = output.utf8.dropFirst(mark).count(where: { $0 == UInt8(ascii: "\n") })
            if printed > 0 {
                statementOutputs.append(
                    StatementOutput(line: currentLine, outputLines: linesBefore..<(linesBefore + printed)))
                linesBefore += printed
            }
            if failure == nil {
                claimLaterWarnings()
                pendingBugs = unclaimedBugs
            }
            if walkthrough {
                let text = lines[statement.lineIndex]
                steps.append(
                    StepRecord(
                        line: currentLine, statement: String(text.drop { $0 == " " || $0 == "\t" }),
                        annotation: statement.annotation, calls: recorded?.calls ?? [],
                        tracepoints: recorded?.tracepoints ?? [], output: String(output.utf8.dropFirst(mark)) ?? "",
                        freeListEvents: recorded?.events ?? [], freeListChanges: recorded?.changes))
            }
            if let failure {
                diagnostics.append(diagnostic(lineIndex: statement.lineIndex, failure))
                // A failed expectation is a wrong claim, not a broken machine: like Swift
                // Testing's #expect, the block goes on, so its whole output can still be
                // compared with the recorded one.
                if failure.id != .expectationFailed {
                    stopped = true
                    break
                }
            }
            position += 1
        }
        if !stopped, let bug = pendingBugs.first, let cause = previous {
            diagnostics.append(diagnostic(lineIndex: cause.lineIndex, unclaimed(bug, column: cause.column)))
        }
        if !stopped, let claim = pendingWarnings.first {
            diagnostics.append(
                diagnostic(
                    lineIndex: claim.lineIndex,
                    ScenarioFailure(
                        column: claim.column, id: .expectationFailed,
                        message:
                            "expectation failed: no later statement of the block printed a kernel report containing \"\(claim.text)\""
                    )))
        }
        var result = ScenarioResult(
            output: output, diagnostics: diagnostics, steps: steps, figures: figures, dependencies: dependencies)
        result.statementOutputs = statementOutputs
        result.enteredFunctions = entered.sorted()
        return result
    }

    /// The failure of a statement whose kernel bug report no `expect warning` claimed.
    func unclaimed(_ bug: KernelReport, column: Int) -> ScenarioFailure {
        ScenarioFailure(
            column: column, id: .kernelBug,
            message: "the simulated kernel reported a bug: \(bug.lines.first ?? "")",
            notes: [
                bug.modelOnly
                    ? "the model refuses what a kernel without CONFIG_DEBUG_VM would do silently"
                    : "page dumped because: \(bug.reason ?? "?")",
                "if the note means to show this, claim it on the next line: expect warning \""
                    + (bug.modelOnly ? "mmbook:" : Self.claimText(bug.lines.first ?? "")) + "\"",
            ])
    }

    /// Lets the pending `expect warning later` claims take the reports the last statement
    /// printed: each claim takes the first report containing its text; the bugs taken are
    /// no longer unclaimed.
    mutating func claimLaterWarnings() {
        guard !pendingWarnings.isEmpty else { return }
        var remaining: [PendingWarning] = []
        for claim in pendingWarnings {
            if let i = unclaimedBugs.firstIndex(where: { $0.lines.joined(separator: "\n").contains(claim.text) }) {
                unclaimedBugs.remove(at: i)
            } else if !previousReports.contains(where: { $0.contains(claim.text) }) {
                remaining.append(claim)
            }
        }
        pendingWarnings = remaining
    }

    /// For each `repeat` statement, the index of its `}`; throws at the first unbalanced one.
    static func matchBlocks(_ statements: [Statement]) throws(BlockError) -> [Int: Int] {
        var ends: [Int: Int] = [:]
        var open: [Int] = []
        for (i, statement) in statements.enumerated() {
            switch statement.kind {
            case .repeatStart:
                open.append(i)
            case .blockEnd:
                guard let start = open.popLast() else {
                    throw BlockError(
                        lineIndex: statement.lineIndex,
                        failure: ScenarioFailure(
                            column: statement.column, id: .unbalancedBlock, message: "'}' without a 'repeat N {'"))
                }
                ends[start] = i
            default:
                break
            }
        }
        if let start = open.last {
            throw BlockError(
                lineIndex: statements[start].lineIndex,
                failure: ScenarioFailure(
                    column: statements[start].column, id: .unbalancedBlock,
                    message: "'repeat' without its closing '}'"))
        }
        return ends
    }

    /// A diagnostic at a column of a line of the current block, placed in its file.
    func diagnostic(lineIndex: Int, _ failure: ScenarioFailure) -> Diagnostic {
        let text = lineIndex < sourceLines.count ? sourceLines[lineIndex] : ""
        let indent = String(repeating: " ", count: max(0, source.firstColumn - 1))
        let line = source.firstLine + lineIndex
        let column = source.firstColumn - 1 + failure.column
        let range = SourceRange(line: line, column: column, length: failure.length)
        return Diagnostic(
            file: source.file, line: line, column: column, length: failure.length, id: failure.id,
            summary: failure.message, sourceLine: indent + text, notes: failure.notes,
            suggestions: failure.suggestion.map { [Suggestion(range: range, replacement: $0)] } ?? [])
    }

    mutating func print(_ line: String) { output += line + "\n" }

    /// The text an `expect warning` can claim a kernel report by: its first line up to the
    /// task and pid that follow a `BUG: Bad page state` or the whole line otherwise.
    static func claimText(_ firstLine: String) -> String {
        firstLine.hasPrefix("BUG: Bad page state") ? "Bad page state" : String(firstLine.prefix(40))
    }

    /// Reads a file the block depends on, at most `limit` bytes of it, and records it with the
    /// hash of its contents (an unreadable file is recorded too, with an empty hash).
    mutating func readDependency(atPath path: String, limit: Int) -> Data? {
        var data: Data?
        if let handle = FileHandle(forReadingAtPath: path) {
            do {
                data = try handle.read(upToCount: limit) ?? Data()
            } catch {
                data = nil
            }
            try? handle.close()
        }
        dependencies.append(FileDependency(path: path, contentHash: data.map { SHA256.hex($0) } ?? ""))
        return data
    }

    /// What a walkthrough step recorded.
    struct Recording {
        var calls: [CallRecord]
        var tracepoints: [Tracepoint]
        var events: [FreeListEvent]
        var changes: BuddyChangeDiagram?
    }

    /// Turns on call, tracepoint and free-list recording for one walkthrough step.
    mutating func startRecording() {
        guard machine != nil else { return }
        machine?.recordingCalls = true
        machine?.recordingFreeLists = true
        machine?.tracing = true
        machine?.clearCalls()
        machine?.clearFreeListEvents()
    }

    /// Turns recording off again and returns what the step recorded, with the free lists it
    /// changed built from its free-list events; the tracepoints stay for `flushTrace` only when
    /// the author turned tracing on. A step that booted a new machine recorded nothing.
    mutating func stopRecording(tracing: Bool) -> Recording? {
        guard let m = machine else { return nil }
        let events = m.freeListEvents
        let changes = events.isEmpty ? nil : BuddyChangeDiagram(events: events, after: m)
        let recording = Recording(
            calls: m.calls, tracepoints: m.trace.map(Tracepoint.init), events: events,
            changes: changes.flatMap { $0.changes.isEmpty ? nil : $0 })
        machine?.recordingCalls = false
        machine?.recordingFreeLists = false
        machine?.clearCalls()
        machine?.clearFreeListEvents()
        machine?.tracing = tracing
        if !tracing { machine?.clearTrace() }
        return recording
    }
}

/// An `expect warning later "TEXT"` waiting for its report.
struct PendingWarning: Sendable {
    var text: String
    var lineIndex: Int
    var column: Int
}

/// An unbalanced `repeat` block, at its line.
struct BlockError: Error {
    var lineIndex: Int
    var failure: ScenarioFailure
}
