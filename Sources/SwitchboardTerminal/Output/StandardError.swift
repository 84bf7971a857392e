internal import SwitchboardCore

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Standard error, for diagnostics and warnings.
public struct StandardError: TextOutput {
    /// Creates the writer.
    public init() {}

    /// Writes at once (unbuffered).
    public func write(_ text: String) {
        try? FileSystem.writeAll(Array(text.utf8), to: STDERR_FILENO, path: "standard error")
    }
}
