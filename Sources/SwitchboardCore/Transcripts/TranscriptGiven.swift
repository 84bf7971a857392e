/// The starting point of a transcript: time, randomness, user, and optionally a state mid-flow.
public struct TranscriptGiven: Sendable, Hashable {
    /// The clock's time for every turn.
    public var clock: Timestamp
    /// The seed of the ticket-id generator.
    public var seed: UInt64
    /// The session id.
    public var session: String
    /// The user id.
    public var user: String?
    /// Values from the frontend.
    public var context: [String: SlotValue]
    /// Slot values already collected.
    public var slots: [String: SlotValue]
    /// A `flow.state` to start in (a state that waits for the user), instead of the greeting.
    public var state: String?
    /// Canned action results for the whole transcript (`given mock NAME = {...}`), tried
    /// before the runner's own mocks.
    public var mocks = ActionMocks()

    /// 2026-01-05T10:00:00Z, a Monday: the clock of transcripts that give none.
    public static let defaultClock = Timestamp(millisecondsSince1970: 1_767_607_200_000)

    /// Creates a starting point.
    public init(
        clock: Timestamp = TranscriptGiven.defaultClock, seed: UInt64 = 1,
        session: String = "transcript",
        user: String? = nil, context: [String: SlotValue] = [:], slots: [String: SlotValue] = [:],
        state: String? = nil
    ) {
        self.clock = clock
        self.seed = seed
        self.session = session
        self.user = user
        self.context = context
        self.slots = slots
        self.state = state
    }
}
