/// The `error` object of an `error` response: a stable code and a sentence for people.
public struct BridgeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is; clients branch on this.
    public var code: BridgeErrorCode
    /// What was wrong, for logs and developers; the wording may change.
    public var message: String

    /// Creates an error.
    public init(_ code: BridgeErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(self.code.rawValue): \(self.message)" }
}
