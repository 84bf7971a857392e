import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running program whose standard input and output are pipes the test holds, for talking to
/// `switchboard bridge` line by line, closing its output early, or signalling it.
///
/// Standard error goes to a file (``errors()``), so a chatty child never blocks on it.
/// `SIGPIPE` is ignored in the test process, so writing to a child that has exited fails
/// with an error instead of killing the tests.
///
/// ```swift
/// let bridge = try PipedProcess(ProcessRunner.switchboardExecutable, ["bridge"])
/// let ready = bridge.readLine()
/// try bridge.write(#"{"type":"ping"}"# + "\n")
/// let pong = bridge.readLine()
/// bridge.closeInput()
/// let status = bridge.wait()
/// ```
public final class PipedProcess {
    /// The child's process id.
    public let pid: Int32
    private var input: Int32
    private var output: Int32
    private let scratch: TemporaryDirectory
    private var buffered: [UInt8] = []
    private var status: Int32?

    /// Starts `executable` with `arguments`, in `directory` when given.
    public init(_ executable: String, _ arguments: [String], in directory: String? = nil) throws {
        signal(SIGPIPE, SIG_IGN)
        self.scratch = try TemporaryDirectory(prefix: "switchboard-piped")
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        // Close-on-exec, so a child another test starts meanwhile cannot hold these pipes open.
        guard FileSystem.closeOnExecPipe(&toChild), FileSystem.closeOnExecPipe(&fromChild) else {
            throw ProcessRunner.Failure(description: "cannot create pipes: errno \(errno)")
        }
        var command = "exec " + ([executable] + arguments).map(Self.quote).joined(separator: " ")
        command += " 2>" + Self.quote(self.scratch.url("stderr"))
        if let directory { command = "cd \(Self.quote(directory)) && " + command }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for descriptor in toChild + fromChild {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let argv: [UnsafeMutablePointer<CChar>?] =
            [String](["/bin/sh", "-c", command]).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw ProcessRunner.Failure(description: "cannot start /bin/sh: error \(spawned)")
        }
        self.pid = pid
        self.input = toChild[1]
        self.output = fromChild[0]
    }

    deinit {
        if self.status == nil {
            kill(self.pid, SIGKILL)
            _ = self.wait()
        }
        self.closeInput()
        self.closeOutput()
        self.scratch.remove()
    }

    /// Writes text to the child's standard input.
    public func write(_ text: String) throws {
        try FileSystem.writeAll(Array(text.utf8), to: self.input, path: "child's standard input")
    }

    /// Writes bytes to the child's standard input.
    public func write(bytes: [UInt8]) throws {
        try FileSystem.writeAll(bytes, to: self.input, path: "child's standard input")
    }

    /// Closes the child's standard input (it sees the end of its input).
    public func closeInput() {
        if self.input >= 0 {
            close(self.input)
            self.input = -1
        }
    }

    /// Closes the test's end of the child's standard output (its next write fails).
    public func closeOutput() {
        if self.output >= 0 {
            close(self.output)
            self.output = -1
        }
    }

    /// The next line of output without its newline; `nil` at the end of the output or when
    /// nothing arrives for `seconds`.
    public func readLine(seconds: Int32 = 60) -> String? {
        while true {
            if let newline = self.buffered.firstIndex(of: 0x0A) {
                let line = String(decoding: self.buffered[..<newline], as: UTF8.self)
                self.buffered.removeSubrange(...newline)
                return line
            }
            guard self.output >= 0 else { return nil }
            var descriptor = pollfd(fd: self.output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, seconds * 1000)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(self.output, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            self.buffered.append(contentsOf: chunk[0..<count])
        }
    }

    /// Sends a signal to the child.
    public func send(signal: Int32) {
        kill(self.pid, signal)
    }

    /// Waits for the child to exit: its exit status, or 128 + the signal that killed it.
    @discardableResult
    public func wait() -> Int32 {
        if let status = self.status { return status }
        var raw: Int32 = 0
        while waitpid(self.pid, &raw, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        let status: Int32 = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
        self.status = status
        return status
    }

    /// Everything the child wrote to standard error so far.
    public func errors() -> String {
        (try? self.scratch.read("stderr")) ?? ""
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
