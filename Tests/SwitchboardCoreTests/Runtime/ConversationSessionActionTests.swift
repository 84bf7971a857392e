import Logging
import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// A session performing actions with a host: results delivered in order, handoffs from
/// failure paths stored before the user is told, and their events logged.
@Suite struct ConversationSessionActionTests {
    static let bot: Bot? = try? Bot.load(from: ProjectPaths.exampleBot).bot

    func session(
        store: InMemoryHandoffStore, log: InMemoryConversationLogStore? = nil
    ) throws -> ConversationSession {
        ConversationSession(
            bot: try #require(Self.bot), session: "s-1", user: "u-1", handoffStore: store,
            conversationLog: log, clock: ManualClock(DialogueFixture.now), seed: 7,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test func aHostAnswersEveryActionATurnAsksFor() async throws {
        var session = try self.session(store: InMemoryHandoffStore())
        let host = MockActionHost(
            mocks: ActionMocks(entries: [
                "order_status": [.init(result: .success(["status": .string("delivered")]))]
            ]))
        let turns = await session.send("refund for TP-12345678", host: host)
        #expect(turns.count == 2)
        #expect(turns[0].actionRequest?.name == "order_status")
        #expect(turns[1].messages.first?.text == "What's the reason for the refund?")
        #expect(session.state.position == "refund.ask_reason")
        #expect(session.state.pendingAction == nil)
    }

    /// A host that answers after the call's deadline (moving the clock past it).
    struct LateHost: ActionHost {
        let clock: ManualClock

        func perform(_ request: ActionRequest) async -> ActionResult {
            self.clock.set(request.deadline.adding(minutes: 1))
            return .success(["status": .string("delivered")])
        }
    }

    @Test func eachActionIsObservedAsItIsDelivered() async throws {
        var session = try self.session(store: InMemoryHandoffStore())
        let first = await session.send("refund for TP-12345678")
        let request = try #require(first.actionRequest)
        var observed: [PerformedAction] = []
        let host = MockActionHost(
            mocks: ActionMocks(entries: ["order_status": [.init(result: .failure("down"))]]))
        let turns = await session.performActions(after: first, host: host) { observed.append($0) }
        #expect(turns.count == 1)
        #expect(
            observed == [
                PerformedAction(request: request, result: .failure("down"), turn: turns[0])
            ]
        )
        #expect(turns[0].handoff?.state == "order_lookup_failed")
    }

    @Test func aLateResultIsReplacedByTheTimeout() async throws {
        let clock = ManualClock(DialogueFixture.now)
        let store = InMemoryHandoffStore()
        var session = ConversationSession(
            bot: try #require(Self.bot), session: "s-1", user: "u-1", handoffStore: store,
            clock: clock, seed: 7,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let first = await session.send("refund for TP-12345678")
        let request = try #require(first.actionRequest)
        var observed: [PerformedAction] = []
        let turns = await session.performActions(after: first, host: LateHost(clock: clock)) {
            observed.append($0)
        }
        #expect(observed.map(\.deliveryError) == [.late(call: request.call)])
        #expect(observed.map(\.turn) == turns)
        #expect(try await store.records().map(\.state) == ["order_lookup_slow"])
    }

    @Test func aTimeoutsHandoffIsStoredAndLogged() async throws {
        let store = InMemoryHandoffStore()
        let log = InMemoryConversationLogStore()
        var session = try self.session(store: store, log: log)
        let first = await session.send("refund for TP-12345678")
        let call = try #require(first.actionRequest?.call)
        let turn = try await session.deliver(.timeout, call: call)
        let record = try #require(turn.handoff)
        #expect(record.state == "order_lookup_slow")
        #expect(try await store.records() == [record])
        let kinds = try await log.events().map(\.kind)
        #expect(kinds.contains { if case .handoff = $0 { return true } else { return false } })
        await #expect(throws: ActionDeliveryError.nothingPending(call: call)) {
            _ = try await session.deliver(.timeout, call: call)
        }
    }

    /// A host that records the requests it gets and fails each call.
    actor RecordingHost: ActionHost {
        private(set) var requests: [ActionRequest] = []

        func perform(_ request: ActionRequest) async -> ActionResult {
            self.requests.append(request)
            return .failure("backend down")
        }
    }

    /// A sensitive slot's value goes to the backend as it is (it needs it), and nowhere else:
    /// not the conversation log, the handoff record, the saved state's history or the
    /// explanations.
    @Test func aSensitiveArgumentReachesTheHostAndNoLog() async throws {
        let slots = try #require(FixtureBot.files["slots.json"]).replacing(
            #""maxAttempts": 3"#, with: #""maxAttempts": 3, "sensitive": true"#)
        let bot = try DialogueFixture.bot([
            "slots.json": slots,
            "flows.json": FixtureBot.flows(
                lookup: #"""
                    "type": "action", "action": "order_status",
                    "args": { "order": "{order_id}", "note": "about {order_id}" },
                    "next": "ask_reason", "onFailure": "review"
                    """#,
                states: #"""
                    "review": { "type": "handoff", "queue": "general", "reason": "policy_required" },
                    """#),
        ])
        let store = InMemoryHandoffStore()
        let log = InMemoryConversationLogStore()
        var session = ConversationSession(
            bot: bot, session: "s-1", user: "u-1", handoffStore: store, conversationLog: log,
            clock: ManualClock(DialogueFixture.now), seed: 7,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let host = RecordingHost()
        _ = await session.send("I want a refund", host: host)
        let turns = await session.send("TP-12345678", host: host)
        let request = try #require(await host.requests.first)
        #expect(
            request.arguments == [
                "order": .string("TP-12345678"), "note": .string("about [redacted]"),
            ])
        let record = try #require(turns.last?.handoff)
        #expect(try await store.records() == [record])
        var written = try await log.events().map { $0.jsonLine() }
        written.append(record.jsonLine())
        written += turns.map { "\($0.explanation)" }
        written += session.state.history.filter { !$0.isSensitive }.map(\.text)
        #expect(!written.isEmpty)
        #expect(!written.contains { $0.contains("12345678") })
    }

    @Test func aQuestionAskedAfterAnActionsResultIsItsOwnLine() async throws {
        let log = InMemoryConversationLogStore()
        var session = try self.session(store: InMemoryHandoffStore(), log: log)
        let host = MockActionHost(
            mocks: ActionMocks(entries: [
                "order_status": [.init(result: .success(["status": .string("refunded")]))]
            ]))
        let turns = await session.send("refund for TP-12345678", host: host)
        #expect(turns.count == 2)
        #expect(!turns[0].asksRating && turns[1].asksRating)
        let events = try await log.events()
        // The action's turn has no user message, so no turn line to mark.
        #expect(events.map(\.kind.name) == ["started", "turn", "csat_asked"])
        if case .turn(let turn) = events[1].kind { #expect(turn.csat == nil) }
    }
}
