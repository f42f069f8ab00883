import Scenario

/// Build-time syntax highlighting: code and output text to HTML with `<span class="hl-…">`
/// around tokens and `<a class="sym">` around the kernel names the model covers. The text
/// content of the result is exactly the input: highlighting only wraps, never rewrites.
struct Highlighter {
    /// The languages and text formats the highlighter knows.
    enum Language: Equatable {
        case c, scenario, shell, diff
        /// Program output: ftrace lines, /proc views, call paths, `name: value` lines.
        case output

        /// The language of a fence's info word, or nil for one it leaves plain.
        init?(info: String) {
            switch info.lowercased() {
            case "c", "h": self = .c
            case "scenario": self = .scenario
            case "sh", "shell", "bash", "console", "shell-session": self = .shell
            case "diff", "patch": self = .diff
            case "output", "text", "trace", "ftrace", "proc": self = .output
            default: return nil
            }
        }
    }

    /// The symbols that get links.
    var symbols: KernelSymbolIndex = .shared
    /// The path from the page to the site root (`""` or `"../"`), for links to `symbols.html`.
    var rootPrefix: String = ""

    /// `text` as highlighted HTML (without the enclosing `<pre><code>`).
    func html(_ text: String, _ language: Language) -> String {
        switch language {
        case .diff:
            return lines(text) { line in
                let cls =
                    line.hasPrefix("+++") || line.hasPrefix("---") || line.hasPrefix("diff ")
                    ? "hl-meta"
                    : line.hasPrefix("+")
                        ? "hl-add"
                        : line.hasPrefix("-")
                            ? "hl-del"
                            : line.hasPrefix("@@") ? "hl-hunk" : nil
                return cls.map { span($0, HTML.escape(String(line))) } ?? HTML.escape(String(line))
            }
        case .output:
            return lines(text) { outputLine($0) }
        case .c:
            return Scanner(highlighter: self, text: text, rules: .c).run()
        case .scenario:
            return Scanner(highlighter: self, text: text, rules: .scenario).run()
        case .shell:
            return Scanner(highlighter: self, text: text, rules: .shell).run()
        }
    }

    /// Applies `body` to each line, keeping the newlines.
    func lines(_ text: String, _ body: (Substring) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(body).joined(separator: "\n")
    }

    func span(_ cls: String, _ html: String) -> String { "<span class=\"\(cls)\">\(html)</span>" }

    /// A name, linked to its `symbols.html` entry when the model covers it.
    /// With `wrappable`, a line may break after each inner `_` (`<wbr>`), so that a narrow
    /// column wraps a long name between its words rather than between two letters.
    func name(_ word: String, class cls: String? = nil, wrappable: Bool = false) -> String {
        let text = wrappable ? Self.breakingAfterUnderscores(word) : HTML.escape(word)
        if let entry = symbols.linkable(word) {
            let title = HTML.escape(entry.kind + (entry.file.isEmpty ? "" : " in " + entry.file))
            return "<a class=\"sym\(cls.map { " " + $0 } ?? "")\" href=\"\(rootPrefix)symbols.html#"
                + HTML.escape(entry.anchor) + "\" title=\"\(title)\">" + text + "</a>"
        }
        return cls.map { span($0, text) } ?? text
    }

    /// `word` escaped, with a `<wbr>` after every `_` that has a letter or digit on both sides
    /// (`try_<wbr>to_<wbr>claim_<wbr>block`; the leading underscores of `__rmqueue` stay
    /// together with the name). The text content is unchanged.
    static func breakingAfterUnderscores(_ word: String) -> String {
        var out = ""
        var previous: Character?
        let characters = Array(word)
        for (index, character) in characters.enumerated() {
            out += HTML.escape(String(character))
            if character == "_", let before = previous, before != "_", index + 1 < characters.count,
                characters[index + 1] != "_"
            {
                out += "<wbr>"
            }
            previous = character
        }
        return out
    }

