import Glibc

/// What a child process printed and how it ended.
struct ChildResult {
    /// Its standard output.
    var output: String
    /// Its exit status, or 128 + the signal that ended it.
    var status: Int32
}

/// Errors of running a child process.
struct ChildError: Error, CustomStringConvertible {
    var description: String
}

/// Runs `arguments` (the first is looked up in PATH) with standard output captured and
/// standard error inherited.
///
/// A child reports its own peak RSS (`VmHWM`): `wait4()`'s `ru_maxrss` is no use here, as
/// glibc's `posix_spawn` runs the child on the parent's memory until `exec`, and the kernel
/// then counts the parent's peak as the child's.
func runChild(_ arguments: [String]) throws(ChildError) -> ChildResult {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw ChildError(description: "pipe() failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addclose(&actions, fds[1])
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    close(fds[1])
    guard spawned == 0 else {
        close(fds[0])
        throw ChildError(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let got = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
        if got > 0 {
            bytes += buffer[0..<got]
        } else if got == 0 || errno != EINTR {
            break
        }
    }
    close(fds[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw ChildError(description: "waitpid() failed") }
    }
    let signal = status & 0x7f
    return ChildResult(
        output: String(decoding: bytes, as: UTF8.self),
        status: signal == 0 ? (status >> 8) & 0xff : 128 + signal)
}

/// This executable, for re-running it as a child.
func ownExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return CommandLine.arguments[0] }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
