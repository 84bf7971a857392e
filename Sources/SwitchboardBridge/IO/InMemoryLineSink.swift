/// Collects written lines in memory, for tests; can pretend the reader went away.
public struct InMemoryLineSink: LineSink {
    /// The lines written so far, without newlines.
    public private(set) var lines: [[UInt8]] = []
    /// After this many lines, writes fail as if standard output were closed (`nil`: never).
    public var closesAfter: Int?
    /// How many lines had been written at each ``flush()`` that had new lines to make visible.
    public private(set) var flushes: [Int] = []

    /// Creates an empty sink.
    public init(closesAfter: Int? = nil) {
        self.closesAfter = closesAfter
    }

    /// The lines as text.
    public var texts: [String] { self.lines.map { String(decoding: $0, as: UTF8.self) } }

    /// Keeps the line, or throws once ``closesAfter`` lines were written.
    public mutating func writeLine(_ bytes: [UInt8]) throws(LineSinkClosed) {
        if let limit = self.closesAfter, self.lines.count >= limit {
            throw LineSinkClosed(reason: "Broken pipe")
        }
        self.lines.append(bytes)
    }

    /// Notes how many lines are visible now.
    public mutating func flush() throws(LineSinkClosed) {
        if self.lines.count != (self.flushes.last ?? 0) { self.flushes.append(self.lines.count) }
    }
}
