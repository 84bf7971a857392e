import Testing

@testable import SwitchboardCore

/// The conversation log's line formats: exact lines for each event kind, reading them back,
/// and errors that name the field.
@Suite struct ConversationEventTests {
    static let time = Timestamp(millisecondsSince1970: 1_795_773_600_000)  // 2026-11-27T10:00:00Z

    static func event(_ kind: ConversationEvent.Kind, user: String? = "u-1") -> ConversationEvent {
        ConversationEvent(
            time: Self.time, session: "web-42", user: user, bot: "tidepool", kind: kind)
    }

    static let turn = LoggedTurn(
        number: 3, text: "mail [email] about order TP-12345678",
        intent: RecognizedIntent(name: "refund_request", confidence: 0.812_345),
        match: .similarity, stage: .intent, article: nil, stateBefore: "idle",
        state: "refund.ask_order")

    static let kinds: [(ConversationEvent.Kind, String)] = [
        (
            .started(botHash: "sha256:abc"),
            #"{"event":"started","time":"2026-11-27T10:00:00Z","session":"web-42","user":"u-1","bot":"tidepool","botHash":"sha256:abc"}"#
        ),
        (
            .turn(Self.turn),
            #"{"event":"turn","time":"2026-11-27T10:00:00Z","session":"web-42","user":"u-1","bot":"tidepool","turn":3,"text":"mail [email] about order TP-12345678","intent":{"name":"refund_request","confidence":0.8123},"match":"similarity","stage":"intent","article":null,"fallback":false,"stateBefore":"idle","state":"refund.ask_order"}"#
        ),
        (
            .handoff(
                LoggedHandoff(
                    ticket: "TKT-7Q2M9XKD", reason: "user_request", queue: "general",
                    priority: "normal", due: Self.time.adding(minutes: 240))),
            #"{"event":"handoff","time":"2026-11-27T10:00:00Z","session":"web-42","user":"u-1","bot":"tidepool","ticket":"TKT-7Q2M9XKD","reason":"user_request","queue":"general","priority":"normal","due":"2026-11-27T14:00:00Z"}"#
        ),
        (
            .ended(reason: .handoff, contained: false, turns: 4),
            #"{"event":"ended","time":"2026-11-27T10:00:00Z","session":"web-42","user":"u-1","bot":"tidepool","reason":"handoff","contained":false,"turns":4}"#
        ),
        (
            .csat(score: 4),
            #"{"event":"csat","time":"2026-11-27T10:00:00Z","session":"web-42","user":"u-1","bot":"tidepool","score":4}"#
        ),
    ]

    @Test func eachKindIsOneLineWithFixedKeys() {
        for (kind, line) in Self.kinds {
            #expect(Self.event(kind).jsonLine() == line)
        }
    }

    @Test func eachKindReadsBack() throws {
        for (kind, line) in Self.kinds {
            let read = try ConversationEvent(json: JSONParser().parse(line))
            var expected = Self.event(kind)
            if case .turn(var turn) = kind {
                turn.intent?.confidence = 0.8123
                expected.kind = .turn(turn)
            }
            #expect(read == expected)
        }
    }

    @Test func aTurnMarksTheSatisfactionQuestionOnlyWhenAskedOrDeclined() throws {
        for mark in CSATMark.allCases {
            var turn = Self.turn
            turn.csat = mark
            let line = Self.event(.turn(turn)).jsonLine()
            #expect(line.hasSuffix(#","state":"refund.ask_order","csat":"\#(mark.rawValue)"}"#))
            let read = try ConversationEvent(json: JSONParser().parse(line))
            guard case .turn(let back) = read.kind else {
                Issue.record("not a turn: \(line)")
                continue
            }
            #expect(back.csat == mark)
        }
        // Unmarked turns are written exactly as before the mark existed (the `kinds` line).
        #expect(!Self.event(.turn(Self.turn)).jsonLine().contains(#""csat""#))
    }

    @Test func aQuestionAskedWithoutATurnIsItsOwnLine() throws {
        let line = Self.event(.csatAsked).jsonLine()
        #expect(
            line
                == #"{"event":"csat_asked","time":"2026-11-27T10:00:00Z","session":"web-42","user":"u-1","bot":"tidepool"}"#
        )
        #expect(try ConversationEvent(json: JSONParser().parse(line)) == Self.event(.csatAsked))
    }

    @Test func aTurnWithAnUnknownMarkNamesTheField() throws {
        let line = Self.event(.turn(Self.turn)).jsonLine().replacing(
            #""state":"refund.ask_order"}"#, with: #""state":"refund.ask_order","csat":"maybe"}"#)
        #expect(throws: LogFieldError.self) {
            try ConversationEvent(json: JSONParser().parse(line))
        }
        do {
            _ = try ConversationEvent(json: JSONParser().parse(line))
        } catch let error as LogFieldError {
            #expect(error.field == "csat")
        }
    }

    @Test func anUnknownUserIsNull() throws {
        let line = Self.event(.csat(score: 5), user: nil).jsonLine()
        #expect(line.contains(#""user":null"#))
        #expect(try ConversationEvent(json: JSONParser().parse(line)).user == nil)
    }

    @Test func aFallbackTurnSaysSo() {
        var turn = Self.turn
        turn.intent = nil
        turn.match = nil
        turn.stage = .fallback
        let line = Self.event(.turn(turn)).jsonLine()
        #expect(line.contains(#""intent":null,"match":null,"stage":"fallback","#))
        #expect(line.contains(#""fallback":true"#))
    }

    @Test(
        arguments: [
            (#"{"event":"csat","session":"s","bot":"b","score":3}"#, "time", "missing"),
            (
                #"{"event":"csat","time":"yesterday","session":"s","bot":"b","score":3}"#, "time",
                #"expected an ISO 8601 UTC time, found "yesterday""#
            ),
            (
                #"{"event":"csat","time":"2026-11-27T10:00:00Z","session":7,"bot":"b","score":3}"#,
                "session", "expected a string, found number"
            ),
            (
                #"{"event":"csat","time":"2026-11-27T10:00:00Z","session":"s","bot":"b","score":9}"#,
                "score", "expected 1 to 5, found 9"
            ),
            (
                #"{"event":"turn","time":"2026-11-27T10:00:00Z","session":"s","bot":"b","turn":1,"text":"hi","intent":{"name":"x"},"stage":"intent","stateBefore":"idle","state":"idle"}"#,
                "intent.confidence", "missing"
            ),
            (
                #"{"event":"turn","time":"2026-11-27T10:00:00Z","session":"s","bot":"b","turn":1,"text":"hi","stage":"guess","stateBefore":"idle","state":"idle"}"#,
                "stage", #""guess" is not one of"#
            ),
            (
                #"{"event":"accepted","time":"2026-11-27T10:00:00Z","session":"s","bot":"b"}"#,
                "event", #""accepted" is not one of"#
            ),
        ])
    func aBadFieldIsNamed(line: String, field: String, reason: String) throws {
        do {
            _ = try ConversationEvent(json: JSONParser().parse(line))
            Issue.record("\(line) was read")
        } catch let error as LogFieldError {
            #expect(error.field == field)
            #expect(error.reason.hasPrefix(reason))
        }
    }
}
