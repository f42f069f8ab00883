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
        var printed = 0
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
            for (position, edit) in zip(hunk.indices, hunk) {
                printed += 1
                if printed > maxLines {
                    let rest = script[position...].filter { $0.kind != .same }.count
                    return out + "... \(rest) more changed lines not shown (a diff prints at most \(maxLines) lines)\n"
                }
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

    /// The most changes (inserted plus deleted lines) the diff searches for in one region
    /// between equal lines; a region that needs more is printed as all its old lines deleted
    /// and all its new ones inserted. Keeps the search at O((N + M) · maxChanges).
    public static let maxChanges = 2_000
    /// The most lines of hunks a diff prints; the rest are counted in one line.
    public static let maxLines = 2_000

    /// A shortest edit script (Myers' O(ND) algorithm in linear space: the middle snake,
    /// divide and conquer), after trimming the common prefix and suffix; `work` counts the
    /// diagonal steps taken, for tests of its cost.
    static func editScript(_ a: [String], _ b: [String], work: inout Int) -> [Edit] {
        var ids: [String: Int] = [:]
        func id(_ line: String) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        var search = EditSearch(x: a.map(id), y: b.map(id))
        search.diff(0, a.count, 0, b.count)
        work = search.work
        var edits: [Edit] = []
        edits.reserveCapacity(search.kinds.count)
        var i = 0
        var j = 0
        for kind in search.kinds {
            switch kind {
            case .same:
                edits.append(Edit(kind: .same, text: a[i], oldLine: i + 1, newLine: j + 1))
                i += 1
                j += 1
            case .delete:
                edits.append(Edit(kind: .delete, text: a[i], oldLine: i + 1, newLine: j + 1))
                i += 1
            case .insert:
                edits.append(Edit(kind: .insert, text: b[j], oldLine: i + 1, newLine: j + 1))
                j += 1
            }
        }
        return edits
    }

    /// A shortest edit script of `a` to `b`.
    static func editScript(_ a: [String], _ b: [String]) -> [Edit] {
        var work = 0
        return editScript(a, b, work: &work)
    }

    /// Myers' linear-space search over interned lines.
    private struct EditSearch {
        let x: [Int]
        let y: [Int]
        var kinds: [Edit.Kind] = []
        var work = 0

        init(x: [Int], y: [Int]) {
            self.x = x
            self.y = y
        }

        mutating func emit(_ kind: Edit.Kind, _ count: Int) {
            for _ in 0..<count { kinds.append(kind) }
        }

        /// Appends the edits of `x[aLo..<aHi]` to `y[bLo..<bHi]`.
        mutating func diff(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) {
            var (aLo, aHi, bLo, bHi) = (aLo, aHi, bLo, bHi)
            var head = 0
            while aLo < aHi && bLo < bHi && x[aLo] == y[bLo] {
                aLo += 1
                bLo += 1
                head += 1
            }
            var tail = 0
            while aLo < aHi && bLo < bHi && x[aHi - 1] == y[bHi - 1] {
                aHi -= 1
                bHi -= 1
                tail += 1
            }
            work += head + tail
            emit(.same, head)
            if aLo == aHi {
                emit(.insert, bHi - bLo)
            } else if bLo == bHi {
                emit(.delete, aHi - aLo)
            } else if let snake = middleSnake(aLo, aHi, bLo, bHi) {
                diff(aLo, snake.startX, bLo, snake.startY)
                emit(.same, snake.endX - snake.startX)
                diff(snake.endX, aHi, snake.endY, bHi)
            } else {
                emit(.delete, aHi - aLo)
                emit(.insert, bHi - bLo)
            }
            emit(.same, tail)
        }

        /// The middle snake of a shortest path through the region (its first and last
        /// characters differ on both sides), or nil when the path needs more than
        /// `maxChanges` changes.
        mutating func middleSnake(
            _ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int
        ) -> (startX: Int, startY: Int, endX: Int, endY: Int)? {
            let n = aHi - aLo
            let m = bHi - bLo
            let delta = n - m
            let odd = delta & 1 != 0
            let limit = min((n + m + 1) / 2, UnifiedDiff.maxChanges)
            let offset = limit + 1
            var forward = [Int](repeating: 0, count: 2 * limit + 3)
            var backward = [Int](repeating: 0, count: 2 * limit + 3)
            for d in 0...limit {
                for k in stride(from: -d, through: d, by: 2) {
                    var px =
                        k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
                        ? forward[offset + k + 1] : forward[offset + k - 1] + 1
                    var py = px - k
                    let (sx, sy) = (px, py)
                    while px < n && py < m && x[aLo + px] == y[bLo + py] {
                        px += 1
                        py += 1
                    }
                    work += 1 + px - sx
                    forward[offset + k] = px
                    let c = delta - k
                    if odd && c >= -(d - 1) && c <= d - 1 && px + backward[offset + c] >= n {
                        return (aLo + sx, bLo + sy, aLo + px, bLo + py)
                    }
                }
                for k in stride(from: -d, through: d, by: 2) {
                    var px =
                        k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
                        ? backward[offset + k + 1] : backward[offset + k - 1] + 1
                    var py = px - k
                    let (ex, ey) = (px, py)
                    while px < n && py < m && x[aHi - 1 - px] == y[bHi - 1 - py] {
                        px += 1
                        py += 1
                    }
                    work += 1 + px - ex
                    backward[offset + k] = px
                    let c = delta - k
                    if !odd && c >= -d && c <= d && px + forward[offset + c] >= n {
                        return (aLo + n - px, bLo + m - py, aLo + n - ex, bLo + m - ey)
                    }
                }
            }
            return nil
        }
    }
}
