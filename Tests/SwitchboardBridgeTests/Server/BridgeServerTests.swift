import SwitchboardBridge
import SwitchboardCore
import Testing

@Suite struct BridgeServerTests {
    @Test func theReadyLineComesFirstThenOneResponsePerLine() async throws {
        let fixture = try BridgeFixture()
        let lines = await fixture.run([
            #"{"id":1,"type":"start","session":"a"}"#,
            #"{"id":2,"session":"a","text":"i want a refund"}"#,
            "not json", "", #"{"id":3,"type":"ping"}"#,
        ])
        #expect(lines.count == 6)
        let ready = try object(lines[0])
        #expect(ready.string("type") == "ready")
        #expect(ready["protocol"]?.value.numberValue?.integer == 1)
        #expect(ready.string("bot") == "bot")
        #expect(try object(lines[1]).messageTexts == ["Hello from the fixture bot."])
        let refund = try object(lines[2])
        #expect(refund.messageTexts == ["Let's sort out your refund.", "What's the order number?"])
        #expect(refund.string("state") == "refund.ask_order")
        #expect(refund["intent"]?.value.objectValue?.string("name") == "refund")
        #expect(try object(lines[3]).errorCode == "invalid_json")
        #expect(try object(lines[4]).errorCode == "empty_line")
        #expect(lines[5] == #"{"id":3,"type":"pong","protocol":1,"sessions":1}"#)
    }

