/// A place where conversation events are recorded, for reports.
///
/// Unlike the ``HandoffStore``, the conversation log is not a promise to anyone: an event is
/// appended before the reply that follows it is sent (so the log never shows a reply the
/// bot did not give, in the order it gave them), but it need not be on disk before `append`
/// returns. ``sync()`` makes everything appended so far durable.
public protocol ConversationLogStore: Sendable {
    /// Appends the events of one turn, in order, together.
    ///
    /// - Throws: ``ConversationLogError`` when the events could not be written.
    func append(_ events: [ConversationEvent]) async throws(ConversationLogError)

    /// Writes the events the store holds back to write together; a store that writes each
    /// append at once has nothing to do (the default).
    ///
    /// - Throws: ``ConversationLogError`` when they could not be written.
    func flush() async throws(ConversationLogError)

    /// Makes every event appended so far durable.
    ///
    /// - Throws: ``ConversationLogError`` when they could not be synced.
    func sync() async throws(ConversationLogError)

    /// The events stored so far, oldest first.
    func events() async throws(ConversationLogError) -> [ConversationEvent]
}

extension ConversationLogStore {
    /// Nothing is held back: every append is written at once.
    public func flush() async throws(ConversationLogError) {}
}
