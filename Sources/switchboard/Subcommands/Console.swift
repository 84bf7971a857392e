import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error from the subcommands (unbuffered).
enum Console {
    /// Writes a line to standard output.
    static func out(_ line: String) {
        try? FileSystem.writeAll(
            Array((line + "\n").utf8), to: STDOUT_FILENO, path: "standard output")
    }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        try? FileSystem.writeAll(
            Array((line + "\n").utf8), to: STDERR_FILENO, path: "standard error")
    }
}
