import Foundation
import Glibc
import PageAlloc

/// The interpreter's constants; the names it knows are in `Catalog`.
enum Interpreter {
    /// The largest count of one `repeat`.
    static let maxRepeat = 100_000
    /// The most statements one block may run, loops unrolled: a bound on nested repeats.
    static let maxStatementsPerBlock = 1_000_000
    /// The simulated time every statement takes, in jiffies (one tick, 4 ms at HZ=250):
    /// `machine.jiffies` advances by it before each statement runs, loops unrolled, so 2500
    /// statements make the 10 seconds of `warn_alloc()`'s rate limit.
    /// `schedule_timeout_uninterruptible(N)` advances it by N more.
    static let jiffiesPerStatement = 1
    /// The longest sleep a scenario may ask for, in jiffies: one hour.
    static let maxSleepJiffies = 3600 * Kernel.hz
}

extension ScenarioSession {
    mutating func execute(_ statement: Statement) throws(ScenarioFailure) {
        if machine != nil { m.jiffies += Interpreter.jiffiesPerStatement }
        switch statement.kind {
        case .boot(let options):
            try boot(options, column: statement.column)
        case .sysctl(let name, let value):
            try sysctl(name, value, column: statement.operandColumn)
        case .cpu(let expression):
            try requireBooted(statement.column)
            let cpu = try int(expression)
            guard cpu >= 0 && cpu < m.cpuCount else {
                throw ScenarioFailure(
                    column: expression.column, id: .badCPU,
                    message: "no CPU \(cpu): the machine has CPUs 0-\(m.cpuCount - 1)")
            }
            m.currentCPU = cpu
        case .trace(let on):
            try requireBooted(statement.column)
            m.tracing = on
        case .show(let view, let arguments):
            try show(view, arguments, column: statement.operandColumn)
        case .expect(let lhs, let op, let rhs):
            try expect(lhs, op, rhs)
        case .expectFail(let call):
            try perform(call, assignTo: nil, mustFail: true)
        case .expectWarningLater(let text, let column):
            guard !previousReports.contains(where: { $0.contains(text) }) else { return }
            pendingWarnings.append(PendingWarning(text: text, lineIndex: statement.lineIndex, column: column))
        case .repeatStart, .blockEnd:
            break
        case .expectWarning(let text, let column):
            guard previousReports.contains(where: { $0.contains(text) }) else {
                throw ScenarioFailure(
                    column: column, id: .expectationFailed,
                    message:
                        "expectation failed: the previous statement printed no kernel report containing \"\(text)\"")
            }
        case .workload(let kind, let options):
            try workload(kind, options, column: statement.operandColumn)
        case .fill(let zone, let watermark, let options):
            try fill(zone, until: watermark, options, column: statement.column)
        case .call(let target, let call):
            try perform(call, assignTo: target)
        }
    }

    func requireMachine(_ column: Int) throws(ScenarioFailure) -> Machine {
        guard let machine else {
            throw ScenarioFailure(
                column: column, id: .noMachine, message: "no machine yet: start with 'boot mem=SIZE'")
        }
        return machine
    }

    /// Throws unless a machine is booted; handlers then reach it through `m`.
    func requireBooted(_ column: Int) throws(ScenarioFailure) {
        _ = try requireMachine(column)
    }

    /// The booted machine, mutated in place: `_modify` yields the stored value itself, so a
    /// handler's write never meets a second reference and never copies an array of the
    /// memmap. Only handlers that called `requireBooted` use it.
    var m: Machine {
        get { machine! }
        _modify { yield &machine! }
    }

