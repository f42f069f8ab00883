/// A unified diff of two texts, line by line, as `diff -u` prints it, except that the
/// trailing whitespace of changed lines is made visible (`·` for a space, `→` for a tab).
public enum UnifiedDiff {
    /// The diff from `old` to `new` with `context` lines around each change, headed by
    /// `--- oldName` / `+++ newName`; empty when the texts are equal.
    public static func make(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old)
        let b = lines(new)
        if a == b { return "" }
        let script = editScript(a, b)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Group edits into hunks with `context` lines of equal text around them.
        var index = 0
        while index < script.count {
            guard let firstChange = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var start = max(index, firstChange - context)
            if start < index { start = index }
            var end = firstChange
            var lastChange = firstChange
            while end < script.count {
                if script[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            let hunkEnd = min(script.count, lastChange + context + 1)
            let hunk = script[start..<hunkEnd]
            let oldStart = hunk.first!.oldLine
            let newStart = hunk.first!.newLine
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: out += " " + edit.text + "\n"
                case .delete: out += "-" + visibleTrailingWhitespace(edit.text) + "\n"
                case .insert: out += "+" + visibleTrailingWhitespace(edit.text) + "\n"
                }
            }
            index = hunkEnd
        }
        return out
    }

    /// `line` with its trailing spaces shown as `·` and trailing tabs as `→`, so that two
    /// changed lines that differ only there do not look identical.
    static func visibleTrailingWhitespace(_ line: String) -> String {
        let body = line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        let tail = line.dropFirst(body.count).map { $0 == " " ? "·" : "→" }
        return String(body) + tail.joined()
    }

    static func range(_ start: Int, _ count: Int) -> String {
        let first = count == 0 ? start - 1 : start
        return count == 1 ? "\(first)" : "\(first),\(count)"
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// 1-based line in the old text where this edit sits (the next old line for inserts).
        var oldLine: Int
        /// 1-based line in the new text.
        var newLine: Int
    }

    /// A shortest edit script by longest common subsequence (the texts are small: outputs).
    static func editScript(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count
        let m = b.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldLine: i + 1, newLine: j + 1))
                i += 1
                j += 1
            } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
                edits.append(Edit(kind: .delete, text: a[i], oldLine: i + 1, newLine: j + 1))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, text: b[j], oldLine: i + 1, newLine: j + 1))
                j += 1
            }
        }
        return edits
    }
}
