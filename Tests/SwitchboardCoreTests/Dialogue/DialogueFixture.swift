import SwitchboardTesting

@testable import SwitchboardCore

/// Shared setup for the dialogue tests: the fixture bot (optionally changed), a fixed time,
/// and a conversation that feeds messages with increasing entropy.
enum DialogueFixture {
    /// 2026-11-27T10:00:00Z, the time of every turn.
    static let now = Timestamp(millisecondsSince1970: 1_795_773_600_000)

    /// Loads the fixture bot with some files replaced, added or removed.
    static func bot(_ changes: [String: String?] = [:]) throws -> Bot {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        return try Bot.load(from: try FixtureBot.write(into: directory, changes: changes)).bot
    }

    /// The fixture's `flows.json` with `text` replaced by `replacement`.
    static func flows(replacing text: String, with replacement: String) -> String {
        (FixtureBot.files["flows.json"] ?? "").replacing(text, with: replacement)
    }

    /// An extra definitions file: a newsletter flow that collects the sensitive email slot and
    /// ends, and two intents that similarity cannot tell apart.
    static let extras = """
        {
          "intents": {
            "newsletter": {
              "title": "Newsletter",
              "examples": ["sign me up for the newsletter", "subscribe to the newsletter"],
              "rules": [{ "phrase": "newsletter" }],
              "flow": "newsletter"
            },
            "upgrade": {
              "title": "Upgrade my plan",
              "examples": ["switch my plan to premium", "upgrade my plan"],
              "responses": ["Upgrading."]
            },
            "downgrade": {
              "title": "Downgrade my plan",
              "examples": ["switch my plan to basic", "downgrade my plan"],
              "responses": ["Downgrading."]
            },
            "thanks": {
              "title": "Thanks",
              "rules": [{ "regex": "^thanks$" }],
              "examples": ["thanks"],
              "responses": ["You're welcome.", ["Any time.", "Really."], "Glad to help."]
            }
          },
          "flows": {
            "newsletter": {
              "title": "the newsletter",
              "states": {
                "ask_email": { "type": "collect", "slot": "email", "next": "done" },
                "done": { "type": "end", "say": "Subscribed." }
              }
            }
          }
        }
        """

    /// The fixture bot with ``extras``.
    static func botWithExtras() throws -> Bot {
        try self.bot(["extras.json": self.extras])
    }
}

/// One conversation at ``DialogueFixture/now``; each message gets the next entropy value.
struct Conversation {
    var machine: DialogueMachine
    var entropy: UInt64 = 0

    init(bot: Bot, session: String = "test-session", user: String? = "user-1") {
        self.machine = DialogueMachine(bot: bot, session: session, user: user)
    }

    init(bot: Bot, state: ConversationState) {
        self.machine = DialogueMachine(bot: bot, state: state)
    }

    var state: ConversationState { self.machine.state }

    /// Opens the conversation and returns the greeting's texts.
    @discardableResult
    mutating func start() -> [String] {
        self.machine.start(at: DialogueFixture.now).messages.map(\.text)
    }

    /// Sends a message and returns the whole turn.
    @discardableResult
    mutating func send(_ text: String) -> Turn {
        self.entropy += 1
        return self.machine.receive(text, at: DialogueFixture.now, entropy: self.entropy)
    }

    /// Sends a message and returns the texts the bot says.
    mutating func say(_ text: String) -> [String] {
        self.send(text).messages.map(\.text)
    }
}
