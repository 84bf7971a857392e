import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// `bot.conversationLog`: optional, a file path, checked at load.
@Suite struct ConversationLogSettingTests {
    static func botJSON(_ setting: String) throws -> String {
        try FixtureEdits.edit(
            "bot.json", #""name": "Fixture","#,
            #""name": "Fixture", "conversationLog": "# + setting + ",")
    }

    @Test func itIsOptional() throws {
        #expect(try FixtureEdits.loaded().definition.settings.conversationLog == nil)
    }

    @Test func aPathIsKept() throws {
        let text = try Self.botJSON(#""logs/conversations.jsonl""#)
        let loaded = try FixtureEdits.loaded(["bot.json": text])
        #expect(loaded.definition.settings.conversationLog == "logs/conversations.jsonl")
    }

    @Test(arguments: [
        (
            #""logs/""#, "invalid-value",
            #""logs/" names a folder; give a file such as conversations.jsonl"#
        ),
        (#""""#, "empty-value", "must not be empty"),
        ("true", "wrong-type", "expected a string, found boolean"),
    ])
    func aBadValueIsAnErrorAtTheSetting(value: String, code: String, message: String) throws {
        let text = try Self.botJSON(value)
        let (diagnostics, _) = try FixtureEdits.failure(["bot.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, code, path: "bot.conversationLog", file: "bot.json", text: text,
            line: "conversationLog")
        #expect(error.message == message)
    }
}
