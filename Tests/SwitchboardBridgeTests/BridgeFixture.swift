import Logging
import SwitchboardBridge
import SwitchboardCore
import SwitchboardTesting

/// Shared setup for the bridge tests: the fixture bot, a stopped clock, in-memory stores.
struct BridgeFixture {
    /// 2026-11-27T10:00:00Z.
    static let now = Timestamp(millisecondsSince1970: 1_795_773_600_000)

    /// The fixture bot, loaded once.
    static let bot: Bot? = try? FixtureBot.load()

    let bot: Bot
    let clock = ManualClock(Self.now)
    let handoffs = InMemoryHandoffStore()
    let persistence = InMemorySessionPersistence()

    init() throws {
        guard let bot = Self.bot else { throw FixtureError() }
        self.bot = bot
    }

    /// A server over the fixture bot; sessions persisted in ``persistence`` and resumed from
    /// it, as a restarted bridge would.
    func server(
        idleMinutes: Int? = 30, seed: UInt64 = 42, maxLineBytes: Int = 1024,
        conversationLog: (any ConversationLogStore)? = nil
    )
        -> BridgeServer
    {
        var sessions = SessionStore(idleMinutes: idleMinutes, persistence: self.persistence)
        _ = try? sessions.resume(at: self.clock.now())
        return BridgeServer(
            bot: self.bot,
            configuration: BridgeConfiguration(maxLineBytes: maxLineBytes, seed: seed),
            sessions: sessions, handoffStore: self.handoffs, conversationLog: conversationLog,
            clock: self.clock,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    /// Runs lines through a fresh server and returns the output lines (the ready line first).
    func run(_ lines: [String], idleMinutes: Int? = 30, seed: UInt64 = 42) async -> [String] {
        var server = self.server(idleMinutes: idleMinutes, seed: seed)
        var input = InMemoryLineSource(
            text: lines.map { $0 + "\n" }.joined(), maxLineBytes: 1024, chunkBytes: 7)
        var output = InMemoryLineSink()
        _ = await server.run(input: &input, output: &output)
        return output.texts
    }

    struct FixtureError: Error {}
}

extension BridgeServer {
    /// The response to one line of text, as JSON text.
    mutating func respond(toLine line: String) async -> String {
        let response = await self.respond(to: InputLine.line(Array(line.utf8)))
        return String(decoding: response.jsonLine(), as: UTF8.self)
    }
}

/// Parses a response line into its JSON object, for checking fields.
func object(_ line: String) throws -> JSONObject {
    guard case .object(let object) = try JSONParser().parse(line).value else {
        throw BridgeFixture.FixtureError()
    }
    return object
}

extension JSONObject {
    /// A string member.
    func string(_ key: String) -> String? { self[key]?.value.stringValue }

    /// The `error.code` of an error line.
    var errorCode: String? { self["error"]?.value.objectValue?.string("code") }

    /// The texts of a reply's messages.
    var messageTexts: [String] {
        (self["messages"]?.value.arrayValue ?? []).compactMap {
            $0.value.objectValue?.string("text")
        }
    }
}