    @Test func aHandoffIsStoredBeforeTheReplyThatTellsTheUser() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server()
        let reply = try object(
            await server.respond(
                toLine:
                    #"{"session":"h","text":"talk to a human","user":"u-7","context":{"plan":"plus"}}"#
            ))
        let records = try await fixture.handoffs.records()
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.user == "u-7" && record.session == "h")
        #expect(record.context == ["plan": "plus"])
        let handoff = try #require(reply["handoff"]?.value.objectValue)
        #expect(handoff.string("ticket") == record.ticket)
        #expect(handoff.string("queue") == "general")
        #expect(handoff.string("priority") == "normal")
        #expect(handoff.string("reason") == "user_request")
        #expect(handoff.string("due") == record.due.isoString)
        #expect(reply["ended"]?.value.boolValue == true)
        #expect(reply.string("state") == "ended")
        #expect(
            reply.messageTexts == ["Ticket \(record.ticket) for Support, due 2026-11-27 14:00 UTC."]
        )

        let state = try object(await server.respond(toLine: #"{"type":"state","session":"h"}"#))
        #expect(state.string("type") == "state")
        #expect(state["handoff"]?.value.objectValue?.string("ticket") == record.ticket)
        #expect(state["ended"]?.value.boolValue == true)
    }

    @Test func aHandoffThatCannotBeStoredIsNotAnnounced() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server()
        await fixture.handoffs.failNextAppends(
            with: HandoffStoreError(path: "log", reason: "disk full"))
        let reply = try object(
            await server.respond(toLine: #"{"session":"h","text":"talk to a human"}"#))
        #expect(reply["handoff"]?.value.isNull == true)
        #expect(reply["ended"]?.value.boolValue == false)
        #expect(reply.messageTexts.count == 1)
        #expect(reply.messageTexts.first?.contains("try again") == true)
        #expect(try await fixture.handoffs.records().isEmpty)
    }

    @Test func sessionLifecycleErrors() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server()
        #expect(
            try object(await server.respond(toLine: #"{"type":"start","session":"a"}"#)).string(
                "type") == "reply")
        let again = try object(
            await server.respond(toLine: #"{"id":"x","type":"start","session":"a"}"#))
        #expect(again.errorCode == "session_exists" && again.string("id") == "x")
        #expect(
            try object(await server.respond(toLine: #"{"type":"end","session":"zz"}"#)).errorCode
                == "unknown_session")
        #expect(
            try object(await server.respond(toLine: #"{"type":"state","session":"zz"}"#)).errorCode
                == "unknown_session")
        #expect(server.sessions.count == 1)
        #expect(
            await server.respond(toLine: #"{"id":9,"type":"end","session":"a"}"#)
                == #"{"id":9,"session":"a","type":"reply","messages":[],"intent":null,"state":"ended","handoff":null,"ended":true}"#
        )
        #expect(server.sessions.count == 0)
        #expect(fixture.persistence.sessions.isEmpty)
        #expect(
            try object(await server.respond(toLine: #"{"type":"end","session":"a"}"#)).errorCode
                == "unknown_session")
    }

    @Test func resetStartsOverWithTheGreeting() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server()
        _ = await server.respond(toLine: #"{"session":"a","text":"refund for TP-12345678"}"#)
        let state = try object(await server.respond(toLine: #"{"type":"state","session":"a"}"#))
        #expect(state.string("state") == "refund.ask_reason")
        #expect(state["slots"]?.value.objectValue?.string("order_id") == "TP-12345678")
        let reset = try object(await server.respond(toLine: #"{"type":"reset","session":"a"}"#))
        #expect(reset.messageTexts == ["Hello from the fixture bot."])
        #expect(reset.string("state") == "idle")
        let after = try object(await server.respond(toLine: #"{"type":"state","session":"a"}"#))
        #expect(after["slots"]?.value.objectValue?.isEmpty == true)
        #expect(after["turn"]?.value.numberValue?.integer == 0)
    }

    @Test func badLinesChangeNothing() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server()
        _ = await server.respond(toLine: #"{"session":"a","text":"i want a refund"}"#)
        let before = server.sessions.state(of: "a")
        for line in [
            #"{"session":"a","text":5}"#, #"{"session":"a","type":"start"}"#,
            #"{"session":"a","text":"x","context":{"k":[]}}"#,
            #"{"session":"a","type":"jump"}"#, #"{"session":"a","user":7,"text":"TP-12345678"}"#,
        ] {
            #expect(try object(await server.respond(toLine: line)).string("type") == "error")
        }
        #expect(server.sessions.state(of: "a") == before)
        #expect(server.sessions.count == 1)
    }

    @Test func tooLongAndIncompleteLinesGetErrors() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server(maxLineBytes: 64)
        var input = InMemoryLineSource(
            text: #"{"type":"ping"}"# + "\n" + String(repeating: "x", count: 200) + "\n"
                + #"{"type":"pi"#,
            maxLineBytes: 64, chunkBytes: 16)
        var output = InMemoryLineSink()
        let summary = await server.run(input: &input, output: &output)
        let codes = try output.texts.dropFirst().map { try object($0).errorCode }
        #expect(codes == [nil, "line_too_long", "incomplete_line"])
        #expect(summary == BridgeRunSummary(lines: 3, errors: 2, outputClosed: false))
    }

    @Test func responsesToLinesReadTogetherAreFlushedTogether() async throws {
        let fixture = try BridgeFixture()
        let pings = String(repeating: #"{"type":"ping"}"# + "\n", count: 3)
        // All three lines arrive in one read: `ready` goes out alone, before the bridge
        // waits; the three responses together, before it waits again.
        var server = fixture.server()
        var input = InMemoryLineSource(text: pings, maxLineBytes: 1024)
        var output = InMemoryLineSink()
        _ = await server.run(input: &input, output: &output)
        #expect(output.lines.count == 4)
        #expect(output.flushes == [1, 4])
        // One line per read: every response goes out before the next read.
        var lineByLine = fixture.server()
        input = InMemoryLineSource(text: pings, maxLineBytes: 1024, chunkBytes: 16)
        output = InMemoryLineSink()
        _ = await lineByLine.run(input: &input, output: &output)
        #expect(output.flushes == [1, 2, 3, 4])
    }

    @Test func aClosedOutputStopsTheRun() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server()
        var input = InMemoryLineSource(
            text: String(repeating: #"{"type":"ping"}"# + "\n", count: 10), maxLineBytes: 1024)
        var output = InMemoryLineSink(closesAfter: 4)
        let summary = await server.run(input: &input, output: &output)
        #expect(output.lines.count == 4)
        #expect(summary.outputClosed)
        #expect(summary.lines == 4)
    }

    @Test func idleSessionsAreForgotten() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server(idleMinutes: 30)
        _ = await server.respond(toLine: #"{"session":"a","text":"i want a refund"}"#)
        fixture.clock.advance(minutes: 29)
        #expect(
            try object(await server.respond(toLine: #"{"type":"state","session":"a"}"#)).string(
                "state") == "refund.ask_order")
        fixture.clock.advance(minutes: 31)
        #expect(
            try object(await server.respond(toLine: #"{"type":"state","session":"a"}"#)).errorCode
                == "unknown_session")
        let fresh = try object(
            await server.respond(toLine: #"{"session":"a","text":"TP-12345678"}"#))
        #expect(fresh.string("state") != "refund.ask_reason")
    }

    @Test func aRestartedServerResumesEveryConversation() async throws {
        let fixture = try BridgeFixture()
        var server = fixture.server()
        _ = await server.respond(toLine: #"{"session":"a","text":"i want a refund"}"#)
        _ = await server.respond(toLine: #"{"session":"b","text":"refund for TP-12345678"}"#)
        var restarted = fixture.server()
        #expect(restarted.sessions.count == 2)
        let a = try object(
            await restarted.respond(toLine: #"{"session":"a","text":"TP-87654321"}"#))
        #expect(a.string("state") == "refund.ask_reason")
        let b = try object(await restarted.respond(toLine: #"{"session":"b","text":"broken"}"#))
        #expect(b.string("state") == "refund.confirm")
    }

    /// Tickets come from the seed, the session and the turn, so a conversation's replies do not
    /// depend on what other sessions do in between.
    @Test func aConversationIsTheSameAloneOrInterleaved() async throws {
        let script = ["i want a refund", "TP-12345678", "broken", "yes", "talk to a human"]
        func line(_ session: String, _ text: String) -> String {
            #"{"session":"\#(session)","text":"\#(text)"}"#
        }
        let alone = try await BridgeFixture().run(script.map { line("a", $0) })
        var mixed: [String] = []
        for text in script {
            mixed += [line("b", "talk to a human"), line("a", text), "{", line("c", text)]
        }
        let interleaved = try await BridgeFixture().run(mixed)
        let replies = interleaved.dropFirst().filter { $0.contains(#""session":"a""#) }
        #expect(Array(replies) == Array(alone.dropFirst()))
        #expect(alone.last?.contains(#""ticket":"TKT-"#) == true)
        let other = try await BridgeFixture().run(script.map { line("a", $0) }, seed: 43)
        #expect(other.last != alone.last)
    }
}
