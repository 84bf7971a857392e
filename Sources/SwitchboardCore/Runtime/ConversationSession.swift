public import Logging

/// One conversation wired to its stores: runs the ``DialogueMachine`` and carries out the
/// actions of each turn, in order.
///
/// A handoff record is appended to the ``HandoffStore`` (durably) before the user is told a
/// person is coming. If the store fails, the turn is undone: the conversation stays where it
/// was, the failure is logged, and the user is told to try again.
///
/// ```swift
/// var session = ConversationSession(
///     bot: bot, session: "cli", handoffStore: FileHandoffStore(path: "handoff.jsonl"),
///     clock: SystemClock(), logger: logger)
/// let reply = await session.send("I want a refund")
/// ```
public struct ConversationSession: Sendable {
    /// The conversation's machine, with its state.
    public private(set) var machine: DialogueMachine
    /// Where handoffs go.
    public let handoffStore: any HandoffStore
    /// The time source.
    public let clock: any WallClock
    private var random: SplitMix64
    private let logger: Logger
    /// The last turn, for `why`.
    public private(set) var lastTurn: Turn?

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - seed: seeds the generator of ticket ids; give a fixed seed for reproducible runs.
    public init(
        bot: Bot, session: String, user: String? = nil, context: [String: SlotValue] = [:],
        handoffStore: any HandoffStore, clock: any WallClock, seed: UInt64? = nil, logger: Logger
    ) {
        self.machine = DialogueMachine(bot: bot, session: session, user: user, context: context)
        self.handoffStore = handoffStore
        self.clock = clock
        self.random = SplitMix64(seed: seed ?? UInt64.random(in: .min ... .max))
        self.logger = logger
    }

    /// The conversation's state.
    public var state: ConversationState { self.machine.state }

    /// Whether turns carry the whole explanation (see ``DialogueMachine/explainsTurns``).
    public var explainsTurns: Bool {
        get { self.machine.explainsTurns }
        set { self.machine.explainsTurns = newValue }
    }

    /// The bot.
    public var bot: Bot { self.machine.bot }

    /// Opens the conversation with the greeting.
    public mutating func start() async -> Turn {
        let turn = self.machine.start(at: self.clock.now())
        self.lastTurn = turn
        return turn
    }

    /// Sends a user message and carries out the turn.
    public mutating func send(_ text: String) async -> Turn {
        let before = self.machine.state
        var turn = self.machine.receive(text, at: self.clock.now(), entropy: self.random.next())
        if let record = turn.handoff {
            do {
                try await self.handoffStore.append(record)
            } catch {
                // The front end's log handler puts this on standard error; the user is told
                // to try again, never that a person is coming.
                let hint =
                    error.isDiskFull
                    ? " (the disk is full)"
                    : error.isPermissionDenied
                        ? " (check the permissions of the log and its folder)" : ""
                let problem =
                    "handoff \(record.ticket) not stored, the user was asked to try again: "
                    + "\(error)\(hint)"
                self.logger.error("\(problem)", metadata: ["session": "\(record.session)"])
                self.machine.restore(before)
                turn = Self.withoutHandoff(
                    turn,
                    failure: self.machine.outgoing(self.machine.bot.settings.messages.handoffFailed)
                )
            }
        }
        self.lastTurn = turn
        return turn
    }

    /// Puts a saved conversation in this session's place, with a new seed for ticket ids.
    ///
    /// A front end serving many conversations (the JSON Lines bridge) keeps each one's
    /// ``state`` between messages and restores it before the next turn, so the bot is not
    /// copied per message.
    public mutating func restore(_ state: ConversationState, seed: UInt64) {
        self.machine.restore(state)
        self.random = SplitMix64(seed: seed)
        self.lastTurn = nil
    }

    /// Starts the conversation over (keeps the session, user and context).
    public mutating func reset() {
        self.machine.reset()
        self.lastTurn = nil
    }

    /// The turn with its handoff and handoff notices replaced by the failure message.
    static func withoutHandoff(_ turn: Turn, failure: OutgoingMessage) -> Turn {
        var actions: [DialogueAction] = []
        var toldUser = false
        for action in turn.actions {
            switch action {
            case .handOff, .endConversation:
                continue
            case .say(let message) where message.isHandoffNotice:
                if !toldUser {
                    actions.append(.say(failure))
                    toldUser = true
                }
            default:
                actions.append(action)
            }
        }
        var explanation = turn.explanation
        explanation.steps.append("the handoff could not be stored; the turn was undone")
        explanation.stateAfter = explanation.stateBefore
        return Turn(actions: actions, explanation: explanation)
    }
}
