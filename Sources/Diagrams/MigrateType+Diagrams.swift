import PageAlloc

extension MigrateType {
    /// The CSS class that colours this migratetype in diagrams (`mmd-mt-movable`).
    public var diagramClass: String { "mmd-mt-" + name.lowercased() }

    /// The letter that stands for this migratetype in text maps: U, M, R, H or I.
    public var diagramLetter: Character {
        switch self {
        case .unmovable: "U"
        case .movable: "M"
        case .reclaimable: "R"
        case .highAtomic: "H"
        case .isolate: "I"
        }
    }
}
