import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// `switchboard check` on the mocks a bot ships beside its definitions.
@Suite struct ActionMocksCheckTests {
    /// A flow with one action state, added to the fixture bot.
    static let lookupFlow = """
        {
          "intents": {
            "status": { "title": "Status", "rules": [{ "phrase": "order status" }],
                        "examples": ["where is my order"], "flow": "status" }
          },
          "flows": {
            "status": {
              "states": {
                "lookup": { "type": "action", "action": "order_status", "next": "done",
                            "onFailure": "done" },
                "done": { "type": "end", "say": "Done." }
              }
            }
          }
        }
        """

    /// The diagnostics for the fixture bot with the lookup flow and `mocks` as its mocks.json.
    static func diagnostics(mocks: String?) throws -> (diagnostics: [Diagnostic], folder: String) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = try FixtureBot.write(
            into: directory, changes: ["lookup.json": Self.lookupFlow])
        if let mocks { try directory.write("bot/mocks.json", mocks) }
        let definition = try DefinitionLoader().load(from: folder).definition
        return (ActionMocks.diagnostics(forBotIn: folder, definition: definition), folder)
    }

    @Test func noMocksAndMatchingMocksSayNothing() throws {
        #expect(try Self.diagnostics(mocks: nil).diagnostics.isEmpty)
        #expect(
            try Self.diagnostics(mocks: #"{"order_status": {"ok": true, "data": {}}}"#)
                .diagnostics.isEmpty)
    }

    @Test func aMocksFileThatDoesNotReadIsAnErrorAtItsLine() throws {
        let (diagnostics, folder) = try Self.diagnostics(
            mocks: "{\n  \"order_status\": {\"ok\": tru}\n}\n")
        #expect(
            diagnostics.map(\.description) == [
                "\(folder)/mocks.json:2:1: error: order_status.ok: expected value after ':', "
                    + "found 'tru'"
            ])
    }

    @Test func aMockOfAnActionNoFlowPerformsIsAWarningWithASuggestion() throws {
        let (diagnostics, folder) = try Self.diagnostics(
            mocks: #"{"order_statu": {"ok": true, "data": {}}}"#)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(
            diagnostics.first?.description
                == "\(folder)/mocks.json: warning: order_statu: no flow performs action "
                + "\"order_statu\", so this mock answers nothing (did you mean \"order_status\"?)")
    }
}
