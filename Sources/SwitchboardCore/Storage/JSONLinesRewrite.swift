/// What a ``JSONLinesFile/rewrite(keeping:)`` did, in counts (no content, so it can go in a
/// receipt).
public struct JSONLinesRewrite: Sendable, Equatable {
    /// Complete lines written back.
    public var kept: Int
    /// Complete lines left out.
    public var dropped: Int
    /// Lines left out because they were not complete JSON objects.
    public var problems: [JSONLinesProblem]
    /// Whether the file existed (a missing file is left missing).
    public var fileExisted: Bool

    /// Creates a summary.
    public init(kept: Int, dropped: Int, problems: [JSONLinesProblem], fileExisted: Bool) {
        self.kept = kept
        self.dropped = dropped
        self.problems = problems
        self.fileExisted = fileExisted
    }
}
