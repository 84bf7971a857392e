/// A request line that cannot be served, with the id it carried when the id could be read.
public struct BridgeRejection: Error, Sendable, Hashable {
    /// The request's `id`, echoed on the error line when it was readable.
    public var id: BridgeRequestID?
    /// What was wrong.
    public var error: BridgeError
    /// The session and call, when the line is an `action_result` that names them well enough
    /// to be told apart from every other call (protocol 1.3): the server fails that call when
    /// its session waits for it, instead of leaving it to time out.
    public var answering: BridgeCallReference?

    /// Creates a rejection.
    public init(
        id: BridgeRequestID? = nil, _ error: BridgeError, answering: BridgeCallReference? = nil
    ) {
        self.id = id
        self.error = error
        self.answering = answering
    }
}
