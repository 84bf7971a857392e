internal import SwitchboardCore

/// Standard error, for diagnostics and warnings.
public struct StandardError: TextOutput {
    /// Creates the writer.
    public init() {}

    /// Writes at once (unbuffered).
    public func write(_ text: String) {
        // File descriptor 2 is standard error.
        try? FileSystem.writeAll(Array(text.utf8), to: 2, path: "standard error")
    }
}
