import PageAlloc

/// A kernel symbol a catalog entry or a Swift declaration models, and the file of Linux 6.18
/// that defines it.
public struct KernelSymbol: Sendable, Hashable, Codable {
    /// The function, struct, variable or macro name, like `alloc_pages`.
    public var name: String
    /// The kernel source file, like `mm/page_alloc.c`.
    public var file: String

    /// The symbol `name` of `file`.
    public init(_ name: String, _ file: String) {
        self.name = name
        self.file = file
    }
}

/// What an argument of a catalog entry must be; the interpreter evaluates and checks every
/// argument by its kind before the entry's handler runs.
enum ArgumentKind: String, Sendable {
    /// A gfp mask expression.
    case gfp = "GFP"
    /// An order in `0...MAX_PAGE_ORDER`.
    case order = "ORDER"
    /// A node of the machine.
    case node = "NODE"
    /// A page: a variable, `VAR + N`, or a call returning a page; freed pages are allowed.
    case page = "PAGE"
    /// A live page variable, by name.
    case variable = "VAR"
    /// A zone name.
    case zone = "ZONE"
    /// A migratetype name.
    case migratetype = "MIGRATETYPE"
    /// A size in bytes, like `12K`.
    case size = "SIZE"
    /// The word `dirty`.
    case dirty = "dirty"
    /// A CPU of the machine.
    case cpu = "CPU"
    /// The word `all`.
    case all = "all"
    /// A page frame number, which must have a struct page.
    case pfn = "PFN"
    /// A number of pages, at least 1.
    case count = "NR_PAGES"
    /// Any number.
    case number = "N"
}

/// The arguments an entry takes: the required ones, then the optional ones.
struct Signature: Sendable {
    var required: [ArgumentKind]
    var optional: [ArgumentKind] = []

    /// The arities accepted.
    var arity: ClosedRange<Int> { required.count...(required.count + optional.count) }

    /// `(GFP, ORDER)`, `(ZONE[, ORDER])`, `()`.
    var text: String {
        var out = required.map(\.rawValue).joined(separator: ", ")
        for kind in optional { out += out.isEmpty ? "[\(kind.rawValue)" : "[, \(kind.rawValue)" }
        return "(" + out + String(repeating: "]", count: optional.count) + ")"
    }
}

/// An argument evaluated and checked by its kind.
enum Argument: Sendable {
    case gfp(GFP)
    case int(Int)
    /// A page by pfn, and the variable it was named by (`p`, not `p + 1`).
    case page(Int, variable: String?)
    case variable(String, PageVariable)
    case zone(ZoneType)
    case migratetype(MigrateType)
    case flag
}

/// The evaluated arguments of one call, with what the handler needs to know about the call.
struct CallArguments: Sendable {
    /// The entry's name, as written.
    var name: String
    var values: [Argument]
    /// The expressions, for the columns of errors about a particular argument.
    var expressions: [Expression]
    /// The column of the call's name.
    var column: Int
    /// The variable the statement assigns to (`p = ...`).
    var target: String?
    /// Whether the statement is `expect fail CALL`.
    var mustFail: Bool = false

    var count: Int { values.count }
    /// The column of argument `i`.
    func column(_ i: Int) -> Int { expressions[i].column }

    func gfp(_ i: Int) -> GFP {
        guard case .gfp(let mask) = values[i] else { preconditionFailure("argument \(i) of \(name) is no gfp mask") }
        return mask
    }

    func int(_ i: Int) -> Int {
        guard case .int(let value) = values[i] else { preconditionFailure("argument \(i) of \(name) is no number") }
        return value
    }

    func int(_ i: Int, default value: Int) -> Int { i < count ? int(i) : value }

    func pfn(_ i: Int) -> Int {
        switch values[i] {
        case .page(let pfn, _): return pfn
        case .variable(_, let variable): return variable.pfn
        default: preconditionFailure("argument \(i) of \(name) is no page")
        }
    }

    /// The variable argument `i` names, if it is a bare variable.
    func variableName(_ i: Int) -> String? {
        switch values[i] {
        case .page(_, let variable): return variable
        case .variable(let name, _): return name
        default: return nil
        }
    }

