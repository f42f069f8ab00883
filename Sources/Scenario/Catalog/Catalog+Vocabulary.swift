/// The scenario language's words, for tools outside the interpreter such as the site's
/// highlighter: taken from the catalog, so a new statement or view is highlighted by itself.
public enum ScenarioVocabulary {
    /// The statement keywords (`boot`, `show`, `expect`, ...).
    public static var keywords: [String] { Catalog.keywords + Catalog.workloadKinds }
    /// The kernel calls a statement may make (`alloc_pages`, `free_pages`, ...).
    public static var calls: [String] { Catalog.calls.map(\.name) }
    /// The views `show` knows (`buddyinfo`, `free_area`, ...).
    public static var views: [String] { Catalog.views.map(\.name) }
}
