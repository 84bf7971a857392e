/// The reader of a ``LineSink`` has gone away (standard output was closed: `EPIPE`).
public struct LineSinkClosed: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the system said.
    public var reason: String

    /// Creates the error.
    public init(reason: String) {
        self.reason = reason
    }

    /// `output closed: reason`.
    public var description: String { "output closed: \(self.reason)" }
}
