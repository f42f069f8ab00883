import PageAlloc

/// The value of a scenario expression.
enum Value: Sendable, Equatable {
    case int(Int)
    case gfp(GFP)
    /// A page variable, by name.
    case page(String)
    /// A struct page by pfn, as page arithmetic (`p + 3`) and `compound_head()` give them.
    case pfn(Int)
    /// A zone or migratetype name (`Normal`, `Movable`), compared by name.
    case symbol(String)
    case string(String)
}
