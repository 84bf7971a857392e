/// A request line that cannot be served, with the id it carried when the id could be read.
public struct BridgeRejection: Error, Sendable, Hashable {
    /// The request's `id`, echoed on the error line when it was readable.
    public var id: BridgeRequestID?
    /// What was wrong.
    public var error: BridgeError

    /// Creates a rejection.
    public init(id: BridgeRequestID? = nil, _ error: BridgeError) {
        self.id = id
        self.error = error
    }
}