    /// One line of program output: an ftrace line (task-pid, cpu, flags, timestamp, event,
    /// fields), a `name: value` /proc line, or other text with numbers and kernel names marked.
    func outputLine(_ line: Substring) -> String {
        if let trace = Self.ftrace(line) {
            var out = HTML.escape(String(line[..<trace.task.lowerBound]))
            out += span("hl-task", HTML.escape(String(line[trace.task])))
            out += HTML.escape(String(line[trace.task.upperBound..<trace.cpu.lowerBound]))
            out += span("hl-cpu", HTML.escape(String(line[trace.cpu])))
            out += HTML.escape(String(line[trace.cpu.upperBound..<trace.flags.lowerBound]))
            out += span("hl-flags", HTML.escape(String(line[trace.flags])))
            out += HTML.escape(String(line[trace.flags.upperBound..<trace.timestamp.lowerBound]))
            out += span("hl-time", HTML.escape(String(line[trace.timestamp])))
            out += HTML.escape(String(line[trace.timestamp.upperBound..<trace.event.lowerBound]))
            out += name(String(line[trace.event]), class: "hl-event")
            out += words(line[trace.event.upperBound...], fields: true)
            return out
        }
        if let colon = line.firstIndex(of: ":"),
            line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "_()".contains($0) }),
            !line[..<colon].isEmpty
        {
            return name(String(line[..<colon]), class: "hl-key") + words(line[colon...], fields: true)
        }
        return words(line, fields: true)
    }

    /// Plain text with kernel names linked, numbers marked and, with `fields`, the keys of
    /// `key=value` pairs marked.
    func words(_ text: Substring, fields: Bool) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isLetter || c == "_" {
                var j = i
                while j < text.endIndex && (text[j].isLetter || text[j].isNumber || text[j] == "_") {
                    j = text.index(after: j)
                }
                let word = String(text[i..<j])
                if fields && j < text.endIndex && text[j] == "=" {
                    out +=
                        symbols.linkable(word) != nil ? name(word, class: "hl-key") : span("hl-key", HTML.escape(word))
                } else {
                    out += name(word)
                }
                i = j
            } else if c.isNumber {
                var j = i
                while j < text.endIndex && (text[j].isHexDigit || text[j] == "x" || text[j] == ".") {
                    j = text.index(after: j)
                }
                out += span("hl-num", HTML.escape(String(text[i..<j])))
                i = j
            } else {
                out += HTML.escape(String(c))
                i = text.index(after: i)
            }
        }
        return out
    }

    /// The parts of an ftrace line: `task-pid [cpu] flags timestamp: event: fields`.
    struct TraceParts {
        var task: Range<Substring.Index>
        var cpu: Range<Substring.Index>
        var flags: Range<Substring.Index>
        var timestamp: Range<Substring.Index>
        var event: Range<Substring.Index>
    }

    /// The pattern of an ftrace line, compiled once (a literal inside `ftrace` was compiled
    /// again for every output line, the largest cost of rendering a page). Regex is not
    /// `Sendable`, but it is immutable once built and compiles its program with an atomic
    /// store, so pages rendered in parallel can share it.
    nonisolated(unsafe) static let tracePattern =
        /\s*(?<task>\S(?:.*?\S)?-\d+)\s+\[(?<cpu>\d+)\]\s+(?<flags>\S{4,5})\s+(?<ts>\d+\.\d+):\s+(?<event>\w+):.*/

    static func ftrace(_ line: Substring) -> TraceParts? {
        // Every ftrace line has a `[cpu]` and a colon: most output lines are ruled out here.
        guard line.contains("["), line.contains(":"), let m = line.wholeMatch(of: tracePattern) else { return nil }
        let o = m.output
        func range(_ part: Substring) -> Range<Substring.Index> { part.startIndex..<part.endIndex }
        return TraceParts(
            task: range(o.task), cpu: range(o.cpu), flags: range(o.flags), timestamp: range(o.ts),
            event: range(o.event))
    }
}
/// The lexical rules of a programming language, for `Scanner`.
struct LexicalRules: Sendable {
    var lineComment: String?
    var blockComments: Bool
    var keywords: Set<String>
    var types: Set<String>
    /// Whether a line starting with `#` is a preprocessor line (C).
    var preprocessor: Bool
    /// Whether `-x`/`--name` words are options and the first word of a line is a command (shell).
    var shellWords: Bool

    static let c = LexicalRules(
        lineComment: "//", blockComments: true,
        keywords: [
            "if", "else", "for", "while", "do", "return", "switch", "case", "default", "break", "continue", "goto",
            "sizeof", "static", "inline", "const", "volatile", "extern", "struct", "union", "enum", "typedef",
            "true", "false", "NULL",
        ],
        types: [
            "void", "char", "short", "int", "long", "unsigned", "signed", "bool", "u8", "u16", "u32", "u64", "size_t",
            "gfp_t", "pg_data_t", "fpi_t",
        ], preprocessor: true, shellWords: false)

