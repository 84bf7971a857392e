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
}
