/// The version of the bridge's wire protocol, announced in the `ready` line.
///
/// The wire types (``BridgeRequest``, ``BridgeResponse`` and their parts) are versioned apart
/// from the engine's types: the engine may change its state and turn records freely, and only
/// a change to these types that an existing client would notice bumps the version.
public enum BridgeProtocol {
    /// The protocol version this bridge speaks: 1.
    public static let version = 1
    /// The full version, announced as `"version"` in the `ready` line: 1.1 adds backend
    /// actions (`action` lines out, `action_result` lines in); every 1.0 line is unchanged.
    public static let fullVersion = "1.1"
}
