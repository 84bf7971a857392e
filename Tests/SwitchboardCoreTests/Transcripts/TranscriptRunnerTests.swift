import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct TranscriptRunnerTests {
    static let inputs = [
        "i want a refund", "nope", "what are your opening hours", "TP-12345678", "broken", "yes",
        "4",
    ]

    /// The recorded transcript of ``inputs``, written as text.
    private func recordedText(_ bot: Bot) throws -> String {
        let transcript = try TranscriptRunner(bot: bot).record(
            inputs: Self.inputs, given: TranscriptGiven(seed: 5), path: "r.transcript")
        return TranscriptWriter.text(of: transcript)
    }

    private func replay(_ text: String, _ bot: Bot) throws -> TranscriptOutcome {
        TranscriptRunner(bot: bot).replay(try TranscriptParser().parse(text, path: "r.transcript"))
    }

    @Test func aRecordedTranscriptReplaysGreen() throws {
        let bot = try FixtureBot.load()
        let text = try self.recordedText(bot)
        guard case .passed(let run) = try self.replay(text, bot) else {
            Issue.record("the recorded transcript did not replay:\n\(text)")
            return
        }
        #expect(run.turns.count == Self.inputs.count)
        #expect(run.greeting?.messages.map(\.text) == ["Hello from the fixture bot."])
        #expect(run.states.last?.position == "idle")
        #expect(
            text.contains(
                "\n> what are your opening hours\n< We are open 9 to 5.\n< Back to your refund.\n"))
        #expect(text.contains("  intent: refund\n  state: refund.ask_order\n"))
        #expect(text.contains("  slot order_id: TP-12345678\n"))
        #expect(text.contains("< Refund TP-12345678?\n  options: Yes | No\n"))
    }

    @Test func aChangedTextFailsAtItsTurnWithExpectedAndGot() throws {
        let bot = try FixtureBot.load()
        let text = try self.recordedText(bot).replacing(
            "< We are open 9 to 5.", with: "< We are open 8 to 6.")
        guard case .failed(let failure) = try self.replay(text, bot) else {
            Issue.record("a changed text replayed green")
            return
        }
        #expect(failure.turn == 3)
        #expect(failure.input == "what are your opening hours")
        #expect(failure.what == "message 1")
        #expect(failure.expected == "< We are open 8 to 6.")
        #expect(failure.got == "< We are open 9 to 5.")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex(of: "< We are open 8 to 6.")) + 1
        #expect(failure.line == line)
        #expect(
            failure.description
                == "r.transcript:\(line): turn 3 (> what are your opening hours): message 1\n"
                + "  Expected: < We are open 8 to 6.\n  Got:      < We are open 9 to 5.")
    }

    @Test func aChangedBotFailsTheRecordedTranscript() throws {
        let text = try self.recordedText(try FixtureBot.load())
        let intents = (FixtureBot.files["intents.json"] ?? "").replacing(
            "We are open 9 to 5.", with: "We open at nine.")
        guard
            case .failed(let failure) = try self.replay(
                text, try DialogueFixture.bot(["intents.json": intents]))
        else {
            Issue.record("the changed bot replayed green")
            return
        }
        #expect(failure.turn == 3)
        #expect(failure.description.contains("Expected: < We are open 9 to 5."))
        #expect(failure.description.contains("Got:      < We open at nine."))
    }

    @Test func aFailedAssertionIsReported() throws {
        let bot = try FixtureBot.load()
        let outcome = try self.replay(
            """
            > i want a refund
            < Let's sort out your refund.
            < What's the order number?
              intent: refund
              state: idle
            """, bot)
        guard case .failed(let failure) = outcome else {
            Issue.record("a wrong state assertion replayed green")
            return
        }
        #expect(failure.turn == 1)
        #expect(failure.line == 5)  // the state line, not the '>' line
        #expect(failure.what == "assertion")
        #expect(failure.expected == "state: idle")
        #expect(failure.got == "state: refund.ask_order")
    }

    @Test func aGivenSlotTheBotLacksIsReportedAtItsLine() throws {
        let outcome = try self.replay(
            """
            given slot order_id = TP-12345678
            given slot ordr_id = TP-12345678
            given state refund.ask_reason
            > broken
            """, try FixtureBot.load())
        guard case .failed(let failure) = outcome else {
            Issue.record("a transcript with an unknown given slot replayed green")
            return
        }
        #expect(
            failure.description
                == "r.transcript:2: given slot 'ordr_id': the bot has no such slot "
                + "(did you mean 'order_id'?)")
    }

    @Test func aGivenStateTheBotLacksIsReportedAtItsLineWithASuggestion() throws {
        let outcome = try self.replay(
            """
            # starts mid-flow
            given state refund.ask_reasn
            > broken
            """, try FixtureBot.load())
        guard case .failed(let failure) = outcome else {
            Issue.record("a transcript with an unknown given state replayed green")
            return
        }
        #expect(
            failure.description
                == "r.transcript:2: given state 'refund.ask_reasn': the bot has no such state "
                + "(did you mean 'refund.ask_reason'?)")
    }

    @Test func aGivenStateThatDoesNotWaitNamesItsType() throws {
        let outcome = try self.replay(
            "given user u-1\ngiven state refund.done\n> hi\n", try FixtureBot.load())
        guard case .failed(let failure) = outcome else {
            Issue.record("a transcript starting at an end state replayed green")
            return
        }
        #expect(
            failure.description
                == "r.transcript:2: given state 'refund.done' is an end state; "
                + "start at a collect or confirm state")
    }

    @Test func aSlotAssertionOnASlotTheBotLacksFailsInsteadOfPassing() throws {
        // `none` is what an unknown slot would read, so the typo would check nothing.
        let outcome = try self.replay(
            """
            > i want a refund
            < Let's sort out your refund.
            < What's the order number?
              slot ordr_id: none
            """, try FixtureBot.load())
        guard case .failed(let failure) = outcome else {
            Issue.record("an assertion on an unknown slot replayed green")
            return
        }
        #expect(
            failure.description
                == "r.transcript:4: slot 'ordr_id': the bot has no such slot "
                + "(did you mean 'order_id'?)")
    }

    @Test func aMissingMessageIsReported() throws {
        let outcome = try self.replay(
            """
            > i want a refund
            < Let's sort out your refund.
            """, try FixtureBot.load())
        guard case .failed(let failure) = outcome else {
            Issue.record("a missing expectation replayed green")
            return
        }
        #expect(failure.what == "message 2")
        #expect(failure.expected == "(no message)")
        #expect(failure.got == "< What's the order number?")
    }

    @Test func givenStateStartsMidFlow() throws {
        let outcome = try self.replay(
            """
            given slot order_id = TP-12345678
            given state refund.ask_reason
            > it arrived broken
            < Refund TP-12345678?
              options: Yes | No
              intent: none
              state: refund.confirm
              slot reason: damaged
            > no
            < Nothing done.
              state: idle
            """, try FixtureBot.load())
        guard case .passed(let run) = outcome else {
            Issue.record("the mid-flow transcript failed: \(outcome)")
            return
        }
        #expect(run.greeting == nil)
        #expect(run.states.first?.slots["order_id"] == .text("TP-12345678"))
    }

    @Test func theGreetingIsChecked() throws {
        let outcome = try self.replay("< Hi there\n> hello\n", try FixtureBot.load())
        guard case .failed(let failure) = outcome else {
            Issue.record("a wrong greeting replayed green")
            return
        }
        #expect(failure.turn == 0)
        #expect(failure.expected == "< Hi there")
        #expect(failure.got == "< Hello from the fixture bot.")
        #expect(failure.description.hasPrefix("r.transcript:1: greeting: message 1"))
    }

    @Test(arguments: [
        (
            "given slot ordr_id = TP-1\n> hi\n",
            "given slot 'ordr_id': the bot has no such slot (did you mean 'order_id'?)"
        ),
        (
            "given state refund.nowhere\n> hi\n",
            "given state 'refund.nowhere': the bot has no such state"
        ),
        (
            "given state refund.done\n> hi\n",
            "given state 'refund.done' is an end state; start at a collect or confirm state"
        ),
    ])
    func anImpossibleSetupFails(_ text: String, _ message: String) throws {
        guard case .failed(let failure) = try self.replay(text, try FixtureBot.load()) else {
            Issue.record("an impossible setup replayed green")
            return
        }
        #expect(failure.turn == 0)
        #expect(failure.what == message)
    }

    @Test func theSeedDecidesTheTicket() throws {
        let bot = try FixtureBot.load()
        let run = try TranscriptRunner(bot: bot).play(
            inputs: ["talk to a human"], given: TranscriptGiven(seed: 11), path: "t")
        var generator = SplitMix64(seed: 11)
        #expect(run.turns.first?.handoff?.ticket == DialogueMachine.ticket(from: generator.next()))
        let outcome = try self.replay(
            """
            given seed 11
            > talk to a human
            <* ^Ticket TKT-[0-9A-Z]{8} for Support, due 2026-01-05 14:00 UTC\\.$
              handoff: general user_request
              ended: true
              state: ended
            """, bot)
        guard case .passed = outcome else {
            Issue.record("the handoff transcript failed: \(outcome)")
            return
        }
    }
}
