/// Decides which lines of the engine's JSON Lines files are about one person.
///
/// Every line the engine writes about a conversation carries its `session`, and its `user`
/// when the frontend named one; handoff lifecycle events carry only their `ticket`. A line is
/// the person's when its `user` is theirs, or when it names no user and belongs to one of
/// their sessions or tickets. Sessions and tickets are learnt from the person's own lines, so
/// a selector is fed every file once (``learn(from:)``) before it decides (``owns(_:)``); a
/// line that names another user is never theirs.
///
/// ```swift
/// var selector = UserDataSelector(user: "u-1009")
/// for line in handoffLines + conversationLines { selector.learn(from: line) }
/// let kept = handoffLines.filter { !selector.owns($0) }
/// ```
public struct UserDataSelector: Sendable {
    /// The person's user id.
    public let user: String
    /// The sessions known to be theirs.
    public private(set) var sessions: Set<String>
    /// The handoff tickets known to be theirs.
    public private(set) var tickets: Set<String> = []

    /// Creates a selector for `user`, with sessions already known to be theirs (from a state
    /// folder, say).
    public init(user: String, sessions: Set<String> = []) {
        self.user = user
        self.sessions = sessions
    }

    /// Notes the session and ticket of a line that is the person's.
    public mutating func learn(from line: JSONLine) {
        guard self.owns(line) else { return }
        if let session = line.string("session") { self.sessions.insert(session) }
        if let ticket = line.string("ticket") { self.tickets.insert(ticket) }
    }

    /// Whether a line is about the person.
    public func owns(_ line: JSONLine) -> Bool {
        // A line naming "" names no one, as one with a null user.
        if let user = line.string("user"), !user.isEmpty { return user == self.user }
        if let session = line.string("session"), self.sessions.contains(session) { return true }
        if let ticket = line.string("ticket"), self.tickets.contains(ticket) { return true }
        return false
    }
}
