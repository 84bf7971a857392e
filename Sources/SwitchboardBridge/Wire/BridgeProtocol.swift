/// The version of the bridge's wire protocol, announced in the `ready` line.
///
/// The wire types (``BridgeRequest``, ``BridgeResponse`` and their parts) are versioned apart
/// from the engine's types: the engine may change its state and turn records freely, and only
/// a change to these types that an existing client would notice bumps the version.
public enum BridgeProtocol {
    /// The protocol version this bridge speaks: 1.
    public static let version = 1
    /// The full version, announced as `"version"` in the `ready` line.
    ///
    /// 1.1 adds backend actions (`action` lines out, `action_result` lines in) and `erase`;
    /// 1.2 adds `unreadableFiles` to the `erased` response, as `erase` now also deletes the
    /// user's set-aside state files; 1.3 fails a call at once when its `action_result` is
    /// malformed (instead of leaving it to time out) and adds `error` to that reply's
    /// `action`; 1.4 reads lines nested up to 32 levels (4 before), so a result's `data` can hold
    /// what a backend returns, and starts a new conversation when a session's requests name
    /// another user; 1.5 adds `removedUnreadableLines` and `keptUnreadableLines` to each log of
    /// the `erased` response, as `erase` now removes the unreadable lines that name the user
    /// and keeps the others (it left them all out before). Each minor version keeps every line
    /// of the ones before it, so clients compare the minor number as a number.
    public static let fullVersion = "1.5"
}
