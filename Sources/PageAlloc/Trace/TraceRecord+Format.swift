extension TraceRecord {
    /// `TASK_COMM_LEN - 1`: the longest task name the tracer stores.
    static let maxCommBytes = 15

    /// The record as one line of /sys/kernel/tracing/trace or trace_pipe, without the newline.
    ///
    /// Models: `trace_print_context()` (kernel/trace/trace_output.c) with the default trace
    /// options, followed by the event name and its `TP_printk()` text (`printkText`):
    /// `"%16s-%-7d [%03d] %s %5lu.%06lu: %s: %s"` of comm, pid, CPU, the irq/preempt field,
    /// seconds, microseconds, event name and fields. The seconds and microseconds come from the
    /// timestamp rounded to the nearest microsecond, as `ns2usecs()` does.
    ///
    /// The irq/preempt field is `trace_print_lat_fmt()`'s five columns (the `irq-info` option
    /// is on by default, kernel/trace/trace.c:519, and printed at
    /// kernel/trace/trace_output.c:650-651): see `TraceContext.latencyField`.
    /// Leaves out the `(tgid)` column of the `record-tgid` option (off by default). `comm` is cut
    /// to 15 bytes like a kernel task name. An event kswapd fired is printed with kswapd's name
    /// and pid (`kswapd0-` and `kswapdPid`) instead of `comm` and `pid`, and one the vmstat
    /// worker fired with the worker's (`kworker/0:1-` and `kworkerPid`).
    ///
    /// - Parameters:
    ///   - comm: the scenario task's name, e.g. `bash` (`<idle>` for pid 0 in a real trace).
    ///   - pid: the scenario task's pid.
    ///   - timestampNanoseconds: the trace clock in nanoseconds (non-negative).
    public func ftraceLine(comm: String, pid: Int, timestampNanoseconds: Int) -> String {
        let microseconds = (UInt64(max(0, timestampNanoseconds)) + 500) / 1000
        let seconds = microseconds / 1_000_000
        let fraction = microseconds % 1_000_000
        let (comm, pid) =
            context.kswapdNode.map { ("kswapd\($0)", TraceRecord.kswapdPid(node: $0)) }
            ?? context.kworkerCPU.map { ("kworker/\($0):1", TraceRecord.kworkerPid(cpu: $0)) } ?? (comm, pid)
        let task = TraceRecord.padLeft(TraceRecord.truncated(comm), to: 16, with: " ")
        let pidField = TraceRecord.padRight(String(pid), to: 7)
        let cpuField = TraceRecord.padLeft(String(cpu), to: 3, with: "0")
        let time =
            TraceRecord.padLeft(String(seconds), to: 5, with: " ") + "."
            + TraceRecord.padLeft(String(fraction), to: 6, with: "0")
        return "\(task)-\(pidField) [\(cpuField)] \(context.latencyField) \(time): \(event.name): \(event.printkText)"
    }

    /// The pid the model gives kswapd of `node`: a fixed stand-in, 90 + the node id. A real
    /// kswapd's pid depends on how many kernel threads started before it (`kswapd_run()` at
    /// `module_init` time, after the per-CPU threads), typically a two-digit number on a small
    /// machine; no trace field depends on its value.
    public static func kswapdPid(node: Int) -> Int { 90 + node }

    /// The pid the model gives the vmstat worker of `cpu`, `kworker/<cpu>:1`: a fixed stand-in,
    /// 200 + the CPU, clear of kswapd's (90 + node, at most 51 nodes) and of the scenario's
    /// task. A real worker is named `kworker/<cpu>:<id>` by `create_worker()`
    /// (kernel/workqueue.c, not in the shared 6.18 copy), `<id>` its number in the CPU's
    /// worker pool; which worker of the pool picks the work up, its id and its pid depend on
    /// how many workers the pool has started since boot. No trace field depends on them.
    public static func kworkerPid(cpu: Int) -> Int { 200 + cpu }

    /// The longest prefix of `comm` of at most `maxCommBytes` UTF-8 bytes.
    static func truncated(_ comm: String) -> String {
        var result = ""
        var bytes = 0
        for scalar in comm.unicodeScalars {
            bytes += String(scalar).utf8.count
            if bytes > maxCommBytes { break }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `%<width>s` (or `%0<width>d` with `"0"`): right-justified, padded to `width` bytes.
    static func padLeft(_ text: String, to width: Int, with pad: Character) -> String {
        String(repeating: pad, count: max(0, width - text.utf8.count)) + text
    }

    /// `%-<width>d`: left-justified, padded with spaces to `width` bytes.
    static func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.utf8.count))
    }
}
