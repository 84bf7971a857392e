/// Where the bridge writes its responses, one line at a time.
///
/// A sink may hold lines back until ``flush()``; the bridge flushes whenever it is about to
/// wait for input, so a response is never held while the bridge is idle. Implementations:
/// ``FileDescriptorLineSink`` for standard output, ``InMemoryLineSink`` for tests.
public protocol LineSink {
    /// Writes `bytes` followed by a newline (or holds them until ``flush()``).
    ///
    /// - Throws: ``LineSinkClosed`` when the reader has gone away; the bridge then stops.
    mutating func writeLine(_ bytes: [UInt8]) throws(LineSinkClosed)

    /// Makes every line written so far visible to the reader.
    ///
    /// - Throws: ``LineSinkClosed`` when the reader has gone away.
    mutating func flush() throws(LineSinkClosed)
}

extension LineSink {
    /// Nothing is held back: every line was visible once written.
    public mutating func flush() throws(LineSinkClosed) {}
}
