/// What an `action` state asks the host to do, and where the flow goes with the result.
///
/// The engine never performs the action: entering the state makes the turn return a
/// ``DialogueAction/perform(_:)`` request, and the conversation waits until the host delivers
/// a result, a failure or a timeout (see ``DialogueMachine/deliver(_:call:at:entropy:)``).
public struct ActionSpec: Sendable, Hashable {
    /// The action's name, as the host knows it (`order_status`).
    public var name: String
    /// The arguments sent with the request, in the order they are written.
    public var arguments: [ActionArgument]
    /// The slots a successful result fills, from fields of the result's data.
    public var results: [ActionResultField]
    /// How long the host may take, in milliseconds.
    public var timeoutMilliseconds: Int
    /// Where the flow goes after a successful result.
    public var next: Reference
    /// Where the flow goes after a failure (and after a timeout, when ``timeout`` is `nil`).
    public var failure: Reference?
    /// Where the flow goes when no result arrives in time.
    public var timeout: Reference?

    /// The timeout of actions that give none: 5 seconds.
    public static let defaultTimeoutMilliseconds = 5_000

    /// Creates an action step.
    public init(
        name: String, arguments: [ActionArgument] = [], results: [ActionResultField] = [],
        timeoutMilliseconds: Int = Self.defaultTimeoutMilliseconds, next: Reference,
        failure: Reference?, timeout: Reference? = nil
    ) {
        self.name = name
        self.arguments = arguments
        self.results = results
        self.timeoutMilliseconds = timeoutMilliseconds
        self.next = next
        self.failure = failure
        self.timeout = timeout
    }
}
