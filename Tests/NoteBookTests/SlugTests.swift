import Testing

@testable import NoteBook

/// GitHub-style heading anchors.
@Suite struct SlugTests {
    @Test(arguments: [
        ("Hello World", "hello-world"),
        ("Hello, World!", "hello-world"),
        ("a  b", "a--b"),
        ("foo_bar-baz", "foo_bar-baz"),
        ("C++ & Rust", "c--rust"),
        ("__GFP_MOVABLE", "__gfp_movable"),
        ("alloc_pages() and __free_pages()", "alloc_pages-and-__free_pages"),
        ("1.2.3 Version", "123-version"),
        ("伙伴系统 概述", "伙伴系统-概述"),
        ("ページ割り当て（order）", "ページ割り当てorder"),
        ("Ünïcödé Ärger", "ünïcödé-ärger"),
        ("Party 🎉 time", "party--time"),
    ])
    func slug(_ text: String, _ expected: String) {
        var taken: Set<String> = []
        #expect(Slug.make(text, taken: &taken) == expected)
        #expect(taken == [expected])
    }

    @Test func duplicatesGetNumberedSuffixes() {
        var taken: Set<String> = []
        let slugs = ["Intro", "Intro", "intro", "Intro-1"].map { Slug.make($0, taken: &taken) }
        #expect(slugs == ["intro", "intro-1", "intro-2", "intro-1-1"])
    }

    @Test func textWithNothingKeptBecomesSection() {
        var taken: Set<String> = []
        #expect(["!!!", "???"].map { Slug.make($0, taken: &taken) } == ["section", "section-1"])
    }
}
