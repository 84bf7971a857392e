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

    @Test func badResultsAreRefusedAndChangeNothing() async throws {
        var server = try self.server()
        let call = try await self.startRefund("b", order: "TP-12345678", on: &server)
        let before = server.sessions.state(of: "b")
        for (line, code) in [
            (#"{"type":"action_result","session":"b","call":"C0-NOPE","ok":true}"#, "unknown_call"),
            (#"{"type":"action_result","session":"b","ok":true}"#, "missing_field"),
            (#"{"type":"action_result","session":"b","call":"\#(call)"}"#, "missing_field"),
            (
                #"{"type":"action_result","session":"b","call":"\#(call)","ok":"yes"}"#,
                "invalid_field"
            ),
            (
                #"{"type":"action_result","session":"b","call":"\#(call)","ok":true,"data":[1]}"#,
                "invalid_field"
            ),
            (
                #"{"type":"action_result","session":"zz","call":"\#(call)","ok":true}"#,
                "unknown_session"
            ),
        ] {
            let (response, _) = await self.send(line, to: &server)
            #expect(try object(response).errorCode == code, "\(line)")
        }
        #expect(server.sessions.state(of: "b") == before)
        let (failed, _) = await self.send(
            #"{"type":"action_result","session":"b","call":"\#(call)","ok":false,"error":"db down"}"#,
            to: &server)
        #expect(try object(failed)["action"]?.value.objectValue?.string("outcome") == "failure")
        #expect(try object(failed).string("state") == "ended")
    }

    @Test func theEndOfInputTimesOutTheCallsStillPending() async throws {
        var server = try self.server()
        var input = InMemoryLineSource(
            text: #"{"session":"c","text":"refund for TP-12345678"}"# + "\n", maxLineBytes: 1024)
        var output = InMemoryLineSink()
        _ = await server.run(input: &input, output: &output)
        let types = try output.texts.map { try object($0).string("type") }
        #expect(types == ["ready", "reply", "action", "reply"])
        #expect(output.texts[0].contains(#""protocol":1,"version":"1.2""#))
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
