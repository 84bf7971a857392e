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

    /// Whether standard error is a terminal.
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Replaces the current line of standard error (a terminal) with a status message.
    static func status(_ text: String) {
        try? FileSystem.writeAll(
            Array(("\r\u{1B}[K" + text).utf8), to: STDERR_FILENO, path: "standard error")
    }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        try? FileSystem.writeAll(
            Array((line + "\n").utf8), to: STDERR_FILENO, path: "standard error")
    }
}
