/// Where the bridge reads its requests from, one line at a time.
///
/// Implementations: ``FileDescriptorLineSource`` reads standard input (or any descriptor);
/// ``InMemoryLineSource`` replays bytes held in memory, for tests. Both frame lines with a
/// ``LineFramer``, so a line over the limit is skipped rather than buffered whole.
public protocol LineSource {
    /// The next line, or `nil` at the end of the input (or when the bridge must stop).
    mutating func nextLine() -> InputLine?

    /// The next line, or ``LineWait/timedOut`` when none arrives within `milliseconds`
    /// (`nil`: wait as long as it takes); `nil` at the end of the input.
    mutating func nextLine(waitingAtMost milliseconds: Int?) -> LineWait?

    /// Whether a complete line is already read and waiting, so the next call returns it
    /// without waiting for input. The bridge flushes its output before any wait, and
    /// otherwise lets the responses to a burst of lines go out together.
    var hasWaitingLine: Bool { get }
}

extension LineSource {
    /// Waits as long as it takes: sources held in memory never make the bridge wait.
    public mutating func nextLine(waitingAtMost milliseconds: Int?) -> LineWait? {
        self.nextLine().map { .line($0) }
    }

    /// No line is known to be waiting: the bridge flushes after every response.
    public var hasWaitingLine: Bool { false }
}