    func variable(_ i: Int) -> PageVariable {
        guard case .variable(_, let variable) = values[i] else {
            preconditionFailure("argument \(i) of \(name) is no variable")
        }
        return variable
    }

    func zone(_ i: Int) -> ZoneType {
        guard case .zone(let type) = values[i] else { preconditionFailure("argument \(i) of \(name) is no zone") }
        return type
    }

    func migratetype(_ i: Int) -> MigrateType {
        guard case .migratetype(let type) = values[i] else {
            preconditionFailure("argument \(i) of \(name) is no migratetype")
        }
        return type
    }
}

/// A kernel call a statement may make: `[VAR =] NAME(ARGS)`.
struct CallEntry: Sendable {
    var name: String
    var signature: Signature
    /// The kernel function it models.
    var models: KernelSymbol
    /// One line for the language reference.
    var doc: String
    /// Whether `expect fail NAME(...)` may name it: an allocation.
    var allocates = false
    /// Runs the call on the session's machine, in place.
    var handler: @Sendable (inout ScenarioSession, CallArguments) throws(ScenarioFailure) -> Void
}

/// A function an expression may call: `nr_free(Normal)`.
struct FunctionEntry: Sendable {
    var name: String
    var signature: Signature
    var models: KernelSymbol
    var doc: String
    /// Computes the value from the machine, which it only reads.
    var evaluate: @Sendable (Machine, CallArguments) -> Value
}

/// A view `show NAME [ARGS]` prints.
struct ViewEntry: Sendable {
    var name: String
    var signature: Signature
    /// The kernel function that prints the file or report the view reproduces.
    var models: KernelSymbol
    var doc: String
    /// Whether the view needs a booted machine.
    var needsMachine = true
    var handler: @Sendable (inout ScenarioSession, CallArguments) throws(ScenarioFailure) -> Void
}

/// A field of a page variable: `p.pfn`.
struct PageFieldEntry: Sendable {
    var name: String
    var models: KernelSymbol
    var doc: String
    var evaluate: @Sendable (Machine, PageVariable) -> Value
}

/// An option of `boot`.
struct BootOptionEntry: Sendable {
    var name: String
    /// What the value is, like `SIZE`.
    var value: String
    var models: KernelSymbol
    var doc: String
}

/// Everything the scenario language understands beyond its statement keywords, in one place:
/// the parser's names, the did-you-mean candidates, the arity and type checks, the handlers
/// and the reference table of notes/scenario-language.md all come from here.
enum Catalog {
    /// The statement keywords, which the grammar itself handles.
    static let keywords = ["boot", "sysctl", "cpu", "trace", "show", "expect", "workload", "fill", "repeat"]
    /// Kinds of `workload`: simulation drivers, not kernel functions.
    static let workloadKinds = ["churn"]

    static let callsByName = Dictionary(uniqueKeysWithValues: calls.map { ($0.name, $0) })
    static let functionsByName = Dictionary(uniqueKeysWithValues: functions.map { ($0.name, $0) })
    static let viewsByName = Dictionary(uniqueKeysWithValues: views.map { ($0.name, $0) })
    static let sysctlsByName = Dictionary(uniqueKeysWithValues: sysctls.map { ($0.name, $0) })
    static let pageFieldsByName = Dictionary(uniqueKeysWithValues: pageFields.map { ($0.name, $0) })

    /// The names a statement may start with, for did-you-mean.
    static var statementNames: [String] { keywords + calls.map(\.name) }

    /// Every kernel symbol an entry maps to.
    static var symbols: [(entry: String, symbol: KernelSymbol)] {
        calls.map { ("call \($0.name)", $0.models) } + functions.map { ("function \($0.name)", $0.models) }
            + views.map { ("show \($0.name)", $0.models) } + sysctls.map { ("sysctl \($0.name)", $0.models) }
            + bootOptions.map { ("boot \($0.name)=", $0.models) } + pageFields.map { ("field .\($0.name)", $0.models) }
    }
}
