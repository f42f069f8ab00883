extension UInt8 {
    /// The space character.
    static let space = UInt8(ascii: " ")
    /// The tab character.
    static let tab = UInt8(ascii: "\t")

    /// Whether the byte is a space or a tab.
    var isSpaceOrTab: Bool { self == .space || self == .tab }
}
