import Logging
import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// What a conversation writes to the conversation log: the events of each turn, in order,
/// and never the user's personal data.
@Suite struct ConversationSessionLoggingTests {
    static let email = "jane.doe+orders@example.com"
    static let phone = "+44 20 7946 0958"
    static let card = "4111 1111 1111 1111"
    static let iban = "GB82 WEST 1234 5698 7654 32"

    private func session(
        _ bot: Bot, log: InMemoryConversationLogStore,
        handoffs: InMemoryHandoffStore = InMemoryHandoffStore()
    ) -> ConversationSession {
        ConversationSession(
            bot: bot, session: "s-1", user: "u-1", handoffStore: handoffs, conversationLog: log,
            clock: ManualClock(DialogueFixture.now), seed: 7,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    /// The fixture with its extras, the newsletter flow closing the conversation when done.
    static func closingBot() throws -> Bot {
        try DialogueFixture.bot([
            "extras.json": DialogueFixture.extras.replacing(
                #""done": { "type": "end", "say": "Subscribed." }"#,
                with: #""done": { "type": "end", "say": "Subscribed.", "close": true }"#)
        ])
    }

    @Test func aScriptedConversationLogsMaskedTextOnly() async throws {
        let log = InMemoryConversationLogStore()
        let handoffs = InMemoryHandoffStore()
        var session = self.session(try Self.closingBot(), log: log, handoffs: handoffs)
        _ = await session.start()
        let script = [
            "my email is \(Self.email), call me on \(Self.phone)",
            "card \(Self.card) and iban \(Self.iban)",
            "sign me up for the newsletter",
            Self.email,
            "talk to a human",
        ]
        var turns: [Turn] = []
        for line in script { turns.append(await session.send(line)) }

        let events = try await log.events()
        let lines = events.map { $0.jsonLine() }
        for line in lines {
            for secret in [Self.email, "7946", "4111", "WEST", "jane"] {
                #expect(!line.contains(secret), "\(line) holds \(secret)")
            }
            #expect(line.contains(#""session":"s-1","user":"u-1","bot":"bot""#))
        }
        try #require(
            events.map(\.kind.name) == [
                "started", "turn", "turn", "turn", "turn", "ended", "started", "turn", "handoff",
                "ended",
            ])
        let logged = events.compactMap { event -> LoggedTurn? in
            if case .turn(let turn) = event.kind { return turn }
            return nil
        }
        #expect(
            logged.map(\.text) == [
                "my email is [email], call me on [phone]", "card [card] and iban [iban]",
                "sign me up for the newsletter", "[redacted]", "talk to a human",
            ])
        #expect(logged.map(\.number) == [1, 2, 3, 4, 1])
        #expect(logged.map(\.stage) == [.fallback, .fallback, .intent, .slot, .global])
        #expect(logged.map(\.isFallback) == [true, true, false, false, false])
        #expect(logged[2].intent?.name == "newsletter")
        #expect(logged[2].match == .rule)
        #expect(logged[2].state == "newsletter.ask_email")
        #expect(logged[3].stateBefore == "newsletter.ask_email" && logged[3].state == "ended")

        // The newsletter flow closed the conversation, contained; the next message began a
        // new one, which was handed off.
        #expect(events[5].kind == .ended(reason: .closed, contained: true, turns: 4))
        let record = try #require(turns[4].handoff)
        #expect(try await handoffs.records() == [record])
        #expect(events[8].kind == .handoff(LoggedHandoff(record)))
        #expect(events[9].kind == .ended(reason: .handoff, contained: false, turns: 1))
        #expect(events.allSatisfy { $0.time == DialogueFixture.now })
    }

    /// A flow that collects an email slot that is not sensitive, repeats it, and hands off.
    static let contactFlow = """
        {
          "intents": { "contact": { "title": "Contact", "examples": ["contact me by email"],
                                    "rules": [{ "phrase": "contact me" }], "flow": "contact" } },
          "slots": { "contact_email": { "entity": "email", "prompts": ["What's your email?"],
                                        "invalid": "That doesn't look like an email address.",
                                        "validate": { "maxLength": 254 } } },
          "flows": { "contact": { "states": {
            "ask": { "type": "collect", "slot": "contact_email", "next": "desk" },
            "desk": { "type": "handoff", "say": "We'll write to {contact_email}.",
                      "reason": "user_request" }
          } } }
        }
        """

    /// An address with letters outside ASCII fills an email slot, and is masked as an email
    /// in the conversation log and the handoff record (slot, transcript, echoed message).
    @Test func anInternationalAddressFillsAnEmailSlotAndIsMaskedEverywhere() async throws {
        let log = InMemoryConversationLogStore()
        let handoffs = InMemoryHandoffStore()
        var session = self.session(
            try DialogueFixture.bot(["contact.json": Self.contactFlow]), log: log,
            handoffs: handoffs)
        _ = await session.send("please contact me")
        let turn = await session.send("it's Jürgen@Müller-Bäckerei.de")
        #expect(session.state.slots["contact_email"] == .text("Jürgen@müller-bäckerei.de"))
        #expect(turn.messages.map(\.text).first == "We'll write to Jürgen@müller-bäckerei.de.")
        let record = try #require(turn.handoff)
        #expect(record.slots["contact_email"] == "[email]")
        #expect(
            record.transcript.map(\.text).suffix(2) == [
                "it's [email]", "We'll write to [email].",
            ])
        let lines = try await log.events().map { $0.jsonLine() }
        for line in lines + record.transcript.map(\.text) {
            for secret in ["ürgen", "Müller", "müller", "Bäckerei", "bäckerei"] {
                #expect(!line.contains(secret), "\(line) holds \(secret)")
            }
        }
        #expect(lines.contains { $0.contains(#""text":"it's [email]""#) })
    }

