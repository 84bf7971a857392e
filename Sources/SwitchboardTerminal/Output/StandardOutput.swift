internal import SwitchboardCore

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

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
