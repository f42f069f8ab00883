/// The candidate closest to a misspelt name, for "did you mean ...?" hints.
///
/// Compares case-insensitively by edit distance (insertions, deletions, substitutions and
/// swaps of adjacent characters, each costing 1). A candidate is offered only when its distance
/// is at most a third of the query's length (at least 1), so that `GFP_KERNAL` suggests
/// `GFP_KERNEL` and `gfp_kernel` suggests `GFP_KERNEL`, but `FOO` suggests nothing. On a tie
/// the candidate listed first wins.
///
/// - Parameters:
///   - query: the name that was not found.
///   - candidates: the names that exist, in order of preference.
/// - Returns: the closest candidate, spelt as in `candidates`, or nil if none is close enough.
public func closestMatch(to query: String, in candidates: [String]) -> String? {
    let needle = Array(query.lowercased())
    guard !needle.isEmpty else { return nil }
    let threshold = max(1, needle.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(needle, Array(candidate.lowercased()))
        if distance <= threshold, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.name
}

/// The optimal-string-alignment distance between two character sequences: insertions,
/// deletions, substitutions and swaps of two adjacent characters (the commonest typo, `shwo`
/// for `show`) each cost 1.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
            }
        }
    }
    return table[a.count][b.count]
}
