/// Where the bridge reads its requests from, one line at a time.
///
/// Implementations: ``FileDescriptorLineSource`` reads standard input (or any descriptor);
/// ``InMemoryLineSource`` replays bytes held in memory, for tests. Both frame lines with a
/// ``LineFramer``, so a line over the limit is skipped rather than buffered whole.
public protocol LineSource {
    /// The next line, or `nil` at the end of the input (or when the bridge must stop).
    mutating func nextLine() -> InputLine?
}
