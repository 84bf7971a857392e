import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error from the subcommands (unbuffered).
///
/// Every message on standard error that is not progress starts with `error: ` (the command
/// fails) or `warning: ` (it goes on), in every subcommand, so a script or a CI log can tell
/// them apart; the text after the prefix is what docs/ quote.
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

    /// Writes a line to standard error as it is: progress ("training on 120 rows…"), what was
    /// written ("wrote report.html"), and diagnostics that carry their own severity
    /// (`bot.json:3:5: error: …`).
    static func note(_ line: String) {
        try? FileSystem.writeAll(
            Array((line + "\n").utf8), to: STDERR_FILENO, path: "standard error")
    }

    /// Writes `warning: ` and the line to standard error: something was skipped or needs a
    /// look (an unreadable log line, a missing optional file), and the command goes on.
    static func warning(_ line: String) {
        Self.note("warning: " + line)
    }

    /// Writes `error: ` and the line to standard error: why the command failed (it then exits
    /// with a non-zero status).
    static func error(_ line: String) {
        Self.note("error: " + line)
    }
}
