import Testing

@testable import SwitchboardCore

@Suite struct TranscriptParserTests {
    static let everyDirective = #"""
        # A transcript with every directive.
        given clock 2026-11-27T10:00:00Z
        given seed 9
        given session web-7
        given user u-42
        given context plan = plus
        given context has_account = false
        given slot order_id = TP-12345678
        given slot amount = 4.99 USD
        given slot bought = 2026-11-20
        given slot count = 3
        given slot quoted = "42"

        < Hello\nthere
          options: A | B

        > first line\nsecond \\ line
        < exact text
        <~ part
        <* ^Ticket TKT-[0-9A-Z]{8}
        <| one | two\tthree
          options: Yes | No
          intent: refund
          state: refund.ask_order
          slot order_id: TP-12345678
          slot reason: none
          handoff: general user_request
          article: reset-password
          ended: true
          # A comment inside a turn.

        >   spaced input
          intent: none
          handoff: none
          article: none
          ended: false
          state: idle
        """#

    @Test func readsEveryDirective() throws {
        let transcript = try TranscriptParser().parse(Self.everyDirective, path: "t.transcript")
        #expect(transcript.path == "t.transcript")
        #expect(
            transcript.given
                == TranscriptGiven(
                    clock: Timestamp(millisecondsSince1970: 1_795_773_600_000), seed: 9,
                    session: "web-7", user: "u-42",
                    context: ["plan": .text("plus"), "has_account": .bool(false)],
                    slots: [
                        "order_id": .text("TP-12345678"),
                        "amount": .money(Money(minorUnits: 499, currency: "USD")),
                        "bought": .date(try #require(CalendarDate(year: 2026, month: 11, day: 20))),
                        "count": .number(3),
                        "quoted": .text("42"),
                    ]))
        #expect(
            TranscriptContent(transcript).greeting == [
                TranscriptContent.Expectation(match: .exact("Hello\nthere"), options: ["A", "B"])
            ])
        #expect(transcript.greeting.map(\.line) == [14])
        #expect(transcript.turns.count == 2)
        let first = transcript.turns[0]
        #expect(first.input == "first line\nsecond \\ line")
        #expect(first.line == 17)
        #expect(first.expected.map(\.line) == [18, 19, 20, 21])
        #expect(
            first.expected.map(\.match) == [
                .exact("exact text"), .contains("part"),
                .regex(try CompiledPattern("^Ticket TKT-[0-9A-Z]{8}")),
                .oneOf(["one", "two\tthree"]),
            ])
        #expect(first.expected.map(\.options) == [nil, nil, nil, ["Yes", "No"]])
        #expect(
            first.assertions == [
                .intent("refund"), .state("refund.ask_order"), .slot("order_id", "TP-12345678"),
                .slot("reason", nil),
                .handoff(ExpectedHandoff(queue: "general", reason: "user_request")),
                .article("reset-password"), .ended(true),
            ])
        let second = transcript.turns[1]
        #expect(second.input == "  spaced input")
        #expect(second.line == 32)
        #expect(second.expected.isEmpty)
        #expect(
            second.assertions == [
                .intent(nil), .handoff(nil), .article(nil), .ended(false), .state("idle"),
            ])
    }

    @Test func expectationsMatchMessages() throws {
        let transcript = try TranscriptParser().parse(Self.everyDirective, path: "t")
        let expected = transcript.turns[0].expected
        #expect(expected[0].accepts(OutgoingMessage(text: "exact text")))
        #expect(!expected[0].accepts(OutgoingMessage(text: "exact text!")))
        #expect(expected[1].accepts(OutgoingMessage(text: "a part of it")))
        #expect(!expected[1].accepts(OutgoingMessage(text: "a whole")))
        #expect(expected[2].accepts(OutgoingMessage(text: "Ticket TKT-0A1B2C3D for you")))
        #expect(!expected[2].accepts(OutgoingMessage(text: "Your Ticket TKT-0A1B2C3D")))
        #expect(expected[3].accepts(OutgoingMessage(text: "one", options: ["Yes", "No"])))
        #expect(!expected[3].accepts(OutgoingMessage(text: "one")))
        #expect(!expected[3].accepts(OutgoingMessage(text: "three", options: ["Yes", "No"])))
    }

    @Test func givenStateStartsMidFlowWithoutAGreeting() throws {
        let transcript = try TranscriptParser().parse(
            """
            given slot order_id = TP-12345678
            given state refund.ask_reason
            > broken
            < Refund TP-12345678?
            """, path: "t")
        #expect(transcript.given.state == "refund.ask_reason")
        #expect(transcript.greeting.isEmpty)
        #expect(transcript.turns.map(\.input) == ["broken"])
    }

    @Test func theDefaultsApplyWithoutGiven() throws {
        let transcript = try TranscriptParser().parse("> hi\n< hello\n", path: "t")
        #expect(transcript.given == TranscriptGiven())
        #expect(transcript.given.clock.isoString == "2026-01-05T10:00:00Z")
        #expect(transcript.given.seed == 1)
        #expect(transcript.given.session == "transcript")
        #expect(
            transcript.turns == [
                TranscriptTurn(
                    input: "hi", line: 1, expected: [ExpectedMessage(.exact("hello"), line: 2)])
            ])
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        let transcript = try TranscriptParser().parse(
            "> hi\r\n< hello\r\n  state: idle\r\n", path: "t")
        #expect(transcript.turns.first?.input == "hi")
        #expect(transcript.turns.first?.expected == [ExpectedMessage(.exact("hello"), line: 2)])
        #expect(transcript.turns.first?.assertions == [.state("idle")])
    }

    @Test func anEmptyExpectationIsAnEmptyMessage() throws {
        let transcript = try TranscriptParser().parse("> hi\n<\n", path: "t")
        #expect(transcript.turns.first?.expected == [ExpectedMessage(.exact(""), line: 2)])
    }

    @Test func readsBytes() throws {
        let transcript = try TranscriptParser().parse(Array("> héllo ✓\n".utf8), path: "t")
        #expect(transcript.turns.first?.input == "héllo ✓")
    }

    @Test func aByteOrderMarkAtTheStartIsSkipped() throws {
        // Found by fuzzing: a transcript saved by a Windows editor failed with "unknown
        // directive '# ...'" on its first line, the mark invisible in the message.
        let bytes = [0xEF, 0xBB, 0xBF] + Array("# a comment\n> hi\n< hello\n".utf8)
        let transcript = try TranscriptParser().parse(bytes, path: "t")
        #expect(transcript.turns.first?.input == "hi")
        #expect(transcript.turns.first?.expected == [ExpectedMessage(.exact("hello"), line: 3)])
    }
}
