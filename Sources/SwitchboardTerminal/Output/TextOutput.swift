internal import SwitchboardCore

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Where a front end writes text.
public protocol TextOutput {
    /// Writes text as is (add your own newline).
    func write(_ text: String)
}

extension TextOutput {
    /// Writes a line.
    public func line(_ text: String = "") {
        self.write(text + "\n")
    }
}

/// Standard output.
public struct StandardOutput: TextOutput {
    /// Creates the writer.
    public init() {}

    /// Writes at once (unbuffered), so pipes see replies as they happen.
    public func write(_ text: String) {
        try? FileSystem.writeAll(Array(text.utf8), to: STDOUT_FILENO, path: "standard output")
    }

    /// Whether standard output is a terminal.
    public static var isTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}

/// Standard error, for diagnostics and warnings.
public struct StandardError: TextOutput {
    /// Creates the writer.
    public init() {}

    /// Writes at once (unbuffered).
    public func write(_ text: String) {
        try? FileSystem.writeAll(Array(text.utf8), to: STDERR_FILENO, path: "standard error")
    }
}

/// Collects output in memory, for tests.
public final class CapturedOutput: TextOutput {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty capture.
    public init() {}

    /// Appends to ``text``.
    public func write(_ text: String) {
        self.text += text
    }
}
