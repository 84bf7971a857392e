/// Where the bridge writes its responses, one line at a time.
///
/// Each call writes one whole line and makes it visible to the reader at once (no buffering
/// across lines). Implementations: ``FileDescriptorLineSink`` for standard output,
/// ``InMemoryLineSink`` for tests.
public protocol LineSink {
    /// Writes `bytes` followed by a newline.
    ///
    /// - Throws: ``LineSinkClosed`` when the reader has gone away; the bridge then stops.
    mutating func writeLine(_ bytes: [UInt8]) throws(LineSinkClosed)
}
