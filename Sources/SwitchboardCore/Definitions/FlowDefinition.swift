/// A standard operating procedure run as a conversation: named states and how to move between them.
public struct FlowDefinition: Sendable, Hashable {
    /// The flow's id.
    public var id: String
    /// How the flow is named to users (in "Now, back to your refund", the title is "your refund").
    public var title: String
    /// Who owns the procedure and which policy it implements.
    public var sop: SOPMetadata?
    /// The team that owns the procedure: the queue of handoffs the flow makes without naming
    /// one (such as when a slot's attempts run out).
    public var queue: Reference?
    /// The first state.
    public var start: Reference
    /// The states, in the order they are written.
    public var states: [FlowState]
    /// Where the flow is defined.
    public var origin: Origin
    private var positions: [String: Int]

    /// Creates a flow.
    public init(
        id: String, title: String, sop: SOPMetadata? = nil, queue: Reference? = nil,
        start: Reference,
        states: [FlowState], origin: Origin
    ) {
        self.id = id
        self.title = title
        self.sop = sop
        self.queue = queue
        self.start = start
        self.states = states
        self.origin = origin
        var positions: [String: Int] = [:]
        for (index, state) in states.enumerated() where positions[state.id] == nil {
            positions[state.id] = index
        }
        self.positions = positions
    }

    /// The state with an id, if the flow has one.
    public func state(_ id: String) -> FlowState? {
        guard let index = self.positions[id] else { return nil }
        return self.states[index]
    }
}
