public import Logging

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Performs each action by running the program `DIRECTORY/<name>`: the arguments go to its
/// standard input as one JSON object, and its standard output is the result.
///
/// The program's output is one JSON object: `{"ok": true, "data": {...}}` or
/// `{"ok": false, "error": "..."}`; an object without `ok` is taken as the data of a
/// success. A non-zero exit status, output that is not such an object, or more than 1 MiB of
/// it is a failure of that call. A program still running at the request's timeout is killed
/// (`SIGKILL`) and the call times out. What it writes to standard error is logged for the
/// operator, a line at a time, masked (a program that echoes its input would otherwise put a
/// sensitive slot's value or an email address in the log), and never shown to the user.
///
/// Only names that are identifiers are run, so a name cannot reach outside the directory.
public struct CommandActionHost: ActionHost {
    /// The folder of action programs.
    public let directory: String
    let logger: Logger

    /// A line of a program's standard error as the log gets it: each text value of the
    /// request's sensitive arguments `[redacted]`, then personal data masked, every kind (the
    /// host does not know the bot's `pii.mask`; this is a diagnostic, not a record).
    static func masked(_ line: String, for request: ActionRequest) -> String {
        var text = line
        for name in request.sensitiveArguments.sorted() {
            guard case .string(let value)? = request.arguments[name], !value.isEmpty else {
                continue
            }
            text = text.replacing(value, with: "[redacted]")
        }
        return PIIMasker().mask(text)
    }

    /// The most output read from a program: 1 MiB.
    public static let maximumOutputBytes = 1 << 20

    /// Creates a host; ignores `SIGPIPE`, so a program that exits without reading its input
    /// makes the write fail instead of stopping this process.
    public init(directory: String, logger: Logger) {
        signal(SIGPIPE, SIG_IGN)
        self.directory = directory
        self.logger = logger
    }

    /// Runs the action's program and reads its answer.
    public func perform(_ request: ActionRequest) async -> ActionResult {
        guard Identifier.isValid(request.name) else {
            return .failure("\(request.name) is not an action name")
        }
        let path = self.directory + "/" + request.name
        guard access(path, X_OK) == 0 else {
            return .failure("no executable \(path)")
        }
        let outcome = Self.run(
            path, input: request.argumentsJSON, timeoutMilliseconds: request.timeoutMilliseconds)
        for line in outcome.errorOutput.split(separator: 0x0A) where !line.isEmpty {
            self.logger.warning(
                "\(Self.masked(String(decoding: line, as: UTF8.self), for: request))",
                metadata: ["action": "\(request.name)", "call": "\(request.call)"])
        }
        switch outcome.status {
        case .timedOut:
            return .timeout
        case .failedToStart(let reason):
            return .failure("\(path) could not be started: \(reason)")
        case .exited(let code) where code != 0:
            return .failure("\(request.name) exited with status \(code)")
        case .signalled(let signal):
            return .failure("\(request.name) was stopped by signal \(signal)")
        case .tooMuchOutput:
            return .failure("\(request.name) wrote more than \(Self.maximumOutputBytes) bytes")
        case .exited:
            break
        }
        let node: JSONNode
        do {
            node = try JSONParser(maxDepth: 32).parse(outcome.output)
        } catch {
            return .failure("\(request.name) wrote no valid JSON: \(error.message)")
        }
        guard case .object(let object) = node.value else {
            return .failure("\(request.name) wrote a JSON \(node.value.typeName), not an object")
        }
        guard object["ok"] != nil else { return .success(ActionResult.flatten(object)) }
        switch ActionResult.read(object, allowsTimeout: false) {
        case .success(let result): return result
        case .failure(let problem): return .failure("\(request.name): \(problem.message)")
        }
    }

    /// How a program ended.
    enum Status: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        case tooMuchOutput
        case failedToStart(String)
    }

    /// A finished run: its status and outputs.
    struct Outcome {
        var status: Status
        var output: [UInt8] = []
        var errorOutput: [UInt8] = []
    }

    /// Runs a program with `input` on its standard input, collecting both outputs until it
    /// exits or the timeout passes.
    static func run(_ path: String, input: [UInt8], timeoutMilliseconds: Int) -> Outcome {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        var errorsFromChild: [Int32] = [-1, -1]
        guard FileSystem.closeOnExecPipe(&toChild) else {
            return Outcome(status: .failedToStart("no pipe (errno \(errno))"))
        }
        guard FileSystem.closeOnExecPipe(&fromChild) else {
            for end in toChild { close(end) }
            return Outcome(status: .failedToStart("no pipe (errno \(errno))"))
        }
        guard FileSystem.closeOnExecPipe(&errorsFromChild) else {
            for end in toChild + fromChild { close(end) }
            return Outcome(status: .failedToStart("no pipe (errno \(errno))"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        // "Text file busy": a process that forked while the program was open for writing (a
        // script being replaced, or written by another thread) still holds it for a moment
        // before its exec closes it. Try again for a while, within the call's time.
        let busyUntil = Self.monotonicMilliseconds() + Int64(min(timeoutMilliseconds, 1_000))
        while spawned == ETXTBSY, Self.monotonicMilliseconds() < busyUntil {
            usleep(5_000)
            spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        }
        close(toChild[0])
        close(fromChild[1])
        close(errorsFromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            close(errorsFromChild[0])
            return Outcome(status: .failedToStart(String(cString: strerror(spawned))))
        }
        // The arguments are small (well under a pipe's buffer); a program that exits without
        // reading them makes this write fail, which is harmless.
        _ = input.withUnsafeBytes { write(toChild[1], $0.baseAddress, $0.count) }
        close(toChild[1])
        var outcome = Outcome(status: .exited(0))
        let deadline = Self.monotonicMilliseconds() + Int64(timeoutMilliseconds)
        var open = [fromChild[0], errorsFromChild[0]]
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var stopped: Status?
        while !open.isEmpty {
            let remaining = deadline - Self.monotonicMilliseconds()
            if remaining <= 0 {
                stopped = .timedOut
                break
            }
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 1000)))
            if ready < 0, errno != EINTR { break }
            for descriptor in descriptors where descriptor.revents != 0 {
                let count = chunk.withUnsafeMutableBytes {
                    read(descriptor.fd, $0.baseAddress, $0.count)
                }
                if count <= 0 {
                    if count < 0, errno == EINTR { continue }
                    close(descriptor.fd)
                    open.removeAll { $0 == descriptor.fd }
                } else if descriptor.fd == fromChild[0] {
                    outcome.output.append(contentsOf: chunk[0..<count])
                } else if outcome.errorOutput.count < Self.maximumOutputBytes {
                    outcome.errorOutput.append(contentsOf: chunk[0..<count])
                }
            }
            if outcome.output.count > Self.maximumOutputBytes {
                stopped = .tooMuchOutput
                break
            }
        }
        for descriptor in open { close(descriptor) }
        if let stopped {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            outcome.status = stopped
            return outcome
        }
        outcome.status = Self.wait(for: pid, until: deadline)
        return outcome
    }

    /// Waits for the program to exit after it closed its outputs; kills it at the deadline.
    private static func wait(for pid: pid_t, until deadline: Int64) -> Status {
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0, errno != EINTR { return .exited(0) }
            if Self.monotonicMilliseconds() >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                return .timedOut
            }
            usleep(1_000)
        }
        let signal = status & 0x7F
        if signal != 0 { return .signalled(signal) }
        return .exited((status >> 8) & 0xFF)
    }

    private static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
