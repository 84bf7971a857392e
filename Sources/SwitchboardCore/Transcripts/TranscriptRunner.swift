/// Replays transcripts against a bot, with a fixed clock and in-memory stores, and reports
/// the first turn where the bot does something else.
///
/// The runner never prints and never writes files. The same bot and transcript always give
/// the same result.
public struct TranscriptRunner: Sendable {
    /// The bot under test.
    public let bot: Bot
    /// Canned action results for every transcript (such as the bot's `mocks.json`); a
    /// transcript's `given mock` and `mock` lines are tried first.
    public let mocks: ActionMocks

    /// Creates a runner for a bot.
    public init(bot: Bot, mocks: ActionMocks = ActionMocks()) {
        self.bot = bot
        self.mocks = mocks
    }

    /// What the bot actually did in a run, turn by turn (the greeting first, when said).
    public struct Run: Sendable {
        /// The greeting turn, when the conversation began at the start.
        public var greeting: Turn?
        /// The turns, one per user message.
        public var turns: [Turn]
        /// The state after each turn.
        public var states: [ConversationState]
    }

    /// Runs a transcript's messages without checking anything.
    ///
    /// - Throws: ``TranscriptError`` when the `given` block names what the bot does not have.
    public func play(_ transcript: Transcript) throws(TranscriptError) -> Run {
        try self.checkSlotNames(in: transcript)
        return try self.play(
            inputs: transcript.turns.map(\.input), given: transcript.given, path: transcript.path,
            turnMocks: transcript.turns.map(\.mocks), givenLines: transcript.givenLines)
    }

    /// Every `slot NAME:` assertion names a slot of the bot: one that names none would pass
    /// whenever it expects `none`, checking nothing.
    private func checkSlotNames(in transcript: Transcript) throws(TranscriptError) {
        let slotIDs = self.bot.definition.slots.map(\.id)
        for turn in transcript.turns {
            for (assertion, line) in zip(turn.assertions, turn.assertionLines) {
                guard case .slot(let name, _) = assertion, !slotIDs.contains(name) else {
                    continue
                }
                throw TranscriptError(
                    path: transcript.path, line: line > 0 ? line : turn.line,
                    message: "slot '\(name)': the bot has no such slot"
                        + Self.hint(name, among: slotIDs))
            }
        }
    }

