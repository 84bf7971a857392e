/// A place where conversation events are recorded, for reports.
///
/// Unlike the ``HandoffStore``, the conversation log is not a promise to anyone: an event is
/// appended before the reply that follows it is sent (so the log never shows a reply the
/// bot did not give, in the order it gave them), but it need not be on disk before `append`
/// returns. ``sync()`` makes everything appended so far durable.
public protocol ConversationLogStore: Sendable {
    /// Appends the events of one turn, in order, together.
    ///
    /// - Returns: whether anything was written: `false` when the events were only held back
    ///   for ``flush()`` (or there were none), so the call says nothing about the file.
    /// - Throws: ``ConversationLogError`` when the events could not be written.
    @discardableResult
    func append(_ events: [ConversationEvent]) async throws(ConversationLogError) -> Bool

    /// Writes the events the store holds back to write together; a store that writes each
    /// append at once has nothing to do (the default).
    ///
    /// - Returns: whether anything was written (`false` when nothing was held).
    /// - Throws: ``ConversationLogError`` when they could not be written.
    @discardableResult
    func flush() async throws(ConversationLogError) -> Bool

    /// Makes every event appended so far durable.
    ///
    /// - Throws: ``ConversationLogError`` when they could not be synced.
    func sync() async throws(ConversationLogError)

    /// The events stored so far, oldest first.
    func events() async throws(ConversationLogError) -> [ConversationEvent]
}

extension ConversationLogStore {
    /// Nothing is held back: every append is written at once.
    @discardableResult
    public func flush() async throws(ConversationLogError) -> Bool { false }
}
