/// One step of a flow: messages to say on entry, slots to set, and what to do next.
public struct FlowState: Sendable, Hashable {
    /// The state's id, unique in its flow.
    public var id: String
    /// Messages said on entering the state, in order.
    public var say: [MessageTemplate]
    /// Slot values assigned on entering the state.
    public var assignments: [SlotAssignment]
    /// What the state does.
    public var step: FlowStep
    /// Where the state is defined.
    public var origin: Origin

    /// Creates a state.
    public init(
        id: String, say: [MessageTemplate] = [], assignments: [SlotAssignment] = [], step: FlowStep,
        origin: Origin
    ) {
        self.id = id
        self.say = say
        self.assignments = assignments
        self.step = step
        self.origin = origin
    }
}
