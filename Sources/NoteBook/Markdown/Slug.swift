/// GitHub-style heading anchors.
public enum Slug {
    /// The anchor GitHub would give a heading with this text, made unique against `taken`
    /// (which it joins): lowercased; letters, marks, digits (CJK included), `_` and `-` kept;
    /// each space turned into `-`; all else dropped; a repeat gets `-1`, `-2`, ... A text with
    /// nothing left becomes `section`.
    public static func make(_ text: String, taken: inout Set<String>) -> String {
        var base = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                base += "-"
            } else if scalar == "-" || isKept(scalar.properties.generalCategory) {
                base.unicodeScalars.append(scalar)
            }
        }
        if base.isEmpty {
            base = "section"
        }
        var slug = base
        var counter = 0
        while taken.contains(slug) {
            counter += 1
            slug = "\(base)-\(counter)"
        }
        taken.insert(slug)
        return slug
    }

    /// Letters, marks, numbers and connector punctuation (`_`): the classes GitHub keeps.
    private static func isKept(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation:
            true
        default:
            false
        }
    }
}