    static let scenario = LexicalRules(
        lineComment: "#", blockComments: false,
        keywords: Set(ScenarioVocabulary.keywords + ["on", "off", "until", "fail", "warning", "walkthrough", "fresh"]),
        types: [], preprocessor: false, shellWords: false)

    static let shell = LexicalRules(
        lineComment: "#", blockComments: false,
        keywords: ["if", "then", "else", "fi", "for", "do", "done", "while", "case", "esac", "export", "cd", "echo"],
        types: [], preprocessor: false, shellWords: true)
}

/// A small hand-written lexer shared by C, the scenario language and shell.
struct Scanner {
    var highlighter: Highlighter
    var text: String
    var rules: LexicalRules

    func run() -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        var lineStart = true
        func take(while predicate: (Character) -> Bool, from start: Int) -> Int {
            var j = start
            while j < chars.count && predicate(chars[j]) { j += 1 }
            return j
        }
        func emit(_ cls: String?, _ from: Int, _ to: Int) {
            let piece = HTML.escape(String(chars[from..<to]))
            out += cls.map { highlighter.span($0, piece) } ?? piece
        }
        func starts(_ s: String, at j: Int) -> Bool {
            let p = Array(s)
            return j + p.count <= chars.count && Array(chars[j..<(j + p.count)]) == p
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                out += "\n"
                i += 1
                lineStart = true
                continue
            }
            if c == " " || c == "\t" {
                let j = take(while: { $0 == " " || $0 == "\t" }, from: i)
                emit(nil, i, j)
                i = j
                continue
            }
            let atLineStart = lineStart
            lineStart = false
            if rules.preprocessor && atLineStart && c == "#" {
                let j = take(while: { $0 != "\n" }, from: i)
                emit("hl-pre", i, j)
                i = j
            } else if let comment = rules.lineComment, starts(comment, at: i),
                comment != "#" || !rules.shellWords || i == 0 || chars[i - 1] == " " || chars[i - 1] == "\t"
                    || chars[i - 1] == "\n"
            {
                let j = take(while: { $0 != "\n" }, from: i)
                emit("hl-com", i, j)
                i = j
            } else if rules.blockComments && starts("/*", at: i) {
                var j = i + 2
                while j < chars.count && !starts("*/", at: j) { j += 1 }
                j = min(chars.count, j + 2)
                emit("hl-com", i, j)
                i = j
            } else if c == "\"" || c == "'" {
                var j = i + 1
                while j < chars.count && chars[j] != c && chars[j] != "\n" {
                    j += chars[j] == "\\" ? 2 : 1
                }
                j = min(chars.count, j + 1)
                emit("hl-str", i, j)
                i = j
            } else if c.isNumber {
                let j = take(while: { $0.isHexDigit || $0 == "x" || $0 == "X" || $0.isLetter }, from: i)
                emit("hl-num", i, j)
                i = j
            } else if rules.shellWords && c == "-" && (i == 0 || chars[i - 1] == " ") {
                let j = take(while: { !$0.isWhitespace }, from: i)
                emit("hl-opt", i, j)
                i = j
            } else if c.isLetter || c == "_" {
                let j = take(
                    while: { $0.isLetter || $0.isNumber || $0 == "_" || (rules.shellWords && $0 == "-") }, from: i)
                let word = String(chars[i..<j])
                if rules.keywords.contains(word) {
                    emit("hl-kw", i, j)
                } else if rules.types.contains(word) {
                    emit("hl-type", i, j)
                } else if rules.shellWords && atLineStart || (rules.shellWords && i >= 2 && chars[i - 2] == "$") {
                    emit("hl-cmd", i, j)
                } else if j < chars.count && chars[j] == "=" && (j + 1 >= chars.count || chars[j + 1] != "=")
                    && !rules.shellWords && highlighter.symbols.linkable(word) == nil
                {
                    emit("hl-key", i, j)
                } else if j < chars.count && chars[j] == "(" {
                    out += highlighter.name(word, class: "hl-fn")
                } else {
                    out += highlighter.name(word)
                }
                i = j
            } else if rules.shellWords && c == "$" && atLineStart {
                emit("hl-prompt", i, i + 1)
                i += 1
                lineStart = true
            } else {
                emit(nil, i, i + 1)
                i += 1
            }
        }
        return out
    }
}
