import Scenario

/// A chapter whose scenario blocks have run, in document order.
struct PageRun: Sendable {
    var chapter: Chapter
    /// The note's text.
    var text: String
    /// The note parsed, once.
    var document: MarkdownDocument
    /// Every fenced block of the note.
    var blocks: [FencedBlock]
    /// The scenario blocks with their results.
    var outcomes: [BlockOutcome]
    /// Problems of the page itself (an output block without a scenario, a bad info string).
    var diagnostics: [Diagnostic]

    /// Whether the results came from the cache (no scenario ran).
    var fromCache = false
    /// The note's YAML front matter (not rendered; `bless` keeps it).
    var frontMatter = FrontMatter()

    /// Runs every scenario block of a chapter. Blocks share one machine in document order;
    /// `scenario fresh` starts a new one; `scenario machine=NAME` uses a named one of the page.
    /// The note is parsed once; with a cache, an unchanged page runs no scenario.
    static func run(_ chapter: Chapter, of book: Book, cache: ResultCache? = nil) -> PageRun {
        let text = book.text(of: chapter)
        let file = book.displayPath(chapter.path)
        var frontMatter = FrontMatter()
        var body = text
        var problems: [Diagnostic] = []
        do {
            (frontMatter, body) = try FrontMatter.split(text, file: file)
        } catch {
            problems.append(error)
        }
        let document = MarkdownDocument.parse(body)
        let blocks = MarkdownAdapter.fencedBlocks(document, text: body)
        var page = PageRun(
            chapter: chapter, text: text, document: document, blocks: blocks, outcomes: [], diagnostics: problems)
        page.frontMatter = frontMatter
        if let refusal = document.refusal {
            page.diagnostics.append(
                Diagnostic(
                    file: file, line: refusal.line, column: refusal.column, id: .noteTooLarge, summary: refusal.message,
                    sourceLine: refusal.line == 1 && refusal.column == 1 ? nil : Book.lineText(text, refusal.line)))
            return page
        }
        let key = cache?.key(file: file, directory: book.directoryOf(chapter), blocks: blocks)
        let cached = key.flatMap { cache?.lookup($0) }
        page.fromCache = cached != nil
        var fresh: [ScenarioResult] = []
        var sessions: [String: ScenarioSession] = [:]
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            defer { index += 1 }
            if block.language == "output" {
                page.diagnostics.append(
                    Diagnostic(
                        file: file, line: block.startLine, column: block.startColumn, id: .orphanOutput,
                        summary: "output block does not follow a scenario block",
                        sourceLine: Book.lineText(text, block.startLine)))
                continue
            }
            guard block.language == "scenario" else { continue }
            var machineName = ""
            var startsFresh = false
            for word in block.info.dropFirst() {
                if word == "fresh" {
                    startsFresh = true
                } else if word == "walkthrough" {
                    continue
                } else if word.hasPrefix("machine="), word.count > 8 {
                    machineName = String(word.dropFirst(8))
                } else {
                    page.diagnostics.append(
                        Diagnostic(
                            file: file, line: block.startLine, column: block.startColumn, id: .unknownScenarioOption,
                            summary: "unknown scenario option '\(word)' (expected fresh, walkthrough or machine=NAME)",
                            sourceLine: Book.lineText(text, block.startLine)))
                }
            }
            let result: ScenarioResult
            if let cached, page.outcomes.count < cached.count {
                result = cached[page.outcomes.count]
            } else {
                var session = startsFresh ? ScenarioSession() : sessions[machineName] ?? ScenarioSession()
                let source = ScenarioSource(
                    file: file, firstLine: block.startLine + 1, firstColumn: block.startColumn,
                    text: block.literal, directory: book.directoryOf(chapter),
                    fileRoot: book.directory.isEmpty ? "." : book.directory)
                if sessions[machineName] == nil && sessions.count >= Limits.machinesPerPage {
                    let failure = Diagnostic(
                        file: file, line: block.startLine, column: block.startColumn, id: .tooManyMachines,
                        summary: "too many machines: a page keeps at most \(Limits.machinesPerPage) "
                            + "(its default machine and its scenario machine=NAME ones)",
                        sourceLine: Book.lineText(text, block.startLine))
                    page.diagnostics.append(failure)
                    index += blocks.count
                    continue
                }
                var ran = session.run(source, walkthrough: block.info.contains("walkthrough"))
                if let machine = session.machine {
                    let problems = machine.checkInvariants()
                    if !problems.isEmpty {
                        ran.diagnostics.append(
                            Diagnostic(
                                file: file, line: block.startLine, column: block.startColumn, id: .modelInvariant,
                                summary: "the simulation broke its own invariants (a bug in mmbook): " + problems[0],
                                notes: Array(problems.dropFirst().prefix(4))))
                    }
                }
                sessions[machineName] = session
                result = ran
            }
            fresh.append(result)
            var recorded: FencedBlock?
            if index + 1 < blocks.count, blocks[index + 1].language == "output",
                onlyBlankLines(text, from: block.endLine + 1, to: blocks[index + 1].startLine - 1)
            {
                recorded = blocks[index + 1]
                index += 1
            }
            page.outcomes.append(BlockOutcome(scenario: block, recorded: recorded, result: result))
        }
        if let key, cached == nil { cache?.store(key, fresh) }
        return page
    }

    /// Whether lines `first...last` are blank, inside blockquotes too (`>` markers only).
    static func onlyBlankLines(_ text: String, from first: Int, to last: Int) -> Bool {
        guard first <= last else { return true }
        return (first...last).allSatisfy {
            (Book.lineText(text, $0) ?? "").allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" }
        }
    }
}
