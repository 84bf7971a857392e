/// A value in a request's `context` object: what a frontend knows about the user.
public enum BridgeContextValue: Sendable, Hashable {
    /// A JSON string.
    case string(String)
    /// A JSON number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`: forget the key.
    case null
}
