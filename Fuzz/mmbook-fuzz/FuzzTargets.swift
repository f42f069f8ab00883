import Foundation
import NoteBook
import Scenario

/// The fuzz targets of issue 13: `scenario` (lexer, parser and interpreter of one block) and
/// `note` (a note through the whole pipeline: check, build, then bless and check again, which
/// must pass). `Fuzz/run.sh TARGET SECONDS` builds this with `-sanitize=fuzzer,address
/// -DFUZZING` and runs libFuzzer on it; without FUZZING it is a replay driver,
/// `mmbook-fuzz TARGET FILE...`, that runs saved inputs (the corpus, a crash) once each.
enum FuzzTargets {
    /// Runs one input of `target`; traps only on a defect (a violated round trip).
    static func run(_ target: String, _ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard isSmall(text) else { return }
        switch target {
        case "scenario": scenario(text)
        case "note": note(text)
        default: fatalError("unknown fuzz target '\(target)' (scenario or note)")
        }
    }

    /// Whether the input asks only for small machines and short loops: no number of four or
    /// more decimal digits, no hex number of more than five digits, no G, T, P or E size. The
    /// documented limits allow a 132 GiB machine and 10^7 operations, which are correct but
    /// too slow and too large for a fuzzer's per-input budget.
    static func isSmall(_ text: String) -> Bool {
        var digits = 0
        var hex = false
        var previous: Character = " "
        for c in text {
            if c.isASCII && c.isNumber || (hex && c.isHexDigit) {
                digits += 1
                if digits >= (hex ? 6 : 4) { return false }
            } else if (c == "x" || c == "X") && previous == "0" {
                hex = true
                digits = 0
            } else {
                if digits > 0, "GgTtPpEe".contains(c) { return false }
                digits = 0
                hex = false
            }
            previous = c
        }
        return true
    }

    /// The scenario target: one block in a fresh session, in a folder of its own.
    static func scenario(_ text: String) {
        var session = ScenarioSession()
        _ = session.run(ScenarioSource(file: "fuzz.md", text: text, directory: folder.path))
        if let problems = session.machine?.checkInvariants(), !problems.isEmpty {
            // The simulation broke its own invariants without a located error: a defect.
            fatalError("invariants broken: \(problems[0])")
        }
    }

    /// The note target: a one-chapter book; check, build, bless, then check must pass unless
    /// the note cannot be blessed (a located refusal) or a scenario fails at run time.
    static func note(_ text: String) {
        let notes = folder.appendingPathComponent("notes")
        let site = folder.appendingPathComponent("site")
        try? FileManager.default.removeItem(at: notes)
        try? FileManager.default.removeItem(at: site)
        try? FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try? Data("# Fuzz\n\n- [Note](note.md)\n".utf8).write(to: notes.appendingPathComponent("SUMMARY.md"))
        try? Data(text.utf8).write(to: notes.appendingPathComponent("note.md"))
        _ = Actions.check(notes: notes.path)
        _ = Actions.build(notes: notes.path, out: site.path)
        let bless = Actions.bless(notes: notes.path, targets: [], dryRun: false, force: false, ci: false)
        guard bless.exitCode == 0 else { return }
        let check = Actions.check(notes: notes.path, format: .json)
        // After a bless only scenarios that fail at run time (an error, not a drift) may fail.
        if check.exitCode != 0 && check.diagnostics.isEmpty {
            fatalError("check fails after bless with no diagnostic:\n\(check.output)\(check.errors)")
        }
    }

    /// A scratch folder of this process, two levels deep in the temporary folder.
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("mmbook-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
            .appendingPathComponent("sandbox")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
}

#if FUZZING
    /// The target libFuzzer calls, chosen by `MMBOOK_FUZZ_TARGET`.
    let fuzzTarget = ProcessInfo.processInfo.environment["MMBOOK_FUZZ_TARGET"] ?? "scenario"

    /// libFuzzer's entry point.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        FuzzTargets.run(fuzzTarget, size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    /// libFuzzer's driver (compiler-rt's FuzzerDriver.cpp, exported for programs with their
    /// own `main`).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The executable's `main`: SwiftPM links an executable's `main` to `<module>_main`, so
    /// libFuzzer's own `main` is never pulled in; this one hands over to libFuzzer's driver.
    @_cdecl("mmbook_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, fuzzOneInput)
    }
#else
    /// `mmbook-fuzz TARGET FILE...`: runs each saved input once.
    @main struct ReplayDriver {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let target = arguments.first else {
                try? FileHandle.standardError.write(contentsOf: Data("usage: mmbook-fuzz scenario|note FILE...\n".utf8))
                exit(2)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                FuzzTargets.run(target, Array(data))
            }
        }
    }
#endif