    /// Prints the tracepoints the last statement fired, in ftrace's line format, and the kernel
    /// messages it logged, before what the statement itself printed (which starts at UTF-8
    /// offset `mark` of the output); remembers the messages for `expect warning`.
    mutating func flushTrace(before mark: Int) {
        collectReports()
        let reports = heldReports
        let suppressed = suppressedReportLines
        heldReports = []
        heldReportLines = 0
        suppressedReportLines = 0
        guard let trace = machine?.trace, let comm = machine?.comm, let pid = machine?.pid else { return }
        var lines: [String] = []
        for record in trace {
            traceClock += 1000
            lines.append(
                record.ftraceLine(
                    comm: comm, pid: pid,
                    timestampNanoseconds: traceClock))
        }
        machine?.clearTrace()
        previousReports = reports.map { $0.lines.joined(separator: "\n") }
        unclaimedBugs = reports.filter(\.isBug) + (suppressedBug.map { [$0] } ?? [])
        suppressedBug = nil
        for report in reports { lines += report.lines }
        if suppressed > 0 {
            lines.append(
                "mmbook: \(suppressed) more kernel log lines of this statement not shown "
                    + "(at most \(Limits.reportLinesPerStatement) per statement)")
        }
        guard !lines.isEmpty else { return }
        let index = output.utf8.index(output.utf8.startIndex, offsetBy: mark)
        output.insert(contentsOf: lines.map { $0 + "\n" }.joined(), at: index)
        // Diagrams drawn by this statement moved down by the inserted lines.
        let markLine = output.utf8.prefix(mark).filter { $0 == UInt8(ascii: "\n") }.count
        for i in figures.indices where figures[i].outputLines.lowerBound >= markLine {
            figures[i].outputLines =
                (figures[i].outputLines.lowerBound + lines.count)..<(figures[i].outputLines.upperBound + lines.count)
        }
    }

    /// Moves the kernel reports the machine logged into `heldReports`, keeping at most
    /// `Limits.reportLinesPerStatement` lines per statement and counting the rest, so that a
    /// statement failing millions of allocations holds a bounded log. Statements that loop
    /// call it as they go.
    mutating func collectReports() {
        guard let reports = machine?.reports, !reports.isEmpty else { return }
        machine?.clearReports()
        for report in reports {
            if heldReportLines + report.lines.count <= Limits.reportLinesPerStatement {
                heldReports.append(report)
                heldReportLines += report.lines.count
            } else {
                suppressedReportLines += report.lines.count
                if report.isBug && suppressedBug == nil { suppressedBug = report }
            }
        }
    }

    /// Throws when the block's output, with the tracepoints waiting to be printed, is over
    /// `Limits.outputBytesPerBlock`; `traceLineBytes` estimates one ftrace line.
    func checkOutputSize(column: Int) throws(ScenarioFailure) {
        let traceLineBytes = 100
        let pending = (machine?.trace.count ?? 0) * traceLineBytes
        guard output.utf8.count + pending > Limits.outputBytesPerBlock else { return }
        throw ScenarioFailure(
            column: column, id: .outputTooLong,
            message: "output too long: a block prints at most \(Limits.describe(bytes: Limits.outputBytesPerBlock))")
    }

    // MARK: boot

