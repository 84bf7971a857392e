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
