import PageAlloc

extension Catalog {
    /// The calls that change the context the next allocations run in: the task's allocation
    /// scopes, interrupt state and scheduling policy. `show gfp` prints what they change.
    static let contextCalls: [CallEntry] = [
        scopeSave(
            "memalloc_noreclaim_save", \.memalloc,
            "Enters a PF_MEMALLOC scope: reserves without watermarks (__gfp_pfmemalloc_flags), no direct reclaim."
        ),
        scopeRestore("memalloc_noreclaim_restore", \.memalloc, "Ends the PF_MEMALLOC scope of the matching save."),
        scopeSave(
            "memalloc_nofs_save", \.memallocNofs,
            "Enters a PF_MEMALLOC_NOFS scope: current_gfp_context() clears __GFP_FS."),
        scopeRestore("memalloc_nofs_restore", \.memallocNofs, "Ends the NOFS scope of the matching save."),
        scopeSave(
            "memalloc_noio_save", \.memallocNoio,
            "Enters a PF_MEMALLOC_NOIO scope: current_gfp_context() clears __GFP_IO and __GFP_FS."),
        scopeRestore("memalloc_noio_restore", \.memallocNoio, "Ends the NOIO scope of the matching save."),
        contextCall("irq_enter", "kernel/softirq.c", "Enters hardirq context: in_interrupt(), not in_task().") {
            $0.hardirqDepth += 1
            return nil
        },
        contextCall("irq_exit", "kernel/softirq.c", "Leaves hardirq context.") {
            guard $0.hardirqDepth > 0 else { return "irq_exit() without irq_enter()" }
            $0.hardirqDepth -= 1
            return nil
        },
        contextCall(
            "local_bh_disable", "include/linux/bottom_half.h",
            "Disables softirqs: in_interrupt() is true, the task is still in_task()."
        ) {
            $0.softirqDisableDepth += 1
            return nil
        },
        contextCall("local_bh_enable", "include/linux/bottom_half.h", "Enables softirqs again.") {
            guard $0.softirqDisableDepth > 0 else { return "local_bh_enable() without local_bh_disable()" }
            $0.softirqDisableDepth -= 1
            return nil
        },
        contextCall(
            "softirq_handle_begin", "kernel/softirq.c",
            "Starts serving a softirq: in_serving_softirq(), not in_task()."
        ) {
            guard !$0.servingSoftirq else { return "already serving a softirq" }
            $0.servingSoftirq = true
            return nil
        },
        contextCall("softirq_handle_end", "kernel/softirq.c", "Stops serving the softirq.") {
            guard $0.servingSoftirq else { return "softirq_handle_end() without softirq_handle_begin()" }
            $0.servingSoftirq = false
            return nil
        },
        contextCall(
            "sched_set_fifo", "kernel/sched/syscalls.c",
            "Makes the task SCHED_FIFO: rt_or_dl_task(), so blocking allocations get ALLOC_MIN_RESERVE."
        ) {
            $0.realtime = true
            return nil
        },
        contextCall("sched_set_normal", "kernel/sched/syscalls.c", "Makes the task SCHED_NORMAL again.") {
            $0.realtime = false
            return nil
        },
    ]

    /// A call without arguments that changes the task context, or returns why it cannot.
    static func contextCall(
        _ name: String, _ file: String, _ doc: String,
        _ change: @escaping @Sendable (inout TaskContext) -> String?
    ) -> CallEntry {
        CallEntry(
            name: name, signature: Signature(required: []), models: KernelSymbol(name, file), doc: doc
        ) { (s, a) throws(ScenarioFailure) in
            if let problem = change(&s.m.task) {
                throw ScenarioFailure(column: a.column, id: .badCallState, message: "\(a.name): \(problem)")
            }
        }
    }

    /// `memalloc_*_save()`: sets the scope's flag and keeps what it was for the matching restore.
    static func scopeSave(
        _ name: String, _ flag: WritableKeyPath<TaskContext, Bool> & Sendable, _ doc: String
    ) -> CallEntry {
        CallEntry(
            name: name, signature: Signature(required: []),
            models: KernelSymbol(name, "include/linux/sched/mm.h"), doc: doc
        ) { (s, a) throws(ScenarioFailure) in
            s.savedScopes[name, default: []].append(s.m.task[keyPath: flag])
            s.m.task[keyPath: flag] = true
        }
    }

    /// `memalloc_*_restore()`: puts back the flag the matching save kept (the kernel passes it
    /// as the argument; the session keeps it, last saved first restored).
    static func scopeRestore(
        _ name: String, _ flag: WritableKeyPath<TaskContext, Bool> & Sendable, _ doc: String
    ) -> CallEntry {
        let save = name.replacingOccurrences(of: "_restore", with: "_save")
        return CallEntry(
            name: name, signature: Signature(required: []),
            models: KernelSymbol(name, "include/linux/sched/mm.h"), doc: doc
        ) { (s, a) throws(ScenarioFailure) in
            guard let previous = s.savedScopes[save]?.popLast() else {
                throw ScenarioFailure(
                    column: a.column, id: .badCallState, message: "\(name)() without a \(save)() to restore")
            }
            s.m.task[keyPath: flag] = previous
        }
    }
}