    mutating func boot(_ options: [Statement.Option], column: Int) throws(ScenarioFailure) {
        var memory: Int?
        var nodes = 1
        var cpus = 1
        var thp = true
        var zones: [(type: ZoneType, pages: Int)]?
        var zoneinfoLayout: MachineLayout?
        var kernelcore: Int?
        var movablecore: Int?
        var config = KernelConfig()
        for option in options {
            switch option.key {
            case "kernelcore": kernelcore = try int(option.value)
            case "movablecore": movablecore = try int(option.value)
            case "mem": memory = try int(option.value)
            case "nodes": nodes = try int(option.value)
            case "cpus": cpus = try int(option.value)
            case "thp": thp = try onOff(option)
            case "debug_vm": config.debugVM = try onOff(option)
            case "init_on_alloc": config.initOnAlloc = try kstrtobool(option)
            case "init_on_free": config.initOnFree = try kstrtobool(option)
            case "cpu_cache":
                let size = try int(option.value)
                guard (0...(1 << 30)).contains(size) else {
                    throw ScenarioFailure(
                        column: option.value.column, id: .badBootOption, message: "cpu_cache= must be 0 to 1G")
                }
                config.perCPUDataSliceSize = size
            case "zones":
                guard case .string(let text, _) = option.value else {
                    throw ScenarioFailure(
                        column: option.value.column, id: .expectedString,
                        message: "zones= takes a quoted list like \"DMA32:64M Normal:1G\"")
                }
                zones = try parseZones(text, column: option.value.column)
            case "zoneinfo":
                zoneinfoLayout = try readZoneinfo(option.value)
            default:
                throw ScenarioFailure(
                    column: option.column, id: .unknownBootOption,
                    message: "unknown boot option '\(option.key)'"
                ).suggesting(option.key, among: Catalog.bootOptions.map(\.name))
            }
        }
        guard (1...Limits.maxNodes).contains(nodes) else {
            throw ScenarioFailure(
                column: column, id: .badBootOption,
                message: "nodes= must be 1 to \(Limits.maxNodes) (the model's per-page zone index is one byte)")
        }
        guard (1...Limits.maxCPUs).contains(cpus) else {
            throw ScenarioFailure(
                column: column, id: .badBootOption, message: "cpus= must be 1 to \(Limits.maxCPUs)")
        }
        let layout: MachineLayout
        if let zoneinfoLayout {
            layout = zoneinfoLayout
            guard layout.nodeCount <= Limits.maxNodes, layout.cpuNodes.count <= Limits.maxCPUs else {
                throw ScenarioFailure(
                    column: column, id: .badBootOption,
                    message: "the zoneinfo's machine has \(layout.nodeCount) nodes and \(layout.cpuNodes.count) CPUs; "
                        + "the model takes 1 to \(Limits.maxNodes) nodes and 1 to \(Limits.maxCPUs) CPUs")
            }
        } else if let zones {
            layout = .contiguous(zones: zones, cpus: cpus)
        } else if let memory {
            guard memory >= 4 << 20 else {
                throw ScenarioFailure(column: column, id: .badBootOption, message: MachineLayout.memoryRangeMessage)
            }
            guard memory <= Limits.maxMemoryBytes else {
                throw ScenarioFailure(
                    column: column, id: .machineTooLarge,
                    message: "machine too large: " + MachineLayout.memoryRangeMessage)
            }
            layout = .x86(
                memoryBytes: memory, nodes: nodes, cpus: cpus, kernelcore: kernelcore, movablecore: movablecore)
        } else {
            throw ScenarioFailure(
                column: column, id: .missingBootOption, message: "boot needs mem=SIZE or zones=\"...\"")
        }
        if let problem = layout.sizeLimitProblem {
            throw ScenarioFailure(column: column, id: .machineTooLarge, message: "machine too large: " + problem)
        }
        // The old machine goes before the new one is built: one machine's memory at a time.
        machine = nil
        machine = Machine(layout: layout, thp: thp, config: config)
        machine?.tracing = traceEveryMachine
        machine?.collectingEnteredFunctions = true
        variables = [:]
        savedScopes = [:]
        traceClock = ScenarioSession.traceClockStart
    }

    /// The value of a boot option that takes `on` or `off`.
    func onOff(_ option: Statement.Option) throws(ScenarioFailure) -> Bool {
        guard case .name(let word, _) = option.value, word == "on" || word == "off" else {
            throw ScenarioFailure(
                column: option.value.column, id: .expectedOnOff, message: "\(option.key)= takes 'on' or 'off'")
        }
        return word == "on"
    }

    /// The value of a boolean kernel command-line option: 0 or 1, on or off.
    ///
    /// Models: `kstrtobool()` (lib/kstrtox.c) as `early_init_on_alloc()` and
    /// `early_init_on_free()` call it (mm/mm_init.c:2511-2524), for the spellings notes use
    /// (the kernel also takes y/n and t/f).
    func kstrtobool(_ option: Statement.Option) throws(ScenarioFailure) -> Bool {
        switch option.value {
        case .number(0, _), .name("off", _): return false
        case .number(1, _), .name("on", _): return true
        default:
            throw ScenarioFailure(
                column: option.value.column, id: .expectedOnOff, message: "\(option.key)= takes 0, 1, on or off")
        }
    }

    /// Reads a real /proc/zoneinfo, relative to the note's folder, into a layout.
    mutating func readZoneinfo(_ value: Expression) throws(ScenarioFailure) -> MachineLayout {
        func dotted(_ e: Expression) -> String? {
            switch e {
            case .name(let text, _): text
            case .member(let base, let field, _): dotted(base).map { $0 + "." + field }
            default: nil
            }
        }
        let path: String
        if case .string(let text, _) = value {
            path = text
        } else if let text = dotted(value) {
            path = text
        } else {
            throw ScenarioFailure(
                column: value.column, id: .expectedPath, message: "zoneinfo= takes a path like \"machine/zoneinfo\"")
        }
        let full = path.hasPrefix("/") ? path : source.directory + "/" + path
        try checkReadable(full, named: path, column: value.column)
        guard let data = readDependency(atPath: full, limit: Limits.zoneinfoBytes) else {
            throw ScenarioFailure(
                column: value.column, id: .unreadableFile, message: "cannot read '\(path)' (looked for \(full))")
        }
        do {
            return try MachineLayout.fromZoneinfo(String(decoding: data, as: UTF8.self))
        } catch {
            throw ScenarioFailure(
                column: value.column, id: .badZoneinfo, message: "'\(path)' is not a /proc/zoneinfo file",
                notes: ["\(path):\(error.line):\(error.column): \(error.summary)"])
        }
    }

