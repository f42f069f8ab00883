import Foundation
import Scenario

/// The commands of the `mmbook` tool, as functions that return what to print.
public enum Actions {
    /// `mmbook check`: verifies every note, writes nothing.
    public static func check(notes: String) -> ActionReport {
        let verification: Verification
        switch verify(notes) {
        case .success(let value): verification = value
        case .failure(let report): return report
        }
        let (passed, failed) = verification.counts
        return ActionReport(
            output: "\(passed) passed, \(failed) failed\n", errors: verification.problems,
            exitCode: verification.succeeded ? 0 : 1)
    }

    /// Loads and runs the notes, or the report of why the book could not be read.
    static func verify(_ notes: String) -> Result<Verification, ActionReport> {
        do {
            return .success(try Verification.run(notes: notes, cache: ResultCache.forNotes(notes)))
        } catch {
            return .failure(ActionReport(errors: error.description + "\n", exitCode: 1))
        }
    }

    /// `mmbook build`: verifies every note, then writes the site atomically; on any failure
    /// the existing site is left untouched. Refuses, before anything else, an output folder
    /// that `OutputFolder.check` does not allow.
    public static func build(notes: String, out: String) -> ActionReport {
        do {
            _ = try OutputFolder.check(out, notes: notes)
        } catch {
            return ActionReport(errors: error.description + "\n", exitCode: 1)
        }
        let verification: Verification
        switch verify(notes) {
        case .success(let value): verification = value
        case .failure(let report): return report
        }
        let (passed, failed) = verification.counts
        guard verification.succeeded else {
            return ActionReport(
                output: "\(passed) passed, \(failed) failed\n",
                errors: verification.problems + "error: the site was not written\n", exitCode: 1)
        }
        let files = SiteRenderer(verification: verification).render()
        let swap: AtomicDirectoryWriter.Swap
        do {
            // Checked again: the folder may have changed while the scenarios ran.
            swap = try AtomicDirectoryWriter.write(files, to: try OutputFolder.check(out, notes: notes))
        } catch {
            let message =
                (error as? AtomicDirectoryWriter.UnsafePath)?.description ?? (error as? OutputFolder.Refusal)?
                .description
                ?? "error: cannot write '\(out)': \(error.localizedDescription)"
            return ActionReport(errors: message + "\n", exitCode: 1)
        }
        let warning =
            swap == .renamedTwice
            ? "note: the file system cannot swap folders in one step; '\(out)' was replaced with two renames\n" : ""
        return ActionReport(
            output: "\(passed) passed, \(failed) failed\nwrote \(files.count) files to \(out)\n", errors: warning)
    }

    /// `mmbook bless`: rewrites the recorded output of every block (or of the named
    /// `FILE[:LINE]` targets) whose simulation output differs, adding missing output blocks.
    public static func bless(notes: String, targets: [String], dryRun: Bool, force: Bool, ci: Bool) -> ActionReport {
        if ci && !force && !dryRun {
            return ActionReport(errors: "error: refusing to bless under CI=true (use --force)\n", exitCode: 1)
        }
        let verification: Verification
        switch verify(notes) {
        case .success(let value): verification = value
        case .failure(let report): return report
        }
        return Blesser(verification: verification).bless(targets: targets, dryRun: dryRun)
    }

    /// The output formats of `mmbook run`.
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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let json = RunJSON(output: result.output, diagnostics: result.diagnostics, succeeded: result.succeeded)
            let text = (try? encoder.encode(json)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return ActionReport(output: text + "\n", exitCode: result.succeeded ? 0 : 1)
        }
        return ActionReport(
            output: result.output,
            errors: result.diagnostics.map { $0.description + "\n" }.joined(),
            exitCode: result.succeeded ? 0 : 1)
    }
}
