import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `switchboard` executable (or any program) for end-to-end tests.
///
/// Input, output and errors go through temporary files, so a chatty child can never block on
/// a full pipe.
public enum ProcessRunner {
    /// What a finished process left behind.
    public struct Result: Sendable {
        /// The exit status (128 + signal when killed by one).
        public var status: Int32
        /// Everything written to standard output.
        public var output: String
        /// Everything written to standard error.
        public var errors: String
    }

    /// A process that could not be started.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// The `switchboard` executable next to the running test binary.
    public static var switchboardExecutable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let selfPath =
            count > 0
            ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        var directory = selfPath
        // The test binary is .build/<config>/XPackageTests.xctest (a file on Linux).
        if let slash = directory.lastIndex(of: "/") { directory = String(directory[..<slash]) }
        return directory + "/switchboard"
    }

    /// Runs `executable` with `arguments` in `directory`, feeding `input` on standard input.
    public static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil,
        input: String = "",
        environment: [String: String] = [:]
    ) throws -> Result {
        let scratch = try TemporaryDirectory(prefix: "switchboard-run")
        defer { scratch.remove() }
        try scratch.write("stdin", input)
        var command = ""
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            command += "\(key)=\(quote(value)) "
        }
        command += "exec " + ([executable] + arguments).map(quote).joined(separator: " ")
        command +=
            " <\(quote(scratch.url("stdin"))) >\(quote(scratch.url("stdout"))) 2>\(quote(scratch.url("stderr")))"
        if let directory { command = "cd \(quote(directory)) && " + command }
        let argv: [UnsafeMutablePointer<CChar>?] =
            [String](["/bin/sh", "-c", command]).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot start /bin/sh: error \(spawned)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { throw Failure(description: "waitpid failed: \(errno)") }
        }
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(
            status: exitStatus, output: (try? scratch.read("stdout")) ?? "",
            errors: (try? scratch.read("stderr")) ?? "")
    }

    /// Runs the built `switchboard` executable.
    public static func switchboard(
        _ arguments: [String], in directory: String? = nil, input: String = "",
        environment: [String: String] = [:]
    ) throws -> Result {
        try Self.run(
            Self.switchboardExecutable, arguments, in: directory, input: input,
            environment: environment)
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
