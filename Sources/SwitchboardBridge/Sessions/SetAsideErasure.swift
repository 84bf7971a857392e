/// What erasing one user did to the files a state folder set aside as `NAME.unreadable`:
/// counts only, never a path or an id.
///
/// Both `switchboard erase` (the receipt's `stateDir.unreadableFiles`) and the bridge's
/// `erase` request (its `unreadableFiles`) report these, from
/// ``SessionPersistence/eraseSetAsideFiles(_:of:sessions:)``.
///
/// ```swift
/// let erasure = try directory.eraseSetAsideFiles(files, of: "u-1009", sessions: sessions)
/// print("removed \(erasure.removed), \(erasure.unattributed) not attributable")
/// ```
public struct SetAsideErasure: Sendable, Hashable {
    /// Files that were the user's, deleted.
    public var removed: Int
    /// Files that are someone else's, or sessions that name no user and are none of the
    /// user's; kept.
    public var kept: Int
    /// Files nobody can tell whose they are (unreadable content, a session none of the
    /// user's); kept, for an operator to look at by hand.
    public var unattributed: Int

    /// Creates the counts.
    public init(removed: Int = 0, kept: Int = 0, unattributed: Int = 0) {
        self.removed = removed
        self.kept = kept
        self.unattributed = unattributed
    }

    /// How many set-aside files there were.
    public var total: Int { self.removed + self.kept + self.unattributed }
}
