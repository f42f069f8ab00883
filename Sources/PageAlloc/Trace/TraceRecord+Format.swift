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
    /// Leaves out the 5-character latency field (`trace_print_lat_fmt()`): it is always
    /// `.....` (irqs on, no reschedule pending, not in hard/soft irq, preempt count 0,
    /// migration enabled), the field of an allocation from ordinary task context; a real
    /// trace shows e.g. `..s1.` for an allocation in softirq. Also leaves out the `(tgid)`
    /// column of the `record-tgid` option (off by default). `comm` is cut to 15 bytes like a
    /// kernel task name.
    ///
    /// - Parameters:
    ///   - comm: the task name, e.g. `bash` (`<idle>` for pid 0 in a real trace).
    ///   - pid: the task's pid.
    ///   - timestampNanoseconds: the trace clock in nanoseconds (non-negative).
    public func ftraceLine(comm: String, pid: Int, timestampNanoseconds: Int) -> String {
        let microseconds = (UInt64(max(0, timestampNanoseconds)) + 500) / 1000
        let seconds = microseconds / 1_000_000
        let fraction = microseconds % 1_000_000
        let task = TraceRecord.padLeft(TraceRecord.truncated(comm), to: 16, with: " ")
        let pidField = TraceRecord.padRight(String(pid), to: 7)
        let cpuField = TraceRecord.padLeft(String(cpu), to: 3, with: "0")
        let time =
            TraceRecord.padLeft(String(seconds), to: 5, with: " ") + "."
            + TraceRecord.padLeft(String(fraction), to: 6, with: "0")
        return "\(task)-\(pidField) [\(cpuField)] ..... \(time): \(event.name): \(event.printkText)"
    }

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