    /// ` (did you mean 'x'?)` for the closest of `names`, or nothing.
    private static func hint(_ name: String, among names: [String]) -> String {
        Suggestion.closest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Runs messages from a starting point without checking anything.
    ///
    /// An action a turn asks for is answered at once from the mocks (the turn's, then the
    /// `given` ones, then the runner's), at the same clock time; the turns that follow from
    /// the results are merged into the user's turn, so a turn is everything the bot did
    /// after one message.
    ///
    /// - Parameter givenLines: the lines of the `given` block (``Transcript/givenLines``), so
    ///   a slot or state the bot does not have is reported where it is written.
    public func play(
        inputs: [String], given: TranscriptGiven, path: String, turnMocks: [ActionMocks] = [],
        givenLines: [String: Int] = [:]
    ) throws(TranscriptError) -> Run {
        var machine = DialogueMachine(
            bot: self.bot,
            state: try self.startingState(given, path: path, lines: givenLines))
        var random = SplitMix64(seed: given.seed)
        var run = Run(greeting: nil, turns: [], states: [])
        if given.state == nil {
            run.greeting = machine.start(at: given.clock)
        }
        let base = self.mocks.overridden(by: given.mocks)
        // Results draw from a generator of their own, so adding an action to a flow leaves the
        // tickets of every other turn as they were.
        var resultRandom = SplitMix64(seed: given.seed ^ 0xAC71_0BEE_F00D_5EED)
        for (index, input) in inputs.enumerated() {
            var turn = machine.receive(input, at: given.clock, entropy: random.next())
            let mocks = index < turnMocks.count ? base.overridden(by: turnMocks[index]) : base
            var request = turn.actionRequest
            while let pending = request {
                guard
                    let next = try? machine.deliver(
                        mocks.result(for: pending), call: pending.call, at: given.clock,
                        entropy: resultRandom.next())
                else { break }
                turn = turn.followed(by: next)
                request = next.actionRequest
            }
            run.turns.append(turn)
            run.states.append(machine.state)
        }
        return run
    }

    /// Replays a transcript and checks every expectation; stops at the first difference.
    public func replay(_ transcript: Transcript) -> TranscriptOutcome {
        let run: Run
        do {
            run = try self.play(transcript)
        } catch {
            return .failed(
                TranscriptFailure(
                    path: transcript.path, line: error.line, turn: 0, input: nil,
                    what: error.message, expected: "", got: "", isSetup: true))
        }
        if let greeting = run.greeting, !transcript.greeting.isEmpty,
            let failure = self.compare(
                transcript.greeting, greeting.messages, transcript: transcript, turn: 0, input: nil,
                line: 1)
        {
            return .failed(failure)
        }
        for (index, expected) in transcript.turns.enumerated() {
            let turn = run.turns[index]
            if let failure = self.compare(
                expected.expected, turn.messages, transcript: transcript, turn: index + 1,
                input: expected.input,
                line: expected.line)
            {
                return .failed(failure)
            }
            for (assertion, line) in zip(expected.assertions, expected.assertionLines) {
                let actual = self.actual(assertion, turn: turn, state: run.states[index])
                let wanted = assertion.written
                if actual != wanted {
                    return .failed(
                        TranscriptFailure(
                            path: transcript.path, line: line > 0 ? line : expected.line,
                            turn: index + 1,
                            input: expected.input,
                            what: "assertion", expected: wanted, got: actual))
                }
            }
        }
        return .passed(run)
    }

    /// Records what the bot does for some messages as a transcript whose expectations all hold.
    public func record(
        inputs: [String], given: TranscriptGiven, path: String, turnMocks: [ActionMocks] = []
    ) throws(TranscriptError) -> Transcript {
        let run = try self.play(inputs: inputs, given: given, path: path, turnMocks: turnMocks)
        var transcript = Transcript(path: path, given: given)
        transcript.greeting = run.greeting.map { Self.expectations(for: $0.messages) } ?? []
        for (index, input) in inputs.enumerated() {
            var turn = TranscriptTurn(
                input: input, expected: Self.expectations(for: run.turns[index].messages),
                assertions: self.assertions(for: run.turns[index], state: run.states[index]))
            if index < turnMocks.count { turn.mocks = turnMocks[index] }
            transcript.turns.append(turn)
        }
        return transcript
    }

    /// Exact expectations (with options) for messages.
    static func expectations(for messages: [OutgoingMessage]) -> [ExpectedMessage] {
        messages.map {
            ExpectedMessage(.exact($0.text), options: $0.options.isEmpty ? nil : $0.options)
        }
    }

    /// The assertions a recorded turn writes: intent and state always; slots set, handoff,
    /// article and end when they happen.
    func assertions(for turn: Turn, state: ConversationState) -> [TranscriptAssertion] {
        var assertions: [TranscriptAssertion] = [
            .intent(turn.explanation.intent?.name), .state(state.position),
        ]
        var seen: Set<String> = []
        for action in turn.actions {
            if case .setSlot(let name, _) = action, seen.insert(name).inserted {
                assertions.append(.slot(name, self.maskedSlot(name, in: state)))
            }
        }
        if let handoff = turn.handoff {
            assertions.append(
                .handoff(ExpectedHandoff(queue: handoff.queue, reason: handoff.reason.rawValue)))
        }
        if let article = turn.messages.compactMap(\.article).first {
            assertions.append(.article(article))
        }
        if state.isEnded { assertions.append(.ended(true)) }
        return assertions
    }

    /// The conversation state a `given` block describes.
    ///
    /// - Parameter lines: where the `given` lines are (``Transcript/givenLines``); a problem
    ///   with a line not listed is reported at line 1.
    func startingState(
        _ given: TranscriptGiven, path: String, lines: [String: Int] = [:]
    ) throws(TranscriptError) -> ConversationState {
        var state = ConversationState(
            session: given.session, user: given.user, context: given.context)
        let definition = self.bot.definition
        for (name, value) in given.slots.sorted(by: { $0.key < $1.key }) {
            guard definition.slot(name) != nil else {
                throw TranscriptError(
                    path: path, line: lines["slot \(name)"] ?? 1,
                    message: "given slot '\(name)': the bot has no such slot"
                        + Self.hint(name, among: definition.slots.map(\.id)))
            }
            state.slots[name] = value
        }
        if let position = given.state {
            let line = lines["state"] ?? 1
            let parts = position.split(separator: ".").map(String.init)
            guard parts.count == 2, let flow = definition.flow(parts[0]),
                let flowState = flow.state(parts[1])
            else {
                let positions = definition.flows.flatMap { flow in
                    flow.states.map { "\(flow.id).\($0.id)" }
                }
                throw TranscriptError(
                    path: path, line: line,
                    message: "given state '\(position)': the bot has no such state"
                        + Self.hint(position, among: positions))
            }
            switch flowState.step {
            case .collect, .confirm:
                state.stack = [FlowFrame(flow: flow.id, state: flowState.id)]
            default:
                let type = flowState.step.typeName
                let article = ["a", "e", "i", "o", "u"].contains(type.prefix(1)) ? "an" : "a"
                throw TranscriptError(
                    path: path, line: line,
                    message:
                        "given state '\(position)' is \(article) \(type) state; start at a collect or confirm state"
                )
            }
        }
        return state
    }

    private func compare(
        _ expected: [ExpectedMessage], _ messages: [OutgoingMessage], transcript: Transcript,
        turn: Int,
        input: String?, line: Int
    ) -> TranscriptFailure? {
        for index in 0..<max(expected.count, messages.count) {
            let want = index < expected.count ? expected[index] : nil
            let got = index < messages.count ? messages[index] : nil
            if let want, let got, want.accepts(got) { continue }
            var gotText = got.map { ExpectedMessage(.exact($0.text)).written } ?? "(no message)"
            if let got, want?.options != nil, !got.options.isEmpty {
                gotText +=
                    "\n  options: "
                    + got.options.map(TranscriptSyntax.escape).joined(separator: " | ")
            }
            var wantText = want?.written ?? "(no message)"
            if let options = want?.options {
                wantText +=
                    "\n  options: " + options.map(TranscriptSyntax.escape).joined(separator: " | ")
            }
            return TranscriptFailure(
                path: transcript.path, line: want?.line ?? line, turn: turn, input: input,
                what: "message \(index + 1)", expected: wantText, got: gotText)
        }
        return nil
    }

    func actual(
        _ assertion: TranscriptAssertion, turn: Turn, state: ConversationState
    ) -> String {
        switch assertion {
        case .intent:
            return TranscriptAssertion.intent(turn.explanation.intent?.name).written
        case .state:
            return TranscriptAssertion.state(state.position).written
        case .slot(let name, _):
            return TranscriptAssertion.slot(name, self.maskedSlot(name, in: state)).written
        case .handoff:
            return TranscriptAssertion.handoff(
                turn.handoff.map { ExpectedHandoff(queue: $0.queue, reason: $0.reason.rawValue) }
            ).written
        case .article:
            return TranscriptAssertion.article(turn.messages.compactMap(\.article).first).written
        case .ended:
            return TranscriptAssertion.ended(state.isEnded).written
        }
    }

    private func maskedSlot(_ name: String, in state: ConversationState) -> String? {
        guard let value = state.slots[name] else { return nil }
        return (self.bot.definition.slot(name)?.isSensitive ?? false)
            ? "[redacted]" : self.bot.mask(value.displayText)
    }
}
