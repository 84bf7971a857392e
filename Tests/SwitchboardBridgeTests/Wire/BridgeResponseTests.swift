import SwitchboardBridge
import Testing

@Suite struct BridgeResponseTests {
    private func text(_ response: BridgeResponse) -> String {
        String(decoding: response.jsonLine(), as: UTF8.self)
    }

    @Test func aReplyHasEveryKeyInOrder() {
        let reply = BridgeReply(
            id: .number("7"), session: "web-42",
            messages: [
                BridgeMessage(text: "Pick one", options: ["Yes", "No"]),
                BridgeMessage(text: "See this", article: "refund-timelines"),
            ],
            intent: BridgeIntent(name: "refund_request", confidence: 0.876_54),
            state: "refund.ask_order",
            handoff: BridgeHandoff(
                ticket: "TKT-1", queue: "payments", priority: "normal", reason: "user_request",
                due: "2026-11-28T10:00:00Z"),
            ended: false)
        #expect(
            self.text(.reply(reply))
                == #"{"id":7,"session":"web-42","type":"reply","messages":[{"text":"Pick one","options":["Yes","No"]},{"text":"See this","article":"refund-timelines"}],"intent":{"name":"refund_request","confidence":0.8765},"state":"refund.ask_order","handoff":{"ticket":"TKT-1","queue":"payments","priority":"normal","reason":"user_request","due":"2026-11-28T10:00:00Z"},"ended":false}"#
        )
    }

    @Test func absentPartsAreNullAndRuleConfidenceIsOne() {
        let reply = BridgeReply(
            id: nil, session: "s", messages: [],
            intent: BridgeIntent(name: "agent", confidence: 1), state: "idle", handoff: nil,
            ended: true)
        #expect(
            self.text(.reply(reply))
                == #"{"id":null,"session":"s","type":"reply","messages":[],"intent":{"name":"agent","confidence":1},"state":"idle","handoff":null,"ended":true}"#
        )
    }

    /// The reply to a malformed `action_result` (protocol 1.3) carries the line's error in
    /// `action`, last; other replies to results have none.
    @Test func aReplyToAMalformedResultCarriesItsError() {
        var reply = BridgeReply(
            id: .number("9"), session: "s", messages: [], intent: nil, state: "ended",
            handoff: nil, ended: true,
            action: BridgeActionOutcome(
                call: "C2-X", outcome: "failure",
                error: BridgeError(.invalidField, #""ok" must be true or false"#)))
        #expect(
            self.text(.reply(reply))
                == #"{"id":9,"session":"s","type":"reply","messages":[],"intent":null,"state":"ended","handoff":null,"ended":true,"action":{"call":"C2-X","outcome":"failure","error":{"code":"invalid_field","message":"\"ok\" must be true or false"}}}"#
        )
        reply.action = BridgeActionOutcome(call: "C2-X", outcome: "failure")
        #expect(
            self.text(.reply(reply)).hasSuffix(
                #""ended":true,"action":{"call":"C2-X","outcome":"failure"}}"#))
    }

    @Test func errorsCarryTheIdOnlyWhenKnown() {
        #expect(
            self.text(.error(BridgeRejection(BridgeError(.emptyLine, "the line is empty"))))
                == #"{"type":"error","error":{"code":"empty_line","message":"the line is empty"}}"#)
        #expect(
            self.text(
                .error(
                    BridgeRejection(id: .string("q"), BridgeError(.unknownType, "unknown \"x\""))))
                == #"{"id":"q","type":"error","error":{"code":"unknown_type","message":"unknown \"x\""}}"#
        )
    }

    @Test func readyPongAndState() {
        #expect(
            self.text(
                .ready(
                    BridgeReady(
                        bot: "tidepool", botHash: "sha256:ab", sessions: 3, maxLineBytes: 65_536,
                        idleMinutes: nil)))
                == #"{"type":"ready","protocol":1,"version":"1.5","bot":"tidepool","botHash":"sha256:ab","sessions":3,"maxLineBytes":65536,"idleMinutes":null}"#
        )
        #expect(
            self.text(.pong(BridgePong(id: .number("1e3"), sessions: 2)))
                == #"{"id":1e3,"type":"pong","protocol":1,"sessions":2}"#)
        let report = BridgeStateReport(
            id: nil, session: "s", state: "refund.confirm", turn: 3,
            slots: ["order_id": "TP-12345678", "email": "[redacted]"], intent: "refund",
            handoff: BridgeOpenHandoff(
                ticket: "TKT-2", queue: "general", priority: "high", due: "2026-11-27T11:00:00Z"),
            ended: true)
        #expect(
            self.text(.state(report))
                == #"{"id":null,"session":"s","type":"state","state":"refund.confirm","turn":3,"slots":{"email":"[redacted]","order_id":"TP-12345678"},"intent":"refund","handoff":{"ticket":"TKT-2","queue":"general","priority":"high","due":"2026-11-27T11:00:00Z"},"ended":true}"#
        )
    }

    @Test func erasedCountsSetAsideFilesAfterTheLogs() {
        let files = [BridgeErasure.File(path: "handoff.jsonl", removedLines: 2, keptLines: 40)]
        #expect(
            self.text(
                .erased(
                    BridgeErasure(
                        id: .string("g1"), sessions: 1, files: files,
                        unreadableFiles: SetAsideErasure(removed: 1, kept: 2, unattributed: 3))))
                == #"{"id":"g1","type":"erased","sessions":1,"files":[{"path":"handoff.jsonl","removedLines":2,"keptLines":40,"removedUnreadableLines":0,"keptUnreadableLines":0}],"unreadableFiles":{"removed":1,"kept":2,"unattributed":3}}"#
        )
        #expect(
            self.text(.erased(BridgeErasure(id: nil, sessions: 0, files: [])))
                == #"{"id":null,"type":"erased","sessions":0,"files":[],"unreadableFiles":null}"#)
    }
}
