/// The stable identifier of every diagnostic mmbook reports, for tests, tools and
/// `mmbook check --format json`. The raw value is the identifier as printed.
public enum DiagnosticID: String, Sendable, Codable, CaseIterable {
    // MARK: lexing and parsing
    /// A number that is neither decimal, `0x` hex nor a size like `64M`, or does not fit.
    case malformedNumber = "malformed-number"
    /// A `"` without its closing quote.
    case unterminatedString = "unterminated-string"
    /// A character that starts no token.
    case unexpectedCharacter = "unexpected-character"
    /// Tokens left after a complete statement.
    case unexpectedToken = "unexpected-token"
    /// A line that starts with no statement keyword or name.
    case expectedStatement = "expected-statement"
    /// A statement keyword or kernel call the language does not know.
    case unknownStatement = "unknown-statement"
    /// A missing punctuation mark, like the `)` closing a call.
    case expectedSymbol = "expected-symbol"
    /// A missing name, like the sysctl after `sysctl`.
    case expectedName = "expected-name"
    /// A missing value or operand.
    case expectedExpression = "expected-expression"
    /// `fill ZONE` without `until`.
    case expectedUntil = "expected-until"
    /// `trace` or `thp=` without `on` or `off`.
    case expectedOnOff = "expected-on-off"
    /// `expect` without a comparison.
    case expectedComparison = "expected-comparison"
    /// An assignment or `expect fail` whose right side is not a kernel call.
    case expectedCall = "expected-call"
    /// An expression nested deeper than the parser follows.
    case expressionTooDeep = "expression-too-deep"
    // MARK: names
    /// A kernel call the catalog does not list.
    case unknownCall = "unknown-call"
    /// A function in an expression the catalog does not list.
    case unknownFunction = "unknown-function"
    /// A `show` view the catalog does not list.
    case unknownView = "unknown-view"
    /// A sysctl the catalog does not list.
    case unknownSysctl = "unknown-sysctl"
    /// A boot option the catalog does not list.
    case unknownBootOption = "unknown-boot-option"
    /// A workload kind the catalog does not list.
    case unknownWorkload = "unknown-workload"
    /// An option of `workload` or `fill` the statement does not take.
    case unknownOption = "unknown-option"
    /// A page field the catalog does not list.
    case unknownField = "unknown-field"
    /// A `GFP`-like name that is no gfp flag.
    case unknownGFPFlag = "unknown-gfp-flag"
    /// A name that is no variable, zone, migratetype or flag.
    case unknownName = "unknown-name"
    /// A variable never assigned.
    case undefinedVariable = "undefined-variable"
    // MARK: types and values
    /// A call with the wrong number of arguments.
    case wrongArgumentCount = "wrong-argument-count"
    /// An operator applied to values it cannot combine.
    case typeMismatch = "type-mismatch"
    /// Arithmetic whose result does not fit a 64-bit `long`, a division by zero or a shift
    /// by a negative or too large count.
    case arithmeticOverflow = "arithmetic-overflow"
    /// A number was expected.
    case expectedNumber = "expected-number"
    /// A quoted string was expected.
    case expectedString = "expected-string"
    /// A gfp mask was expected.
    case expectedGFP = "expected-gfp"
    /// A zone name was expected.
    case expectedZone = "expected-zone"
    /// A migratetype name was expected.
    case expectedMigratetype = "expected-migratetype"
    /// A page was expected.
    case expectedPage = "expected-page"
    /// A page variable was expected.
    case expectedVariable = "expected-variable"
    /// `filemap_add_folio(p, X)` with X other than `dirty`.
    case expectedDirty = "expected-dirty"
    /// A view or call option word other than the one it takes (`show pcp all`).
    case expectedWord = "expected-word"
    /// `repeat N` with N outside `1...Interpreter.maxRepeat`, or a loop body past the bound.
    case badRepeat = "bad-repeat"
    /// A `{` without its `}`, or a `}` without its `{`.
    case unbalancedBlock = "unbalanced-block"
    /// A kernel call the current state of the model cannot perform (a range not isolated,
    /// a restore without its save).
    case badCallState = "bad-call-state"
    /// A path was expected.
    case expectedPath = "expected-path"
    /// `expect fail` on something that is not an allocation.
    case expectedAllocation = "expected-allocation"
    /// An order outside `0...MAX_PAGE_ORDER`.
    case badOrder = "bad-order"
    /// A gfp mask whose zone modifiers `gfp_zone()` rejects.
    case badGFPZone = "bad-gfp-zone"
    /// A node the machine does not have.
    case badNode = "bad-node"
    /// A CPU the machine does not have.
    case badCPU = "bad-cpu"
    /// A pfn with no struct page in any zone.
    case badPfn = "bad-pfn"
    /// A watermark name other than min, low or high.
    case badWatermark = "bad-watermark"
    /// A sysctl value outside the bounds the kernel's handler enforces.
    case sysctlOutOfRange = "sysctl-out-of-range"
    /// A sysctl value the kernel's handler rejects for another reason.
    case badSysctlValue = "bad-sysctl-value"
    /// A boot option value out of range.
    case badBootOption = "bad-boot-option"
    /// `boot` without a memory size or zone list.
    case missingBootOption = "missing-boot-option"
    /// A malformed `zones=` list.
    case badZones = "bad-zones"
    /// A malformed `mix=` list.
    case badMix = "bad-mix"
    /// Workload options out of range.
    case badWorkload = "bad-workload"
    /// A machine wider than the model's size limit, however it is made.
    case machineTooLarge = "machine-too-large"
    /// A block longer than the language's limit.
    case blockTooLong = "block-too-long"
    /// A block that prints more than the output limit.
    case outputTooLong = "output-too-long"
    /// A `zoneinfo=` path outside the notes folder, or not a regular file, or too large.
    case fileNotAllowed = "file-not-allowed"
    /// A file that cannot be read.
    case unreadableFile = "unreadable-file"
    /// A file that is not a /proc/zoneinfo.
    case badZoneinfo = "bad-zoneinfo"
    // MARK: the simulation
    /// A statement that needs a machine before `boot`.
    case noMachine = "no-machine"
    /// A zone with no memory on the current node.
    case emptyZone = "empty-zone"
    /// A freed variable used again.
    case useAfterFree = "use-after-free"
    /// `free_huge_folio` on a variable that is not a hugetlb folio.
    case notHugetlb = "not-hugetlb"
    /// `filemap_add_folio` on pages the page cache cannot take.
    case notCacheable = "not-cacheable"
    /// An `expect` that does not hold.
    case expectationFailed = "expectation-failed"
    /// A simulated kernel bug report no `expect warning` claimed.
    case kernelBug = "kernel-bug"
    /// The simulation broke its own invariants (a bug in mmbook).
    case modelInvariant = "model-invariant"
    // MARK: the book
    /// A book without `SUMMARY.md`.
    case missingSummary = "missing-summary"
    /// A chapter `SUMMARY.md` links to that does not exist.
    case missingChapter = "missing-chapter"
    /// A chapter listed twice.
    case duplicateChapter = "duplicate-chapter"
    /// A chapter whose path leads outside the notes folder (absolute, `..`, or a symlink).
    case chapterOutsideNotes = "chapter-outside-notes"
    /// A note `bless` refuses to rewrite (read-only, hard-linked, an unclosed fence, or an
    /// edit after which the note would not parse).
    case cannotBless = "cannot-bless"
    /// An output block with no scenario block above it.
    case orphanOutput = "orphan-output"
    /// A note over the Markdown limits: too large, or nested too deep.
    case noteTooLarge = "note-too-large"
    /// A page that keeps more named machines than the limit.
    case tooManyMachines = "too-many-machines"
    /// A scenario block option mmbook does not know.
    case unknownScenarioOption = "unknown-scenario-option"
    /// A `book.yml` that is not valid YAML or has a key or value mmbook does not know.
    case invalidBookConfig = "invalid-book-config"
    /// A chapter's YAML front matter that is not valid YAML or has a key mmbook does not know.
    case invalidFrontMatter = "invalid-front-matter"
    /// A link of the rendered site whose page or `#anchor` does not exist.
    case brokenLink = "broken-link"
}
