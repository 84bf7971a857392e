import Logging
import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct ConversationSessionTests {
    private static let failure = HandoffStoreError(path: "memory", reason: "disk full")
    private static let failed =
        "Sorry, I couldn't reach our team just now. Please try again in a few minutes."

    private func session(
        _ bot: Bot, store: InMemoryHandoffStore, seed: UInt64 = 7
    ) -> ConversationSession {
        ConversationSession(
            bot: bot, session: "s-1", user: "u-1", handoffStore: store,
            clock: ManualClock(DialogueFixture.now), seed: seed,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test func aStoredHandoffIsToldToTheUser() async throws {
        let store = InMemoryHandoffStore()
        var session = self.session(try FixtureBot.load(), store: store)
        _ = await session.start()
        let turn = await session.send("talk to a human")
        let record = try #require(turn.handoff)
        #expect(try await store.records() == [record])
        #expect(
            turn.messages.map(\.text) == [
                "Ticket \(record.ticket) for Support, due 2026-11-27 14:00 UTC."
            ])
        #expect(turn.endsConversation)
        #expect(session.state.isEnded)
        #expect(session.lastTurn == turn)
    }

    @Test func aFailedHandoffRollsTheTurnBack() async throws {
        let store = InMemoryHandoffStore()
        var session = self.session(try FixtureBot.load(), store: store)
        _ = await session.start()
        _ = await session.send("refund for TP-12345678")
        let before = session.state
        #expect(before.position == "refund.ask_reason")

        await store.failNextAppends(with: Self.failure)
        let failed = await session.send("talk to a human")
        #expect(session.state == before)
        #expect(failed.handoff == nil)
        #expect(!failed.endsConversation)
        #expect(!failed.actions.contains(.endConversation))
        #expect(
            failed.messages == [
                OutgoingMessage(text: Self.failed)
            ])
        #expect(failed.explanation.stateAfter == failed.explanation.stateBefore)
        #expect(
            failed.explanation.steps.last == "the handoff could not be stored; the turn was undone")
        #expect(try await store.records().isEmpty)
        #expect(session.lastTurn == failed)

        await store.failNextAppends(with: nil)
        let retried = await session.send("talk to a human")
        let record = try #require(retried.handoff)
        #expect(record.reason == .userRequest)
        #expect(record.slots == ["order_id": "TP-12345678"])
        #expect(try await store.records() == [record])
        #expect(retried.endsConversation)
        #expect(session.state.isEnded)
        #expect(session.state.ticket == record.ticket)
    }

    @Test func aFailedHandoffKeepsTheConversationGoing() async throws {
        let store = InMemoryHandoffStore()
        var session = self.session(try FixtureBot.load(), store: store)
        _ = await session.start()
        _ = await session.send("i want a refund")
        await store.failNextAppends(with: Self.failure)
        _ = await session.send("someone hacked my account")
        #expect(session.state.position == "refund.ask_order")
        let turn = await session.send("TP-12345678")
        #expect(turn.messages.map(\.text) == ["Why?"])
    }

    @Test func aFailedSafetyHandoffNeverPromisesAPerson() async throws {
        let store = InMemoryHandoffStore()
        var session = self.session(try FixtureBot.load(), store: store)
        _ = await session.start()
        await store.failNextAppends(with: Self.failure)
        let turn = await session.send("someone hacked my account")
        #expect(turn.handoff == nil)
        #expect(!turn.messages.contains { $0.isHandoffNotice })
        #expect(!turn.messages.contains { $0.text.contains("TKT-") })
        #expect(
            turn.messages.last?.text
                == Self.failed)
    }

    @Test
    func theHandoffFailedMessageIsRendered() async throws {
        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""resume": "Back to {flow}.""#,
            with: #""resume": "Back to {flow}.", "handoffFailed": "{bot} can't reach the team.""#)
        let store = InMemoryHandoffStore()
        var session = self.session(try DialogueFixture.bot(["bot.json": settings]), store: store)
        _ = await session.start()
        await store.failNextAppends(with: Self.failure)
        let turn = await session.send("talk to a human")
        #expect(turn.messages.map(\.text) == ["Fixture can't reach the team."])
    }

    @Test func theSameSeedGivesTheSameTickets() async throws {
        let bot = try FixtureBot.load()
        var tickets: [String] = []
        for _ in 0..<2 {
            var session = self.session(bot, store: InMemoryHandoffStore(), seed: 42)
            _ = await session.start()
            let turn = await session.send("talk to a human")
            tickets.append(try #require(turn.handoff?.ticket))
        }
        #expect(tickets[0] == tickets[1])
        var generator = SplitMix64(seed: 42)
        #expect(tickets[0] == DialogueMachine.ticket(from: generator.next()))
    }

    @Test func resetStartsOverAndForgetsTheLastTurn() async throws {
        var session = self.session(try FixtureBot.load(), store: InMemoryHandoffStore())
        _ = await session.start()
        _ = await session.send("refund for TP-12345678")
        await session.reset()
        #expect(session.lastTurn == nil)
        #expect(session.state == ConversationState(session: "s-1", user: "u-1"))
    }
}
