/// Why ``UserDataRequest/erase(deletingStateFirst:)`` stopped, and so what it left done.
///
/// Whichever step failed, running the same erasure again finishes the job: the logs are
/// rewritten last, so they still tie the person's remaining state to them.
public enum UserDataErasureError<StateFailure: Error>: Error, CustomStringConvertible {
    /// A log could not be read to learn the person's sessions and tickets; nothing changed.
    case logUnreadable(StorageError)
    /// The person's state outside the logs could not all be deleted (what was deleted before
    /// the failure stays deleted); no log was rewritten.
    case state(StateFailure)
    /// A log could not be rewritten; the state is erased, the logs before it are rewritten,
    /// it and the logs after it are unchanged.
    case log(StorageError)

    /// The underlying failure, such as `state/web-42.json.unreadable: Permission denied`.
    public var description: String {
        switch self {
        case .logUnreadable(let error): "\(error)"
        case .state(let error): "\(error)"
        case .log(let error): "\(error)"
        }
    }
}
