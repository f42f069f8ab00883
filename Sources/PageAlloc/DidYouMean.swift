/// The candidate closest to a misspelt name, for "did you mean ...?" hints.
///
/// Compares case-insensitively by Levenshtein distance (insertions, deletions and
/// substitutions of characters, each costing 1). A candidate is offered only when its distance
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

/// The Levenshtein distance between two character sequences.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
