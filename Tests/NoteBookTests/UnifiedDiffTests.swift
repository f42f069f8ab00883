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
