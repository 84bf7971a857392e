public import SwitchboardCore

/// A small bot for unit tests, written to a temporary folder: two flows, a global intent, a
/// safety intent, a knowledge base of three articles.
///
/// Tests change a copy of its files to see one behaviour at a time.
public enum FixtureBot {
    /// The bot's files, by path inside the bot folder.
    public static let files: [String: String] = [
        "bot.json": """
        {
          "bot": {
            "name": "Fixture",
            "greeting": "Hello from the fixture bot.",
            "thresholds": { "intent": 0.45, "margin": 0.04, "kb": 0.3 },
            "fallback": { "messages": ["Sorry?", "Pardon?"], "maxConsecutive": 2,
                          "offerHuman": "Shall I get a person?", "declined": "OK.",
                          "handoff": { "queue": "general" } },
            "queues": {
              "general": { "title": "Support", "sla": { "urgent": 30, "high": 60, "normal": 240, "low": 1440 } },
              "safety": { "title": "Safety", "sla": { "urgent": 5, "high": 15, "normal": 60, "low": 240 } }
            },
            "handoffMessage": "Ticket {ticket} for {queue}, due {due}.",
            "messages": { "resume": "Back to {flow}." }
          }
        }
        """,
        "intents.json": """
        {
          "intents": {
            "refund": {
              "title": "Refund",
              "examples": ["i want a refund", "refund my order", "give me my money back",
                           "can i get a refund for my order", "i need a refund"],
              "responses": ["Let's sort out your refund."],
              "flow": "refund"
            },
            "hours": {
              "title": "Opening hours",
              "examples": ["what are your opening hours", "when are you open", "opening times"],
              "responses": ["We are open 9 to 5."]
            },
            "agent": {
              "title": "Talk to a person",
              "global": true,
              "examples": ["talk to a human", "i want a real person", "agent please"],
              "rules": [{ "phrase": "human" }],
              "flow": "handoff"
            },
            "cancel": {
              "title": "Cancel",
              "global": true,
              "effect": "cancel",
              "examples": ["cancel", "stop this", "never mind"],
              "responses": ["Cancelled."]
            },
            "takeover": {
              "title": "Hacked account",
              "safety": true,
              "rules": [{ "phrase": "hacked" }],
              "examples": ["someone hacked my account"],
              "flow": "takeover"
            }
          }
        }
        """,
        "entities.json": """
        {
          "entities": {
            "order_id": { "type": "reference", "format": "TP-########" },
            "reason": { "type": "list", "values": { "damaged": ["broken"], "late": ["too slow", "never came"] } }
          }
        }
        """,
        "slots.json": """
        {
          "slots": {
            "order_id": {
              "entity": "order_id",
              "prompts": ["What's the order number?", "The order number looks like TP-12345678. What is it?"],
              "invalid": "That isn't an order number.",
              "maxAttempts": 3
            },
            "reason": { "entity": "reason", "prompts": ["Why?"], "onExhausted": "skip", "maxAttempts": 2 },
            "email": { "entity": "email", "prompts": ["Your email?"], "sensitive": true }
          }
        }
        """,
        "flows.json": """
        {
          "flows": {
            "refund": {
              "title": "your refund",
              "sop": { "owner": "Payments", "version": "1" },
              "states": {
                "ask_order": { "type": "collect", "slot": "order_id", "next": "ask_reason" },
                "ask_reason": { "type": "collect", "slot": "reason", "next": "confirm" },
                "confirm": { "type": "confirm", "say": "Refund {order_id}?", "yes": "done", "no": "stopped" },
                "done": { "type": "end", "say": "Refund requested.", "csat": true },
                "stopped": { "type": "end", "say": "Nothing done." }
              }
            },
            "handoff": {
              "states": {
                "go": { "type": "handoff", "queue": "general", "reason": "user_request" }
              }
            },
            "takeover": { "sop": { "owner": "Safety", "policy": "https://policy.example/takeover", "reviewed": "2026-10-01" },
              "states": {
                "secure": { "type": "handoff", "queue": "safety", "priority": "urgent", "reason": "safety",
                            "say": "Let's secure your account." }
              }
            }
          }
        }
        """,
        "kb/reset-password.md": """
        ---
        title: Reset your password
        questions: I forgot my password | how do I change my password
        ---
        To reset your password, tap Forgot password on the sign-in screen and follow the email link.
        """,
        "kb/delete-account.md": """
        ---
        title: Delete your account
        ---
        Deleting your account removes your videos and purchases after 30 days.
        """,
        "kb/shipping.md": """
        ---
        title: Shipping times
        ---
        Orders ship within two working days.
        """,
    ]

    /// The fixture's `flows.json` with an action state `lookup` (its members given) between
    /// the refund flow's order question and its reason question, and `states` (the members of
    /// more states, each followed by a comma) after it: for tests of action states.
    public static func flows(lookup members: String, states: String = "") -> String {
        (Self.files["flows.json"] ?? "").replacing(
            #""ask_order": { "type": "collect", "slot": "order_id", "next": "ask_reason" },"#,
            with: #"""
                "ask_order": { "type": "collect", "slot": "order_id", "next": "lookup" },
                "lookup": { \#(members) },
                """# + states)
    }

    /// Writes the bot into `directory` and returns its folder, with files replaced or removed
    /// by `changes` (a `nil` value deletes the file).
    public static func write(
        into directory: TemporaryDirectory, changes: [String: String?] = [:]
    ) throws -> String {
        var files = Self.files
        for (path, content) in changes { files[path] = content }
        for (path, content) in files {
            try directory.write("bot/" + path, content)
        }
        return directory.url("bot")
    }

    /// Loads the unchanged fixture bot.
    public static func load() throws -> Bot {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        return try Bot.load(from: try Self.write(into: directory)).bot
    }
}
