#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// ANSI colours for the REPL, switched off when output is not a terminal or `NO_COLOR` is set.
public struct TerminalStyle: Sendable {
    /// Whether colours are written.
    public var isEnabled: Bool

    /// Creates a style.
    public init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    /// Colour when standard output is a terminal and `NO_COLOR` is not set.
    public static var automatic: TerminalStyle {
        TerminalStyle(isEnabled: StandardOutput.isTerminal && getenv("NO_COLOR") == nil)
    }

    /// The bot's name tag.
    public func bot(_ text: String) -> String { self.paint(text, "1;36") }
    /// The user's name tag.
    public func user(_ text: String) -> String { self.paint(text, "1;32") }
    /// Secondary information.
    public func dim(_ text: String) -> String { self.paint(text, "2") }
    /// Something that needs attention (handoffs).
    public func notice(_ text: String) -> String { self.paint(text, "1;33") }
    /// An error.
    public func error(_ text: String) -> String { self.paint(text, "1;31") }
    /// A heading.
    public func bold(_ text: String) -> String { self.paint(text, "1") }

    private func paint(_ text: String, _ code: String) -> String {
        self.isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
