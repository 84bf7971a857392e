/// The `id` a client put on a request, echoed on the response to it.
///
/// Strings and numbers are accepted; a number is echoed exactly as it was written.
public enum BridgeRequestID: Sendable, Hashable {
    /// A string id.
    case string(String)
    /// A number id, as its JSON text (`7`, `1.5e3`).
    case number(String)
}