    @Test func cardsAndCredentialsAreMaskedWhateverThePIISettingSays() async throws {
        let log = InMemoryConversationLogStore()
        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""name": "Fixture","#, with: #""name": "Fixture", "pii": { "mask": ["email"] },"#)
        var session = self.session(try DialogueFixture.bot(["bot.json": settings]), log: log)
        _ = await session.send("card \(Self.card), my PIN is 4821, mail \(Self.email)")
        let logged = try await log.events().compactMap { event -> LoggedTurn? in
            if case .turn(let turn) = event.kind { return turn }
            return nil
        }
        #expect(logged.map(\.text) == ["card [card], my PIN is [credential], mail [email]"])
    }

    @Test func anAnswerToASensitiveSlotIsRedactedInWhyToo() async throws {
        let log = InMemoryConversationLogStore()
        var session = self.session(try Self.closingBot(), log: log)
        _ = await session.send("sign me up for the newsletter")
        let turn = await session.send(Self.email)
        #expect(turn.explanation.inputIsSensitive)
        #expect(turn.explanation.input == "[redacted]")
        #expect(turn.explanation.normalized == "[redacted]")
    }

    @Test func aSensitiveValueGivenToAYesNoQuestionIsRedactedEverywhere() async throws {
        // A membership number is no personal data the masker knows: only the slot being
        // sensitive keeps it out of the files.
        let renewal = """
            {
              "intents": { "renew": { "title": "Renew", "examples": ["renew my membership"],
                                      "rules": [{ "phrase": "renew" }], "flow": "renew" } },
              "entities": { "member": { "type": "reference", "format": "LIB-#####" } },
              "slots": { "member": { "entity": "member", "prompts": ["Your membership number?"],
                                     "sensitive": true } },
              "flows": { "renew": { "states": {
                "member_q": { "type": "confirm", "say": "Do you have your membership number?",
                              "yes": "ask_member", "no": "desk" },
                "ask_member": { "type": "collect", "slot": "member", "next": "desk" },
                "desk": { "type": "handoff", "reason": "policy_required" }
              } } }
            }
            """
        let log = InMemoryConversationLogStore()
        let handoffs = InMemoryHandoffStore()
        var session = self.session(
            try DialogueFixture.bot(["renew.json": renewal]), log: log, handoffs: handoffs)
        _ = await session.send("renew please")
        let turn = await session.send("it's LIB-12345")
        let record = try #require(turn.handoff)
        #expect(record.slots["member"] == "[redacted]")
        #expect(record.transcript.contains { $0.speaker == .user && $0.text == "[redacted]" })
        #expect(!record.transcript.contains { $0.text.contains("12345") })
        #expect(turn.explanation.input == "[redacted]")
        for line in try await log.events().map({ $0.jsonLine() }) {
            #expect(!line.contains("12345"), "\(line) holds the membership number")
        }
    }

