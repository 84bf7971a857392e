/// Keeps conversation events in memory, for tests and dry runs.
public actor InMemoryConversationLogStore: ConversationLogStore {
    private var stored: [ConversationEvent] = []
    private var failure: ConversationLogError?
    private var syncs = 0

    /// Creates an empty store.
    public init() {}

    /// Appends events, or throws the failure set with ``failAppends(with:)``.
    @discardableResult
    public func append(_ events: [ConversationEvent]) async throws(ConversationLogError) -> Bool {
        if let failure = self.failure { throw failure }
        self.stored.append(contentsOf: events)
        return !events.isEmpty
    }

    /// Counts the call; events in memory are as durable as they get.
    public func sync() async throws(ConversationLogError) {
        self.syncs += 1
    }

    /// The events appended so far.
    public func events() async throws(ConversationLogError) -> [ConversationEvent] {
        self.stored
    }

    /// How many times ``sync()`` was called.
    public var syncCount: Int { self.syncs }

    /// Makes every later append fail (or succeed again with `nil`), to test failure paths.
    public func failAppends(with failure: ConversationLogError?) {
        self.failure = failure
    }
}
