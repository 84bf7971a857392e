/// How a bridge run ended.
public struct BridgeRunSummary: Sendable, Hashable {
    /// Input lines answered.
    public var lines: Int
    /// Lines answered with an error.
    public var errors: Int
    /// Whether the run stopped because the output was closed (rather than at the end of the
    /// input or on `SIGTERM`).
    public var outputClosed: Bool

    /// Creates a summary.
    public init(lines: Int, errors: Int, outputClosed: Bool) {
        self.lines = lines
        self.errors = errors
        self.outputClosed = outputClosed
    }
}