    @Test func aRatingIsLoggedAfterItsTurn() async throws {
        let log = InMemoryConversationLogStore()
        var session = self.session(try FixtureBot.load(), log: log)
        for line in ["refund for TP-12345678", "broken", "yes", "4"] {
            _ = await session.send(line)
        }
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "turn", "turn", "turn", "csat"])
        #expect(events.last?.kind == .csat(score: 4))
        if case .turn(let turn) = events[4].kind {
            #expect(turn.stage == .csat)
            #expect(turn.csat == nil)
        } else {
            Issue.record("no turn before the rating")
        }
        // The turn whose reply asked the question is marked.
        let marks = events.compactMap { event -> CSATMark?? in
            if case .turn(let turn) = event.kind { return .some(turn.csat) }
            return nil
        }
        #expect(marks == [nil, nil, .asked, nil])
    }

    @Test func aDeclinedRatingIsMarkedOnItsTurnAndRecordsNoScore() async throws {
        let log = InMemoryConversationLogStore()
        var session = self.session(try FixtureBot.load(), log: log)
        for line in ["refund for TP-12345678", "broken", "yes", "6", "no thanks"] {
            _ = await session.send(line)
        }
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "turn", "turn", "turn", "turn"])
        let turns = events.compactMap { event -> LoggedTurn? in
            if case .turn(let turn) = event.kind { return turn }
            return nil
        }
        // Asked once; "6" is asked again (not a second question); "no thanks" declines.
        #expect(turns.map(\.csat) == [nil, nil, .asked, nil, .declined])
        #expect(turns.map(\.stage) == [.intent, .slot, .confirmation, .csat, .csat])
    }

    @Test func resetAndEndCloseTheConversationOnce() async throws {
        let log = InMemoryConversationLogStore()
        var session = self.session(try FixtureBot.load(), log: log)
        await session.end(.client)
        #expect(try await log.events().isEmpty)

        _ = await session.start()
        _ = await session.send("what are your opening hours")
        await session.reset()
        _ = await session.start()
        await session.end(.client)
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "ended", "started", "ended"])
        #expect(events[2].kind == .ended(reason: .reset, contained: true, turns: 1))
        #expect(events[4].kind == .ended(reason: .client, contained: true, turns: 0))

        _ = await session.send("talk to a human")
        await session.end(.client)
        let after = try await log.events()
        #expect(after.suffix(2).map(\.kind.name) == ["handoff", "ended"])
        #expect(after.last?.kind == .ended(reason: .handoff, contained: false, turns: 1))
    }

    @Test func aMessageAfterAHandoffStaysInTheSameConversation() async throws {
        let log = InMemoryConversationLogStore()
        var session = self.session(try FixtureBot.load(), log: log)
        _ = await session.send("talk to a human")
        _ = await session.send("hello?")
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "handoff", "ended", "turn"])
        if case .turn(let turn) = events[4].kind {
            #expect(turn.stage == .handedOff)
            #expect(turn.number == 2)
        }
    }

    @Test func aFailingLogChangesNothingTheUserSees() async throws {
        let bot = try FixtureBot.load()
        let log = InMemoryConversationLogStore()
        await log.failAppends(with: ConversationLogError(path: "memory", reason: "disk full"))
        var logged = self.session(bot, log: log)
        var plain = ConversationSession(
            bot: bot, session: "s-1", user: "u-1", handoffStore: InMemoryHandoffStore(),
            clock: ManualClock(DialogueFixture.now), seed: 7,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        for line in ["refund for TP-12345678", "broken", "talk to a human"] {
            let withLog = await logged.send(line)
            let without = await plain.send(line)
            #expect(withLog == without)
        }
        #expect(logged.state == plain.state)
        #expect(try await log.events().isEmpty)
    }
}
