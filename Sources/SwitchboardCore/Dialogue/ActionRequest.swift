/// A request to the host to perform an action, made when a flow enters an `action` state.
///
/// The host answers with ``DialogueMachine/deliver(_:call:at:entropy:)``, naming the ``call``;
/// if nothing arrives by the ``deadline``, it delivers ``ActionResult/timeout``.
public struct ActionRequest: Sendable, Hashable {
    /// The call's id, unique in its conversation, derived from the turn's entropy.
    public var call: String
    /// The action's name.
    public var name: String
    /// The arguments, by name, as the host sends them: a sensitive slot's value included,
    /// since the backend needs it.
    public var arguments: [String: ActionValue]
    /// The arguments that carry a sensitive slot's value (`"{account_email}"`): sent to the
    /// host as they are, written anywhere else as `[redacted]` (see ``redactedArgumentsJSON``).
    public var sensitiveArguments: Set<String>
    /// How long the host may take, in milliseconds.
    public var timeoutMilliseconds: Int
    /// When the call times out: the turn's time plus the timeout.
    public var deadline: Timestamp

    /// Creates a request.
    public init(
        call: String, name: String, arguments: [String: ActionValue],
        sensitiveArguments: Set<String> = [], timeoutMilliseconds: Int, deadline: Timestamp
    ) {
        self.call = call
        self.name = name
        self.arguments = arguments
        self.sensitiveArguments = sensitiveArguments
        self.timeoutMilliseconds = timeoutMilliseconds
        self.deadline = deadline
    }

    /// The arguments as one compact JSON object, keys sorted: what hosts send.
    public var argumentsJSON: [UInt8] {
        self.json(redactingSensitive: false)
    }

    /// The arguments as ``argumentsJSON`` writes them, with the value of each of the
    /// ``sensitiveArguments`` as `"[redacted]"`: what may be shown or written anywhere but to
    /// the host (the chat's notes on a failed call, logs).
    public var redactedArgumentsJSON: [UInt8] {
        self.json(redactingSensitive: true)
    }

    private func json(redactingSensitive: Bool) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        for key in self.arguments.keys.sorted() {
            writer.key(key)
            if redactingSensitive, self.sensitiveArguments.contains(key) {
                writer.string("[redacted]")
            } else {
                self.arguments[key, default: .null].write(to: &writer)
            }
        }
        writer.endObject()
        return writer.bytes
    }
}
