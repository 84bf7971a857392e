/// A place where conversations handed to a person are recorded.
///
/// `append` returns only once the record is durable: the bot tells the user a person is
/// coming only after it returns.
public protocol HandoffStore: Sendable {
    /// Appends one record. Records are never rewritten.
    ///
    /// - Throws: ``HandoffStoreError`` when the record could not be stored.
    func append(_ record: HandoffRecord) async throws(HandoffStoreError)

    /// The records stored so far, oldest first.
    func records() async throws(HandoffStoreError) -> [HandoffRecord]
}

/// A handoff that could not be stored or read.
public struct HandoffStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The log's path, or a name for stores that have none.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "\(self.path): \(self.reason)" }
}

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
