/// A request to the host to perform an action, made when a flow enters an `action` state.
///
/// The host answers with ``DialogueMachine/deliver(_:call:at:entropy:)``, naming the ``call``;
/// if nothing arrives by the ``deadline``, it delivers ``ActionResult/timeout``.
public struct ActionRequest: Sendable, Hashable {
    /// The call's id, unique in its conversation, derived from the turn's entropy.
    public var call: String
    /// The action's name.
    public var name: String
    /// The arguments, by name.
    public var arguments: [String: ActionValue]
    /// How long the host may take, in milliseconds.
    public var timeoutMilliseconds: Int
    /// When the call times out: the turn's time plus the timeout.
    public var deadline: Timestamp

    /// Creates a request.
    public init(
        call: String, name: String, arguments: [String: ActionValue], timeoutMilliseconds: Int,
        deadline: Timestamp
    ) {
        self.call = call
        self.name = name
        self.arguments = arguments
        self.timeoutMilliseconds = timeoutMilliseconds
        self.deadline = deadline
    }

    /// The arguments as one compact JSON object, keys sorted: what hosts send.
    public var argumentsJSON: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        for key in self.arguments.keys.sorted() {
            writer.key(key)
            self.arguments[key, default: .null].write(to: &writer)
        }
        writer.endObject()
        return writer.bytes
    }
}
