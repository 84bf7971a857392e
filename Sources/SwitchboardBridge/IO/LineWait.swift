/// What waiting for an input line with a time limit gave.
public enum LineWait: Sendable {
    /// A line arrived.
    case line(InputLine)
    /// The time limit passed first.
    case timedOut
}
