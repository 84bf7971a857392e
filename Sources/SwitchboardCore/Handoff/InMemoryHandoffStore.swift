/// Keeps handoff records in memory, for tests, replay and the REPL's dry runs.
public actor InMemoryHandoffStore: HandoffStore {
    private var stored: [HandoffRecord] = []
    private var failure: HandoffStoreError?

    /// Creates an empty store.
    public init() {}

    /// Appends a record, or throws the failure set with ``failNextAppends(with:)``.
    public func append(_ record: HandoffRecord) async throws(HandoffStoreError) {
        if let failure = self.failure { throw failure }
        self.stored.append(record)
    }

    /// The records appended so far.
    public func records() async throws(HandoffStoreError) -> [HandoffRecord] {
        self.stored
    }

    /// Makes every later append fail (or succeed again with `nil`), to test failure paths.
    public func failNextAppends(with failure: HandoffStoreError?) {
        self.failure = failure
    }
}
