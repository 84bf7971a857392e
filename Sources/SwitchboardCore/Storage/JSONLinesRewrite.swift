/// What a ``JSONLinesFile/rewrite(keeping:keepingUnreadable:)`` did, in counts and locations
/// (no content, so it can go in a receipt).
public struct JSONLinesRewrite: Sendable, Equatable {
    /// Complete lines written back.
    public var kept: Int
    /// Complete lines left out.
    public var dropped: Int
    /// Lines that are not complete JSON objects, written back byte for byte (each ended with a
    /// newline, a torn last line included).
    public var keptUnreadable: [JSONLinesProblem]
    /// Lines that are not complete JSON objects, left out.
    public var droppedUnreadable: [JSONLinesProblem]
    /// Whether the file existed (a missing file is left missing).
    public var fileExisted: Bool

    /// Creates a summary.
    public init(
        kept: Int, dropped: Int, keptUnreadable: [JSONLinesProblem] = [],
        droppedUnreadable: [JSONLinesProblem] = [], fileExisted: Bool
    ) {
        self.kept = kept
        self.dropped = dropped
        self.keptUnreadable = keptUnreadable
        self.droppedUnreadable = droppedUnreadable
        self.fileExisted = fileExisted
    }
}
