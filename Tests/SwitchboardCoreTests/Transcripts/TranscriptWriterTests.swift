import Testing

@testable import SwitchboardCore

@Suite struct TranscriptWriterTests {
    @Test func writtenTextParsesBackToAnEqualTranscript() throws {
        let parser = TranscriptParser()
        let original = try parser.parse(TranscriptParserTests.everyDirective, path: "t.transcript")
        let text = TranscriptWriter.text(of: original)
        let reparsed = try parser.parse(text, path: "t.transcript")
        #expect(TranscriptContent(reparsed) == TranscriptContent(original))
        #expect(TranscriptWriter.text(of: reparsed) == text)
    }

    @Test func writesTheFormatAuthorsRead() {
        var transcript = Transcript(
            path: "t",
            given: TranscriptGiven(
                clock: Timestamp(millisecondsSince1970: 1_795_773_600_123), seed: 3, user: "u",
                context: ["plan": .text("plus")], slots: ["order_id": .text("TP-12345678")]))
        transcript.greeting = [ExpectedMessage(.exact("Hi"), options: ["A", "B"])]
        transcript.turns = [
            TranscriptTurn(
                input: "two\nlines",
                expected: [
                    ExpectedMessage(.exact("back\\slash")), ExpectedMessage(.contains("part")),
                    ExpectedMessage(.oneOf(["x", "y"])),
                ],
                assertions: [
                    .intent(nil), .state("idle"), .slot("order_id", "TP-12345678"),
                    .slot("email", nil),
                    .handoff(ExpectedHandoff(queue: "general", reason: "safety")),
                    .article("kb-1"), .ended(false),
                ])
        ]
        #expect(
            TranscriptWriter.text(of: transcript, comments: ["Saved by a test."]) == #"""
                # Saved by a test.
                given clock 2026-11-27T10:00:00.123Z
                given seed 3
                given user u
                given context plan = plus
                given slot order_id = TP-12345678

                < Hi
                  options: A | B

                > two\nlines
                < back\\slash
                <~ part
                <| x | y
                  intent: none
                  state: idle
                  slot order_id: TP-12345678
                  slot email: none
                  handoff: general safety
                  article: kb-1
                  ended: false

                """#)
    }

    @Test(arguments: [
        SlotValue.text("plus"), .text("42"), .text("true"), .text("two words"),
        .text("tab\there"), .number(3), .number(2.5), .bool(true), .bool(false),
        .money(Money(minorUnits: 1999, currency: "EUR")),
        .money(Money(minorUnits: -5, currency: "USD")),
    ])
    func givenValuesRoundTrip(_ value: SlotValue) {
        #expect(TranscriptSyntax.value(TranscriptSyntax.written(value)[...]) == value)
    }

    /// Amounts past Int64's minor units, or with signs or non-digits inside, are no amount:
    /// they are read as text (they used to trap on the overflow of whole × 100 + cents).
    @Test(arguments: [
        "92233720368547758.99 USD", "92233720368547758.08 USD", "-92233720368547758.99 USD",
        "92233720368547759 USD", "5.-1 USD", "5.+1 USD", "+5.00 USD", "-+5 USD", ". USD",
    ])
    func givenAmountsOutOfRangeAreText(_ written: String) {
        #expect(TranscriptSyntax.value(written[...]) == .text(written))
    }

    @Test func givenLargestAmountIsMoney() {
        #expect(
            TranscriptSyntax.value("92233720368547758.07 USD")
                == .money(Money(minorUnits: .max, currency: "USD")))
        #expect(
            TranscriptSyntax.value("-92233720368547758.07 USD")
                == .money(Money(minorUnits: -.max, currency: "USD")))
    }

    @Test func givenDatesRoundTrip() throws {
        let value = SlotValue.date(try #require(CalendarDate(year: 2026, month: 2, day: 28)))
        #expect(TranscriptSyntax.written(value) == "2026-02-28")
        #expect(TranscriptSyntax.value(TranscriptSyntax.written(value)[...]) == value)
    }

    @Test func givenTextWithQuotesRoundTrips() {
        let value = SlotValue.text("\"quoted\"")
        #expect(TranscriptSyntax.value(TranscriptSyntax.written(value)[...]) == value)
    }

    @Test(arguments: ["plain", "line\nbreak", "back\\slash", "\\n literally", "tab\tand\rreturn"])
    func escapesRoundTrip(_ text: String) {
        let escaped = TranscriptSyntax.escape(text)
        #expect(!escaped.contains("\n"))
        #expect(TranscriptSyntax.unescape(escaped[...]) == text)
    }
}
