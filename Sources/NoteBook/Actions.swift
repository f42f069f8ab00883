import Foundation
import Scenario

/// The commands of the `mmbook` tool, as functions that return what to print.
public enum Actions {
    /// `mmbook check`: verifies every note, writes nothing. With `format: .json` the standard
    /// output is one JSON object: the pass and fail counts and every diagnostic of the book.
    /// `progress` shows the pages as they finish.
    public static func check(notes: String, format: RunFormat = .text, progress: ProgressLine? = nil) -> ActionReport {
        let verification: Verification
        switch verify(notes, progress: progress) {
        case .success(let value): verification = value
        case .failure(let report): return format == .json ? checkJSON(report, passed: 0, failed: 0) : report
        }
        let (passed, failed) = verification.counts
        let report = ActionReport(
            output: "\(passed) passed, \(failed) failed\n", errors: verification.problems,
            diagnostics: diagnostics(of: verification), exitCode: verification.succeeded ? 0 : 1,
            summary: verification.summary)
        return format == .json ? checkJSON(report, passed: passed, failed: failed) : report
    }

    /// What `mmbook check --format json` prints.
    struct CheckJSON: Encodable {
        var passed: Int
        var failed: Int
        var diagnostics: [Diagnostic]
    }

    /// `report` with its standard output replaced by the JSON of its counts and diagnostics.
    static func checkJSON(_ report: ActionReport, passed: Int, failed: Int) -> ActionReport {
        var json = report
        json.output = encodeJSON(CheckJSON(passed: passed, failed: failed, diagnostics: report.diagnostics)) + "\n"
        return json
    }

    /// Every diagnostic of a verified book, page by page in document order: the page's own,
    /// then those of its failing blocks.
    static func diagnostics(of verification: Verification) -> [Diagnostic] {
        verification.pages.flatMap { page in
            page.diagnostics + page.outcomes.filter { !$0.matches }.flatMap(\.result.diagnostics)
        }
    }

    /// Loads and runs the notes, or the report of why the book could not be read.
    static func verify(_ notes: String, progress: ProgressLine? = nil) -> Result<Verification, ActionReport> {
        defer { progress?.clear() }
        do {
            return .success(try Verification.run(notes: notes, cache: ResultCache.forNotes(notes), progress: progress))
        } catch {
            return .failure(ActionReport(errors: error.description + "\n", diagnostics: [error], exitCode: 1))
        }
    }

    /// Sorted-key, pretty-printed JSON text of `value`.
    static func encodeJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// `mmbook build`: verifies every note, then writes the site atomically; on any failure
    /// the existing site is left untouched. Refuses, before anything else, an output folder
    /// that `OutputFolder.check` does not allow. Pages whose inputs did not change since an
    /// earlier build are taken from `.mmbook-cache/pages/` instead of being rendered again.
    public static func build(notes: String, out: String, progress: ProgressLine? = nil) -> ActionReport {
        do {
            _ = try OutputFolder.check(out, notes: notes)
        } catch {
            return ActionReport(errors: error.description + "\n", exitCode: 1)
        }
        let verification: Verification
        switch verify(notes, progress: progress) {
        case .success(let value): verification = value
        case .failure(let report): return report
        }
        let (passed, failed) = verification.counts
        guard verification.succeeded else {
            return ActionReport(
                output: "\(passed) passed, \(failed) failed\n",
                errors: verification.problems + "error: the site was not written\n", exitCode: 1,
                summary: verification.summary)
        }
        let pages = RenderedPages.forNotes(notes)
        let files = SiteRenderer(verification: verification, memo: pages).render()
        pages.removeUnused()
        let swap: AtomicDirectoryWriter.Swap
        do {
            // Checked again: the folder may have changed while the scenarios ran.
            swap = try AtomicDirectoryWriter.write(files, to: try OutputFolder.check(out, notes: notes))
        } catch {
            let message =
                (error as? AtomicDirectoryWriter.UnsafePath)?.description ?? (error as? OutputFolder.Refusal)?
                .description
                ?? "error: cannot write '\(out)': \(error.localizedDescription)"
            return ActionReport(errors: message + "\n", exitCode: 1, summary: verification.summary)
        }
        let warning =
            swap == .renamedTwice
            ? "note: the file system cannot swap folders in one step; '\(out)' was replaced with two renames\n" : ""
        return ActionReport(
            output: "wrote \(files.count) files to \(out)\n\(passed) passed, \(failed) failed\n", errors: warning,
            summary: verification.summary)
    }

    /// `mmbook bless`: rewrites the recorded output of every block (or of the named
    /// `FILE[:LINE]` targets) whose simulation output differs, adding missing output blocks.
    public static func bless(
        notes: String, targets: [String], dryRun: Bool, force: Bool, ci: Bool, progress: ProgressLine? = nil
    ) -> ActionReport {
        if ci && !force && !dryRun {
            return ActionReport(errors: "error: refusing to bless under CI=true (use --force)\n", exitCode: 1)
        }
        let verification: Verification
        switch verify(notes, progress: progress) {
        case .success(let value): verification = value
        case .failure(let report): return report
        }
        var report = Blesser(verification: verification).bless(targets: targets, dryRun: dryRun)
        report.summary = verification.summary
        return report
    }

    /// The output formats of `mmbook run` and `mmbook check`.
    public enum RunFormat: String, Sendable, CaseIterable {
        case text, json
    }

    /// What `mmbook run --format json` prints.
    struct RunJSON: Encodable {
        var output: String
        var diagnostics: [Diagnostic]
        var succeeded: Bool
    }

    /// `mmbook run`: runs one scenario script and prints its output (as text, or as one JSON
    /// object with the output and the diagnostics).
    public static func run(script: String, name: String, trace: Bool, format: RunFormat = .text) -> ActionReport {
        var session = ScenarioSession()
        session.traceEveryMachine = trace
        let directory = name == "<stdin>" ? "." : (name as NSString).deletingLastPathComponent
        let result = session.run(
            ScenarioSource(file: name, text: script, directory: directory.isEmpty ? "." : directory))
        if format == .json {
            let json = RunJSON(output: result.output, diagnostics: result.diagnostics, succeeded: result.succeeded)
            return ActionReport(
                output: encodeJSON(json) + "\n", diagnostics: result.diagnostics, exitCode: result.succeeded ? 0 : 1)
        }
        return ActionReport(
            output: result.output, errors: ConsoleDiagnosticWriter.render(result.diagnostics),
            diagnostics: result.diagnostics, exitCode: result.succeeded ? 0 : 1)
    }
}
