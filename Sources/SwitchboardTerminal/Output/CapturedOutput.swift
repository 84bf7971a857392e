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