    /// Refuses a file a block may not read: one outside `source.fileRoot` once `..` and
    /// symlinks are resolved, one that is not a regular file (a device, a FIFO, /proc's
    /// endless files), or one larger than `Limits.zoneinfoBytes`. A file that does not exist
    /// passes, for the caller's "cannot read".
    func checkReadable(_ full: String, named path: String, column: Int) throws(ScenarioFailure) {
        guard let real = ScenarioSession.realPath(full) else { return }
        if let root = source.fileRoot, let realRoot = ScenarioSession.realPath(root) {
            guard real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
                throw ScenarioFailure(
                    column: column, id: .fileNotAllowed,
                    message: "'\(path)' is outside the notes folder (\(realRoot)): a block reads files inside it "
                        + "only; `mmbook run --allow-outside-files` lifts this for a script")
            }
        }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw ScenarioFailure(
                column: column, id: .fileNotAllowed, message: "'\(path)' is not a regular file")
        }
        guard Int(info.st_size) <= Limits.zoneinfoBytes else {
            throw ScenarioFailure(
                column: column, id: .fileNotAllowed,
                message: "'\(path)' is \(Limits.describe(bytes: Int(info.st_size))); a block reads files of at most "
                    + Limits.describe(bytes: Limits.zoneinfoBytes))
        }
    }

    /// `path` with `..` and every symlink resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { Glibc.free(resolved) }
        return String(cString: resolved)
    }

    /// Prints a diagram's text fallback and records the diagram for the site.
    mutating func draw(_ kind: Figure.Kind, on m: Machine) {
        let first = output.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        var figure = Figure(kind: kind, machine: m, outputLines: first..<first)
        var text = figure.text
        if !text.hasSuffix("\n") { text += "\n" }
        output += text
        figure.outputLines = first..<(first + text.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        figures.append(figure)
    }

    /// Reads `zones="TYPE:SIZE ..."`, whose string starts at `column`: each zone once, in the
    /// kernel's zone order (DMA, DMA32, Normal, Movable), each located at its own characters.
    func parseZones(_ text: String, column: Int) throws(ScenarioFailure) -> [(type: ZoneType, pages: Int)] {
        var zones: [(type: ZoneType, pages: Int)] = []
        var offset = 1  // the opening quote
        for item in text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { offset += item.count + 1 }
            guard !item.isEmpty else { continue }
            let itemColumn = column + offset
            let parts = item.split(separator: ":")
            guard parts.count == 2, let type = ZoneType(name: String(parts[0])), type != .device,
                let bytes = Lexer.parseNumber(String(parts[1])), bytes > 0, bytes % (4 << 20) == 0
            else {
                throw ScenarioFailure(
                    column: itemColumn, id: .badZones,
                    message: "bad zone '\(item)': expected NAME:SIZE with SIZE a multiple of 4M, like Normal:1G",
                    length: item.count)
            }
            if let previous = zones.last?.type, type <= previous {
                throw ScenarioFailure(
                    column: itemColumn, id: .badZones,
                    message: type == previous
                        ? "zone \(type.name) is listed twice: each zone type once"
                        : "zone \(type.name) must come before zone \(previous.name) (DMA, DMA32, Normal, Movable)",
                    length: item.count)
            }
            zones.append((type, bytes >> Kernel.pageShift))
        }
        return zones
    }

    // MARK: views

    /// `show VIEW [ARGS]`, through the catalog's views.
    mutating func show(_ view: String, _ expressions: [Expression], column: Int) throws(ScenarioFailure) {
        guard let entry = Catalog.viewsByName[view] else {
            throw ScenarioFailure(column: column, id: .unknownView, message: "unknown view '\(view)'").suggesting(
                view, among: Catalog.views.map(\.name))
        }
        if entry.needsMachine { try requireBooted(column) }
        try entry.handler(&self, try arguments("show \(view)", entry.signature, expressions, column: column))
    }
}
