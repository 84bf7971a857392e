import SwitchboardCore
import SwitchboardTesting
import Testing

@testable import SwitchboardBridge

/// The bridge writes each turn's events to the conversation log before the reply, masked;
/// `end` and idle expiry close the conversation in the log.
@Suite struct BridgeConversationLogTests {
    @Test func turnsAreLoggedMaskedBeforeTheReply() async throws {
        let fixture = try BridgeFixture()
        let log = InMemoryConversationLogStore()
        var server = fixture.server(conversationLog: log)
        _ = await server.respond(toLine: #"{"type":"start","session":"w","user":"u-9"}"#)
        let reply = try object(
            await server.respond(
                toLine:
                    #"{"session":"w","text":"I'm jane@example.com, card 4111 1111 1111 1111, phone +1 415 555 0132"}"#
            ))
        #expect(reply.string("type") == "reply")
        let afterFirst = try await log.events()
        #expect(afterFirst.map(\.kind.name) == ["started", "turn"])

        _ = await server.respond(toLine: #"{"session":"w","text":"i want a refund"}"#)
        _ = await server.respond(toLine: #"{"id":5,"type":"end","session":"w"}"#)
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "turn", "ended"])
        #expect(events.allSatisfy { $0.session == "w" && $0.user == "u-9" && $0.bot == "bot" })
        let lines = events.map { $0.jsonLine() }.joined(separator: "\n")
        #expect(!lines.contains("jane") && !lines.contains("4111") && !lines.contains("555"))
        #expect(lines.contains(#""text":"I'm [email], card [card], phone [phone]""#))
        #expect(events.last?.kind == .ended(reason: .client, contained: true, turns: 2))
        if case .turn(let turn) = events[2].kind {
            #expect(turn.intent?.name == "refund")
            #expect(turn.state == "refund.ask_order")
        } else {
            Issue.record("no refund turn")
        }
    }

    @Test func anExpiredSessionIsLoggedAsEnded() async throws {
        let fixture = try BridgeFixture()
        let log = InMemoryConversationLogStore()
        var server = fixture.server(idleMinutes: 30, conversationLog: log)
        _ = await server.respond(toLine: #"{"session":"idle","text":"i want a refund"}"#)
        fixture.clock.advance(minutes: 31)
        _ = await server.respond(toLine: #"{"type":"ping"}"#)
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "ended"])
        #expect(events.last?.kind == .ended(reason: .expired, contained: true, turns: 1))
        #expect(events.last?.time == BridgeFixture.now.adding(minutes: 31))
    }

    @Test func aResetEndsTheConversationAndStartsAnother() async throws {
        let fixture = try BridgeFixture()
        let log = InMemoryConversationLogStore()
        var server = fixture.server(conversationLog: log)
        _ = await server.respond(toLine: #"{"session":"r","text":"i want a refund"}"#)
        _ = await server.respond(toLine: #"{"type":"reset","session":"r"}"#)
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "ended", "started"])
        #expect(events[2].kind == .ended(reason: .reset, contained: true, turns: 1))
    }

    /// A frontend that reuses a session id for another user (a shared device, a sign-in in
    /// a kiosk) gets a new conversation: nothing of the first user's reaches the second.
    @Test func anotherUserInTheSessionStartsANewConversation() async throws {
        let fixture = try BridgeFixture()
        let log = InMemoryConversationLogStore()
        var server = fixture.server(conversationLog: log)
        _ = await server.respond(
            toLine:
                #"{"session":"k","user":"u-1","text":"i want a refund","context":{"plan":"plus"}}"#
        )
        _ = await server.respond(toLine: #"{"session":"k","text":"TP-12345678"}"#)
        let first = try #require(server.sessions.state(of: "k"))
        #expect(first.user == "u-1" && first.slots["order_id"] != nil)

        let reply = try object(
            await server.respond(toLine: #"{"session":"k","user":"u-2","text":"hello"}"#))
        #expect(reply.string("type") == "reply")
        #expect(server.actionDeadlines["k"] == nil)
        let second = try #require(server.sessions.state(of: "k"))
        #expect(second.user == "u-2")
        #expect(second.slots.isEmpty && second.context.isEmpty)
        #expect(second.turn == 1)
        #expect(!second.history.contains { $0.text.contains("refund") || $0.text.contains("TP-") })
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "turn", "ended", "started", "turn"])
        #expect(events[3].kind == .ended(reason: .reset, contained: true, turns: 2))
        #expect(events[3].user == "u-1" && events[5].user == "u-2")

        // The same user again, or a request naming none, carries on the conversation.
        _ = await server.respond(toLine: #"{"session":"k","user":"u-2","text":"i want a refund"}"#)
        _ = await server.respond(toLine: #"{"session":"k","text":"thanks"}"#)
        #expect(server.sessions.state(of: "k")?.turn == 3)
    }

    @Test func aResetFromAnotherUserEndsTheFirstUsersConversationOnce() async throws {
        let fixture = try BridgeFixture()
        let log = InMemoryConversationLogStore()
        var server = fixture.server(conversationLog: log)
        _ = await server.respond(toLine: #"{"session":"r","user":"u-1","text":"i want a refund"}"#)
        _ = await server.respond(toLine: #"{"type":"reset","session":"r","user":"u-2"}"#)
        let events = try await log.events()
        #expect(events.map(\.kind.name) == ["started", "turn", "ended", "started"])
        #expect(events[2].user == "u-1" && events[3].user == "u-2")
        #expect(server.sessions.state(of: "r")?.user == "u-2")
        // Only the session's user, or a request naming none, may read where it is.
        let refused = try object(
            await server.respond(toLine: #"{"type":"state","session":"r","user":"u-1"}"#))
        #expect(refused.errorCode == "invalid_field")
        for line in [
            #"{"type":"state","session":"r","user":"u-2"}"#, #"{"type":"state","session":"r"}"#,
        ] {
            #expect(try object(await server.respond(toLine: line)).string("type") == "state")
        }
    }

    /// An empty user names no one (as a state naming "" has no user): it carries on the
    /// session's conversation and may read it, as a request naming no user does, rather than
    /// end the first user's conversation as another user would.
    @Test func anEmptyUserCountsAsNone() async throws {
        let fixture = try BridgeFixture()
        let log = InMemoryConversationLogStore()
        var server = fixture.server(conversationLog: log)
        _ = await server.respond(toLine: #"{"session":"e","user":"u-1","text":"i want a refund"}"#)
        _ = await server.respond(toLine: #"{"session":"e","user":"","text":"TP-12345678"}"#)
        let state = try #require(server.sessions.state(of: "e"))
        #expect(state.user == "u-1")
        #expect(state.turn == 2 && state.slots["order_id"] != nil)
        #expect(try await log.events().map(\.kind.name) == ["started", "turn", "turn"])
        let report = try object(
            await server.respond(toLine: #"{"type":"state","session":"e","user":""}"#))
        #expect(report.string("type") == "state")
        #expect(server.sessions.sessions(ofUser: "u-1") == ["e"])
        // A state naming "" (written before 1.4 read "" as no one) names no user either.
        var anonymous = ConversationState(session: "a", user: "")
        anonymous.turn = 1
        #expect(anonymous.belongs(to: "u-1", orIn: ["a"]))
        #expect(!anonymous.belongs(to: "u-1"))
    }

    @Test func runSyncsTheLogWhenTheInputEnds() async throws {
        let fixture = try BridgeFixture()
        let log = InMemoryConversationLogStore()
        var server = fixture.server(conversationLog: log)
        var input = InMemoryLineSource(
            text: #"{"session":"x","text":"hello"}"# + "\n", maxLineBytes: 1024, chunkBytes: 7)
        var output = InMemoryLineSink()
        _ = await server.run(input: &input, output: &output)
        #expect(await log.syncCount == 1)
        #expect(try await log.events().count == 2)
    }

    /// With the log's events held back (as `switchboard bridge` runs it), every reply made
    /// visible by a flush of the output has its turn in the log file already, and the run
    /// writes the same log as one that writes every turn at once.
    @Test func heldEventsAreInTheFileBeforeTheirRepliesGoOut() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let requests = (0..<60).map { index in
            #"{"session":"s\#(index % 7)","text":"\#(index % 3 == 0 ? "hello" : "i want a refund")"}"#
        }
        let text = requests.joined(separator: "\n") + "\n"
        var logs: [String] = []
        for holdsWrites in [false, true] {
            let path = folder.url("held-\(holdsWrites).jsonl")
            // A fixture each: its session persistence would resume the first run's sessions.
            var server = try BridgeFixture().server(
                conversationLog: FileConversationLogStore(path: path, holdsWrites: holdsWrites))
            // Lines arrive in pieces, so the bridge flushes between batches of replies.
            var input = InMemoryLineSource(text: text, maxLineBytes: 1024, chunkBytes: 300)
            var output = LogCheckingSink(logPath: path)
            _ = await server.run(input: &input, output: &output)
            #expect(output.flushes > 2, "\(holdsWrites)")
            #expect(output.repliesAheadOfTheLog == 0, "\(holdsWrites)")
            logs.append(try folder.read("held-\(holdsWrites).jsonl"))
        }
        #expect(logs[0].split(separator: "\n").count > 60)
        #expect(logs[0] == logs[1])
    }
}

/// A sink that, at each flush, counts the replies being made visible whose turn the log file
/// does not hold yet.
private struct LogCheckingSink: LineSink {
    let logPath: String
    var pending = 0
    var visible = 0
    var flushes = 0
    var repliesAheadOfTheLog = 0

    mutating func writeLine(_ bytes: [UInt8]) throws(LineSinkClosed) {
        if String(decoding: bytes, as: UTF8.self).contains(#""type":"reply""#) { self.pending += 1 }
    }

    mutating func flush() throws(LineSinkClosed) {
        self.flushes += 1
        self.visible += self.pending
        self.pending = 0
        let log = String(decoding: (try? FileSystem.read(self.logPath)) ?? [], as: UTF8.self)
        let turns = log.split(separator: "\n").filter { $0.contains(#""event":"turn""#) }.count
        self.repliesAheadOfTheLog += max(0, self.visible - turns)
    }
}
