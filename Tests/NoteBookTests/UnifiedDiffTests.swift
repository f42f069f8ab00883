import Testing

@testable import NoteBook

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.make(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y") == "")
    }

    @Test func oneChangedLineWithContext() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n"
        let new = "1\n2\n3\n4\nFIVE\n6\n7\n8\n"
        #expect(
            UnifiedDiff.make(old: old, new: new, oldName: "recorded", newName: "simulated") == """
                --- recorded
                +++ simulated
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +FIVE
                 6
                 7
                 8

                """)
    }

    @Test func insertionIntoEmpty() {
        #expect(
            UnifiedDiff.make(old: "", new: "a\n", oldName: "o", newName: "n") == "--- o\n+++ n\n@@ -0,0 +1 @@\n+a\n")
    }

    @Test func farApartChangesMakeTwoHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "\n2\n", with: "\nTWO\n").replacingOccurrences(
            of: "\n19\n", with: "\nNINETEEN\n")
        let diff = UnifiedDiff.make(old: old, new: new, oldName: "o", newName: "n")
        #expect(diff.components(separatedBy: "\n@@ ").count == 3)
        #expect(diff.contains("@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n"))
        #expect(diff.contains("@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+NINETEEN\n 20\n"))
    }

    /// A buddyinfo line that lost its trailing space shows a marker, not two identical lines.
    @Test func trailingWhitespaceOfChangedLinesIsVisible() {
        let diff = UnifiedDiff.make(old: "same \nzone 1 2\n", new: "same \nzone 1 2 \t\n", oldName: "o", newName: "n")
        #expect(diff == "--- o\n+++ n\n@@ -1,2 +1,2 @@\n same \n-zone 1 2\n+zone 1 2·→\n")
    }
}

/// Issue 13, item 12: the diff is Myers' linear-space search after trimming the common prefix
/// and suffix (the full LCS table of a 20,000-line output took 3.2 GB), shortest, and bounded.
@Suite struct LinearDiffTests {
    /// The length of a longest common subsequence, by the quadratic table (small inputs only).
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    /// Random small texts: the script turns `a` into `b` and is as short as the LCS allows.
    @Test func scriptsAreValidAndShortest() {
        var state: UInt64 = 13
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let a = (0..<next(12)).map { _ in String(next(4)) }
            let b = (0..<next(12)).map { _ in String(next(4)) }
            let script = UnifiedDiff.editScript(a, b)
            #expect(script.filter { $0.kind != .insert }.map(\.text) == a)
            #expect(script.filter { $0.kind != .delete }.map(\.text) == b)
            #expect(script.filter { $0.kind != .same }.count == a.count + b.count - 2 * Self.lcsLength(a, b))
        }
    }

    /// One changed line in 20,000: linear work, where the LCS table filled 4 × 10^8 cells.
    @Test func oneChangeInALongOutputIsLinear() {
        let a = (0..<20_000).map { "line \($0)" }
        var b = a
        b[12_345] = "changed"
        var work = 0
        let script = UnifiedDiff.editScript(a, b, work: &work)
        #expect(script.filter { $0.kind != .same }.count == 2)
        #expect(work < 3 * a.count)
    }

    /// Wholly different texts: the search stops at `maxChanges` and prints a replacement,
    /// and the printed diff stops at `maxLines`.
    @Test func largeDiffsAreBounded() {
        let a = (0..<5_000).map { "old \($0)" }
        let b = (0..<5_000).map { "new \($0)" }
        var work = 0
        let script = UnifiedDiff.editScript(a, b, work: &work)
        #expect(script.count == 10_000)
        #expect(work < 4 * UnifiedDiff.maxChanges * (a.count + b.count))
        let diff = UnifiedDiff.make(
            old: a.joined(separator: "\n") + "\n", new: b.joined(separator: "\n") + "\n", oldName: "o", newName: "n")
        #expect(diff.split(separator: "\n").count <= UnifiedDiff.maxLines + 4)
        #expect(diff.hasSuffix("more changed lines not shown (a diff prints at most \(UnifiedDiff.maxLines) lines)\n"))
    }
}
