import Testing

@testable import SwitchboardCore

@Suite struct ActionMocksErrorTests {
    @Test func controlCharactersQuotedFromTheFileAreEscaped() throws {
        let text = #"{"order\u001b[2J\u0007": {"ok": true}}"#
        let error = try #require(
            throws: ActionMocksError.self,
            performing: { try ActionMocks.parse(Array(text.utf8), path: "mocks.json") })
        #expect(error.jsonPath == "order\u{1B}[2J\u{7}")
        #expect(
            error.description
                == #"mocks.json:1 order\u{1B}[2J\u{7}: "order\u{1B}[2J\u{7}" is not an action name"#
        )
    }
}
