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
        let broken = brokenLinks(SiteRenderer(verification: verification).render(), verification)
        let report = ActionReport(
            output: "\(passed) passed, \(failed) failed\n",
            errors: verification.problems + broken.map { $0.description + "\n" }.joined(),
            diagnostics: diagnostics(of: verification) + broken,
            exitCode: verification.succeeded && broken.isEmpty ? 0 : 1, summary: verification.summary)
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
    /// earlier build are taken from `.mmbook-cache/pages.bin` instead of being rendered again.
    /// With `safe`, the notes' raw HTML and dangerous URLs are left out of the site.
    public static func build(
        notes: String, out: String, safe: Bool = false, progress: ProgressLine? = nil
    ) -> ActionReport {
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
        let files = SiteRenderer(verification: verification, safe: safe, memo: pages).render()
        pages.save()
        let broken = brokenLinks(files, verification)
        guard broken.isEmpty else {
            return ActionReport(
                output: "\(passed) passed, \(failed) failed\n",
                errors: broken.map { $0.description + "\n" }.joined() + "error: the site was not written\n",
                diagnostics: broken, exitCode: 1, summary: verification.summary)
        }
        let swap: AtomicDirectoryWriter.Swap
        do {
            // Checked again: the folder may have changed while the scenarios ran.
            swap = try AtomicDirectoryWriter.write(files, to: try OutputFolder.check(out, notes: notes))
        } catch {
            let message =
                (error as? AtomicDirectoryWriter.UnsafePath)?.description ?? (error as? OutputFolder.Refusal)?
                .description
                ?? "error: cannot write '\(out)': \(FileSystemMessage.describe(error))"
            return ActionReport(errors: message + "\n", exitCode: 1, summary: verification.summary)
        }
        let warning =
            swap == .renamedTwice
            ? "note: the file system cannot swap folders in one step; '\(out)' was replaced with two renames\n" : ""
        return ActionReport(
            output: "wrote \(files.count) files to \(out)\n\(passed) passed, \(failed) failed\n", errors: warning,
            summary: verification.summary)
    }

    /// The site's internal links that do not resolve, located in the notes.
    static func brokenLinks(_ files: [String: [UInt8]], _ verification: Verification) -> [Diagnostic] {
        LinkChecker.diagnostics(
            LinkChecker(files: files).broken(), pages: verification.pages, book: verification.book)
    }

    /// `mmbook links`: every external link of the site the notes build, one `page<TAB>URL`
    /// line each, in page order. Nothing is fetched.
    public static func links(notes: String) -> ActionReport {
        let verification: Verification
        switch verify(notes) {
        case .success(let value): verification = value
        case .failure(let report): return report
        }
        let links = LinkChecker(files: SiteRenderer(verification: verification).render()).external()
        return ActionReport(output: links.map { "\($0.page)\t\(HTML.unescape($0.href))\n" }.joined())
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
    /// object with the output and the diagnostics). The script reads files (`boot zoneinfo=`)
    /// inside its own folder only, unless `allowOutsideFiles`. The model's invariants are
    /// checked at the end, as `check` does after every block.
    public static func run(
        script: String, name: String, trace: Bool, format: RunFormat = .text, allowOutsideFiles: Bool = false
    ) -> ActionReport {
        var session = ScenarioSession()
        session.traceEveryMachine = trace
        // The folder part of the name, by hand: NSString's deletingLastPathComponent traps on a
        // one-character name (`mmbook run t`) in swift-corelibs-foundation.
        let slash = name == "<stdin>" ? nil : name.lastIndex(of: "/")
        let folder = slash.map { $0 == name.startIndex ? "/" : String(name[..<$0]) } ?? "."
        var result = session.run(
            ScenarioSource(
                file: name, text: script, directory: folder, fileRoot: allowOutsideFiles ? .some(nil) : .some(folder)))
        if let problems = session.machine?.checkInvariants(), let first = problems.first {
            result.diagnostics.append(
                Diagnostic(
                    file: name, line: 1, column: 1, id: .modelInvariant,
                    summary: "the simulation broke its own invariants (a bug in mmbook): " + first,
                    notes: Array(problems.dropFirst().prefix(4))))
        }
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
