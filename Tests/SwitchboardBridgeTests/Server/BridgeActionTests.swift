import Logging
import SwitchboardCore
import SwitchboardTesting
import Testing

@testable import SwitchboardBridge

/// Protocol 1.1: `action` lines out, `action_result` lines in, timeouts, on the example bot's
/// refund flow (its first state after the order number asks `order_status`).
@Suite struct BridgeActionTests {
    static let bot: Bot? = try? Bot.load(from: ProjectPaths.exampleBot).bot

    let clock = ManualClock(BridgeFixture.now)

    func server() throws -> BridgeServer {
        BridgeServer(
            bot: try #require(Self.bot), configuration: BridgeConfiguration(seed: 9),
            sessions: SessionStore(idleMinutes: nil), handoffStore: InMemoryHandoffStore(),
            clock: self.clock, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    /// Sends a line; returns the response and the `action` lines that follow it.
    func send(_ line: String, to server: inout BridgeServer) async -> (String, [String]) {
        let response = await server.respond(toLine: line)
        let followUps = server.followUps.map { String(decoding: $0.jsonLine(), as: UTF8.self) }
        server.followUps.removeAll()
        return (response, followUps)
    }

    /// Starts a refund in `session` for `order` and returns the call of its action line.
    func startRefund(
        _ session: String, order: String, on server: inout BridgeServer
    ) async throws -> String {
        _ = await self.send(#"{"session":"\#(session)","text":"I want a refund"}"#, to: &server)
        let (reply, actions) = await self.send(
            #"{"session":"\#(session)","text":"\#(order)"}"#, to: &server)
        #expect(try object(reply).string("state") == "refund.lookup_order")
        try #require(actions.count == 1)
        let action = try object(actions[0])
        #expect(action.string("type") == "action")
        #expect(action.string("session") == session)
        #expect(action.string("name") == "order_status")
        #expect(action["args"]?.value.objectValue?.string("order_id") == order)
        // The reply says which action line follows it.
        #expect(try object(reply).string("actionFollows") == action.string("call"))
        return try #require(action.string("call"))
    }

    /// 1,000 sessions wait for their lookups at once, answered out of order.
    ///
    /// Each result carries data only its session has: every session gets its own, and
    /// nothing crosses.
    @Test func aThousandPendingCallsAnsweredOutOfOrder() async throws {
        var server = try self.server()
        let count = 1_000
        var calls: [(session: String, call: String)] = []
        for index in 0..<count {
            let session = "s\(index)"
            let order = "TP-" + String(10_000_000 + index)
            calls.append((session, try await self.startRefund(session, order: order, on: &server)))
        }
        #expect(Set(calls.map(\.call)).count == count, "call ids are unique")
        #expect(server.actionDeadlines.count == count)
        var random = SplitMix64(seed: 8)
        calls.shuffle(using: &random)
        for (position, entry) in calls.enumerated() {
            // Every third session's order turns out to be refunded already.
            let index = Int(entry.session.dropFirst()) ?? -1
            let status = index % 3 == 0 ? "refunded" : "status-of-\(entry.session)"
            let (reply, actions) = await self.send(
                #"{"id":\#(position),"type":"action_result","session":"\#(entry.session)","call":"\#(entry.call)","ok":true,"data":{"status":"\#(status)"}}"#,
                to: &server)
            let object = try object(reply)
            #expect(object.string("type") == "reply")
            #expect(object.string("session") == entry.session)
            #expect(object["id"]?.value.numberValue?.integer == position)
            #expect(object["action"]?.value.objectValue?.string("call") == entry.call)
            #expect(object["action"]?.value.objectValue?.string("outcome") == "success")
            #expect(actions.isEmpty)
            if index % 3 == 0 {
                #expect(object.string("state") == "idle")
                #expect(object.messageTexts.first?.contains("TP-\(10_000_000 + index)") == true)
            } else {
                #expect(object.string("state") == "refund.ask_reason")
            }
        }
        #expect(server.actionDeadlines.isEmpty)
        for index in 0..<count where index % 3 != 0 {
            let state = try #require(server.sessions.state(of: "s\(index)"))
            #expect(state.slots["order_status"] == .text("status-of-s\(index)"))
            #expect(state.slots["order_id"] == .text("TP-\(10_000_000 + index)"))
        }
    }

    /// What a backend returns nests: the result's other fields are read past (protocol 1.4;
    /// 4 levels refused it before) and the slot the flow names is filled.
    @Test func aResultWhoseDataNestsDeepIsUsed() async throws {
        var server = try self.server()
        let call = try await self.startRefund("deep", order: "TP-12345678", on: &server)
        let payload = #"{"lines":[{"sku":{"id":{"vendor":{"code":[1,2]}}}}]}"#
        let (reply, _) = await self.send(
            #"{"type":"action_result","session":"deep","call":"\#(call)","ok":true,"data":{"status":"shipped","order":\#(payload)}}"#,
            to: &server)
        let object = try object(reply)
        #expect(object["action"]?.value.objectValue?.string("outcome") == "success")
        #expect(object.string("state") == "refund.ask_reason")
        let state = try #require(server.sessions.state(of: "deep"))
        #expect(state.slots["order_status"] == .text("shipped"))
    }

    /// A call belongs to the conversation of the user it was made for (protocol 1.4: another
    /// user starts a new conversation in the session).
    ///
    /// A result naming another user, well-formed or not, is refused and changes nothing: the failure's reply of a malformed
    /// one (the first user's order, their ticket) is not the second user's to see. The same
    /// line from the session's user is taken (`success`) or fails the call (`failure`).
    @Test(
        "A result naming another user than the session's is refused and changes nothing",
        arguments: [
            (#""ok":true,"data":{"status":"shipped"}"#, "success"),
            (#""ok":"yes""#, "failure"),
        ])
    func aResultNamingAnotherUserIsRefused(fields: String, outcome: String) async throws {
        var server = try self.server()
        _ = await self.send(#"{"session":"c","user":"u-1","text":"hello"}"#, to: &server)
        let call = try await self.startRefund("c", order: "TP-12345678", on: &server)
        let before = server.sessions.state(of: "c")
        let (refused, _) = await self.send(
            #"{"type":"action_result","session":"c","call":"\#(call)","user":"u-2",\#(fields)}"#,
            to: &server)
        #expect(try object(refused).string("type") == "error", "\(refused)")
        #expect(try object(refused).errorCode == "invalid_field")
        #expect(server.sessions.state(of: "c") == before)
        #expect(server.actionDeadlines["c"]?.call == call)
        let (answered, _) = await self.send(
            #"{"type":"action_result","session":"c","call":"\#(call)","user":"u-1",\#(fields)}"#,
            to: &server)
        #expect(try object(answered)["action"]?.value.objectValue?.string("outcome") == outcome)
    }

    @Test func aTimeoutFiresWithoutInputAndALateResultIsRefused() async throws {
        var server = try self.server()
        let call = try await self.startRefund("a", order: "TP-12345678", on: &server)
        let (waiting, _) = await self.send(#"{"session":"a","text":"still there?"}"#, to: &server)
        #expect(
            try object(waiting).messageTexts == ["One moment, I'm still checking that for you."])
        #expect(await server.fireTimeouts(at: self.clock.now()).isEmpty)
        #expect(
            server.nextActionDeadline?.millisecondsSince1970 == BridgeFixture.now
                .millisecondsSince1970 + 5_000)
        self.clock.advance(seconds: 5)
        let lines = await server.fireTimeouts(at: self.clock.now())
        try #require(lines.count == 1)
        let reply = try object(String(decoding: lines[0].jsonLine(), as: UTF8.self))
        #expect(reply["id"]?.value.isNull == true)
        #expect(reply.string("state") == "ended")
        #expect(reply["action"]?.value.objectValue?.string("outcome") == "timeout")
        #expect(reply["handoff"]?.value.objectValue?.string("queue") == "payments")
        let before = server.sessions.state(of: "a")
        let (late, _) = await self.send(
            #"{"id":"x","type":"action_result","session":"a","call":"\#(call)","ok":true,"data":{"status":"delivered"}}"#,
            to: &server)
        #expect(try object(late).errorCode == "unknown_call")
        #expect(try object(late).string("id") == "x")
        #expect(server.sessions.state(of: "a") == before)
    }

    /// Result lines that name no call the session waits for, well-formed or not, are refused
    /// and change nothing: the pending call still waits for its own answer.
    @Test func badResultsNamingNoPendingCallAreRefusedAndChangeNothing() async throws {
        var server = try self.server()
        let call = try await self.startRefund("b", order: "TP-12345678", on: &server)
        _ = await self.send(#"{"session":"idle","text":"hello"}"#, to: &server)
        let before = server.sessions.state(of: "b")
        let idleBefore = server.sessions.state(of: "idle")
        for (line, code) in [
            (#"{"type":"action_result","session":"b","call":"C0-NOPE","ok":true}"#, "unknown_call"),
            (#"{"type":"action_result","session":"b","ok":true}"#, "missing_field"),
            (#"{"type":"action_result","session":"b","call":7,"ok":true}"#, "invalid_field"),
            (
                #"{"type":"action_result","session":"b","call":"C0-NOPE","ok":"yes"}"#,
                "invalid_field"
            ),
            (
                #"{"type":"action_result","session":"b","call":"C0-NOPE","ok":true,"data":[1]}"#,
                "invalid_field"
            ),
            (#"{"type":"action_result","session":"b","call":"C0-NOPE"}"#, "missing_field"),
            (
                #"{"type":"action_result","session":"idle","call":"\#(call)","ok":1}"#,
                "invalid_field"
            ),
            (
                #"{"type":"action_result","session":"zz","call":"\#(call)","ok":true}"#,
                "unknown_session"
            ),
            (#"{"type":"action_result","session":"zz","call":"\#(call)","ok":1}"#, "invalid_field"),
            // A line naming the call twice, or the session twice, could be meant for another.
            (
                #"{"type":"action_result","session":"b","call":"\#(call)","call":"C0-NOPE","ok":true}"#,
                "invalid_field"
            ),
            (
                #"{"type":"action_result","session":"b","session":"idle","call":"\#(call)","ok":true}"#,
                "invalid_field"
            ),
            // Not an action_result: a bad field of another request fails no call.
            (#"{"session":"b","call":"\#(call)","text":7}"#, "invalid_field"),
            (
                #"{"type":"Action_Result","session":"b","call":"\#(call)","ok":true}"#,
                "unknown_type"
            ),
            // Not JSON: nothing on the line can be trusted.
            (#"{"type":"action_result","session":"b","call":"\#(call)","ok":tru}"#, "invalid_json"),
        ] {
            let (response, actions) = await self.send(line, to: &server)
            #expect(try object(response).string("type") == "error", "\(line)")
            #expect(try object(response).errorCode == code, "\(line)")
            #expect(actions.isEmpty)
        }
        #expect(server.sessions.state(of: "b") == before)
        #expect(server.sessions.state(of: "idle") == idleBefore)
        #expect(server.actionDeadlines["b"]?.call == call)
        let (failed, _) = await self.send(
            #"{"type":"action_result","session":"b","call":"\#(call)","ok":false,"error":"db down"}"#,
            to: &server)
        let action = try #require(try object(failed)["action"]?.value.objectValue)
        #expect(action.string("outcome") == "failure")
        #expect(action["error"] == nil, "a well-formed failure has no error")
        #expect(try object(failed).string("state") == "ended")
    }

    /// An `action_result` with a bad field for the call its session waits for fails the call.
    ///
    /// At once (protocol 1.3): the flow's failure path runs (the lookup-failed handoff, not
    /// the timeout's), and the reply says what was wrong with the line. The clock never moves,
    /// so the deadline (5 s) cannot be what ended the call.
    @Test(
        arguments: [
            (#""ok":"yes""#, "invalid_field", #""ok" must be true or false"#),
            (#""data":{"status":"delivered"}"#, "missing_field", "needs ok"),
            (#""ok":null"#, "missing_field", "needs ok"),
            (#""ok":true,"data":[1]"#, "invalid_field", #""data" must be an object"#),
            (#""ok":true,"data":"delivered""#, "invalid_field", #""data" must be an object"#),
            (#""ok":false,"error":{"why":"down"}"#, "invalid_field", #""error" must be a string"#),
            (#""ok":true,"ok":false"#, "invalid_field", "ok appears more than once"),
            (#""ok":true,"context":{"plan":[1]}"#, "invalid_field", "context.plan"),
        ])
    func aMalformedResultFailsThePendingCallAtOnce(
        fields: String, code: String, message: String
    ) async throws {
        var server = try self.server()
        let call = try await self.startRefund("m", order: "TP-12345678", on: &server)
        let (response, actions) = await self.send(
            #"{"id":"r1","type":"action_result","session":"m","call":"\#(call)",\#(fields)}"#,
            to: &server)
        let reply = try object(response)
        #expect(reply.string("type") == "reply", "\(response)")
        #expect(reply.string("id") == "r1")
        #expect(reply.string("session") == "m")
        let action = try #require(reply["action"]?.value.objectValue)
        #expect(action.string("call") == call)
        #expect(action.string("outcome") == "failure")
        let error = try #require(action["error"]?.value.objectValue)
        #expect(error.string("code") == code)
        #expect(error.string("message")?.contains(message) == true, "\(response)")
        // The failure path: the lookup-failed handoff, not the timeout's.
        #expect(reply.string("state") == "ended")
        #expect(reply.messageTexts.first?.hasPrefix("I couldn't find order TP-12345678") == true)
        #expect(reply["handoff"]?.value.objectValue?.string("queue") == "payments")
        #expect(actions.isEmpty)
        #expect(server.actionDeadlines["m"] == nil)
        #expect(server.sessions.state(of: "m")?.pendingAction == nil)
        // The call is answered: the same line again, or a good one, names no pending call.
        let (again, _) = await self.send(
            #"{"type":"action_result","session":"m","call":"\#(call)","ok":true}"#, to: &server)
        #expect(try object(again).errorCode == "unknown_call")
    }

    /// A malformed result line changes nothing but the call.
    ///
    /// Not the user or the context it carries. An `id` that cannot be read fails the call
    /// too, with `id` `null` on the reply.
    @Test func aMalformedResultUsesNothingElseOfTheLine() async throws {
        var server = try self.server()
        let call = try await self.startRefund("u", order: "TP-12345678", on: &server)
        let user = server.sessions.state(of: "u")?.user
        let (response, _) = await self.send(
            #"{"id":[1],"type":"action_result","session":"u","call":"\#(call)","ok":true,"user":"u-other","context":{"plan":"plus"}}"#,
            to: &server)
        let reply = try object(response)
        #expect(reply["id"]?.value.isNull == true)
        let action = try #require(reply["action"]?.value.objectValue)
        #expect(action.string("outcome") == "failure")
        #expect(action["error"]?.value.objectValue?.string("code") == "invalid_field")
        #expect(
            action["error"]?.value.objectValue?.string("message")?.hasPrefix("id must be") == true)
        let state = try #require(server.sessions.state(of: "u"))
        #expect(state.user == user)
        #expect(state.context["plan"] == nil)
        #expect(state.pendingAction == nil)
    }

    /// Through the run loop, as a frontend sees it: the malformed result's reply comes back
    /// for its line, and nothing is left to time out when the input ends.
    @Test func aMalformedResultLeavesNothingToTimeOut() async throws {
        var probe = try self.server()
        let call = try await self.startRefund("r", order: "TP-12345678", on: &probe)
        var server = try self.server()
        let lines = [
            #"{"session":"r","text":"I want a refund"}"#, #"{"session":"r","text":"TP-12345678"}"#,
            #"{"id":3,"type":"action_result","session":"r","call":"\#(call)","ok":true,"data":7}"#,
        ]
        var input = InMemoryLineSource(
            text: lines.map { $0 + "\n" }.joined(), maxLineBytes: 1024)
        var output = InMemoryLineSink()
        let summary = await server.run(input: &input, output: &output)
        let types = try output.texts.map { try object($0).string("type") }
        #expect(types == ["ready", "reply", "reply", "action", "reply"])
        #expect(summary.errors == 0)
        let last = try object(output.texts[4])
        #expect(last["id"]?.value.numberValue?.integer == 3)
        #expect(last["action"]?.value.objectValue?.string("outcome") == "failure")
        #expect(last.string("state") == "ended")
    }

    @Test func theEndOfInputTimesOutTheCallsStillPending() async throws {
        var server = try self.server()
        var input = InMemoryLineSource(
            text: #"{"session":"c","text":"refund for TP-12345678"}"# + "\n", maxLineBytes: 1024)
        var output = InMemoryLineSink()
        _ = await server.run(input: &input, output: &output)
        let types = try output.texts.map { try object($0).string("type") }
        #expect(types == ["ready", "reply", "action", "reply"])
        #expect(output.texts[0].contains(#""protocol":1,"version":"1.5""#))
        #expect(
            try object(output.texts[3])["action"]?.value.objectValue?.string("outcome") == "timeout"
        )
    }

    @Test func mocksAnswerActionsInsideTheBridge() async throws {
        var server = BridgeServer(
            bot: try #require(Self.bot),
            configuration: BridgeConfiguration(
                seed: 9,
                mocks: ActionMocks(entries: [
                    "order_status": [.init(result: .success(["status": .string("refunded")]))]
                ])),
            sessions: SessionStore(idleMinutes: nil), handoffStore: InMemoryHandoffStore(),
            clock: self.clock, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let (reply, actions) = await self.send(
            #"{"session":"d","text":"refund for TP-12345678"}"#, to: &server)
        #expect(actions.isEmpty)
        #expect(try object(reply)["actionFollows"] == nil)
        #expect(try object(reply).string("state") == "idle")
        #expect(server.actionDeadlines.isEmpty)
    }
}
