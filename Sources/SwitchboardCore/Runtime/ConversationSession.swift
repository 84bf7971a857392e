public import Logging

/// One conversation wired to its stores: runs the ``DialogueMachine`` and carries out the
/// actions of each turn, in order.
///
/// A handoff record is appended to the ``HandoffStore`` (durably) before the user is told a
/// person is coming. If the store fails, the turn is undone: the conversation stays where it
/// was, the failure is logged, and the user is told to try again.
///
/// With a ``ConversationLogStore``, each turn's events (conversation started, the turn with
/// its masked text, handoff, rating, conversation ended) are appended together before the
/// turn is returned. A failing conversation log never changes what the bot does: the
/// failure is logged once, and again when writes work again.
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
    /// Where conversation events go, if anywhere.
    public let conversationLog: (any ConversationLogStore)?
    /// The time source.
    public let clock: any WallClock
    private var random: SplitMix64
    let logger: Logger
    /// The last turn, for `why`.
    public private(set) var lastTurn: Turn?
    /// The bot's folder name, for conversation events (worked out once).
    let botID: String
    /// Whether the last write to the conversation log failed (so a run of failures is
    /// logged once).
    var conversationLogFailing = false

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - conversationLog: where conversation events are appended; `nil` keeps none.
    ///   - seed: seeds the generator of ticket ids; give a fixed seed for reproducible runs.
    public init(
        bot: Bot, session: String, user: String? = nil, context: [String: SlotValue] = [:],
        handoffStore: any HandoffStore, conversationLog: (any ConversationLogStore)? = nil,
        clock: any WallClock, seed: UInt64? = nil, logger: Logger
    ) {
        self.machine = DialogueMachine(bot: bot, session: session, user: user, context: context)
        self.handoffStore = handoffStore
        self.conversationLog = conversationLog
        self.botID = bot.definition.botID
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
        let now = self.clock.now()
        let turn = self.machine.start(at: now)
        self.lastTurn = turn
        if self.conversationLog != nil {
            await self.record([
                self.event(.started(botHash: self.bot.definition.contentHash), at: now)
            ])
        }
        return turn
    }

    /// Sends a user message and carries out the turn.
    public mutating func send(_ text: String) async -> Turn {
        let before = self.machine.state
        let now = self.clock.now()
        var turn = self.machine.receive(text, at: now, entropy: self.random.next())
        turn = await self.storeHandoff(of: turn, undoingTo: before)
        self.lastTurn = turn
        if self.conversationLog != nil {
            await self.record(self.events(of: turn, text: text, before: before, at: now))
        }
        return turn
    }

    /// Appends a turn's handoff record to the store; when that fails, undoes the turn and
    /// returns it with the failure message in place of the handoff notice.
    private mutating func storeHandoff(
        of turn: Turn, undoingTo before: ConversationState
    ) async -> Turn {
        var turn = turn
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
        return turn
    }

    /// Delivers what became of the pending action call and carries out the turn that follows
    /// (a handoff is stored before the user is told, as in ``send(_:)``).
    ///
    /// - Throws: ``ActionDeliveryError`` when the call is not the pending one or is late;
    ///   the conversation is unchanged.
    public mutating func deliver(
        _ result: ActionResult, call: String
    ) async throws(ActionDeliveryError) -> Turn {
        let before = self.machine.state
        let now = self.clock.now()
        var turn = try self.machine.deliver(
            result, call: call, at: now, entropy: self.random.next())
        turn = await self.storeHandoff(of: turn, undoingTo: before)
        self.lastTurn = turn
        if self.conversationLog != nil {
            await self.record(self.events(ofActionTurn: turn, at: now))
        }
        return turn
    }

    /// Sends a user message, then performs every action the turns ask for with `host`
    /// (one after another, each result delivered at once), and returns the turns in order.
    public mutating func send(_ text: String, host: any ActionHost) async -> [Turn] {
        let first = await self.send(text)
        return [first] + (await self.performActions(after: first, host: host))
    }

    /// Performs every action `turn` and the turns after it ask for with `host` (one after
    /// another, each result delivered at once), and returns those later turns in order.
    ///
    /// A result that cannot be delivered (it came after the call's deadline) is replaced by
    /// the timeout; when not even that can be delivered, the actions stop.
    ///
    /// - Parameters:
    ///   - observing: called after each action is delivered, before the next is performed,
    ///     with what happened (for a front end that shows actions as they come).
    public mutating func performActions(
        after turn: Turn, host: any ActionHost,
        observing observe: (PerformedAction) -> Void = { _ in }
    ) async -> [Turn] {
        var turns: [Turn] = []
        var request = turn.actionRequest
        while let pending = request {
            let result = await host.perform(pending)
            var performed = PerformedAction(request: pending, result: result, turn: nil)
            do throws(ActionDeliveryError) {
                performed.turn = try await self.deliver(result, call: pending.call)
            } catch {
                // A late result: only the timeout can be delivered now.
                performed.deliveryError = error
                performed.turn = try? await self.deliver(.timeout, call: pending.call)
            }
            observe(performed)
            guard let next = performed.turn else { break }
            turns.append(next)
            request = next.actionRequest
        }
        return turns
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
    ///
    /// A conversation in progress is logged as ended (`reset`).
    public mutating func reset() async {
        await self.end(.reset)
        self.machine.reset()
        self.lastTurn = nil
    }

    /// Logs the conversation in progress as ended, for a reason from outside the dialogue
    /// (the front end closed it, or it expired); the state is not changed.
    ///
    /// Does nothing when no conversation is in progress (none began, or it already ended)
    /// or when there is no conversation log.
    public mutating func end(_ reason: ConversationEndReason) async {
        guard self.conversationLog != nil, self.isInProgress else { return }
        let state = self.machine.state
        await self.record([
            self.event(
                .ended(reason: reason, contained: state.handoff == nil, turns: state.turn),
                at: self.clock.now())
        ])
    }

    /// Makes the conversation log durable (at the end of a run); a failure is logged.
    public func syncConversationLog() async {
        guard let log = self.conversationLog else { return }
        do {
            try await log.sync()
        } catch {
            self.logger.error("conversation log not synced", metadata: ["error": "\(error)"])
        }
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
