import Testing

@testable import SwitchboardCore

/// A location on a line of a document.
private func at(_ line: Int, _ column: Int, _ offset: Int) -> SwitchboardCore.SourceLocation {
    SwitchboardCore.SourceLocation(line: line, column: column, offset: offset)
}

@Suite struct JSONObjectTests {
    private func member(_ key: String, _ value: Int, column: Int) -> JSONMember {
        JSONMember(
            key: key,
            keyLocation: at(1, column, column - 1),
            value: JSONNode(value: .number(JSONNumber(value)))
        )
    }

    @Test func looksUpTheFirstMemberWithAKey() {
        let object = JSONObject(members: [
            self.member("a", 1, column: 1), self.member("b", 2, column: 10),
            self.member("a", 3, column: 20),
        ])
        #expect(object["a"]?.value == .number(JSONNumber(1)))
        #expect(object["b"]?.value == .number(JSONNumber(2)))
        #expect(object["c"] == nil)
        #expect(object.keys == ["a", "b", "a"])
        #expect(object.count == 3)
        #expect(!object.isEmpty)
        #expect(JSONObject().isEmpty)
        #expect(JSONObject().keys.isEmpty)
    }

    @Test func reportsEachRepeatOfAKey() {
        let a1 = self.member("a", 1, column: 1)
        let b1 = self.member("b", 2, column: 10)
        let a2 = self.member("a", 3, column: 20)
        let b2 = self.member("b", 4, column: 30)
        let a3 = self.member("a", 5, column: 40)
        let object = JSONObject(members: [a1, b1, a2, b2, a3])
        let duplicates = object.duplicateKeys()
        #expect(duplicates.map(\.first) == [a1, b1, a1])
        #expect(duplicates.map(\.again) == [a2, b2, a3])
    }

    @Test func reportsNoDuplicatesForDistinctKeys() throws {
        let object = try #require(
            try JSONParser().parse(#"{"a": 1, "A": 2, "a ": 3, "b": {"a": 4}}"#).value.objectValue
        )
        #expect(object.duplicateKeys().isEmpty)
    }

    @Test func comparesKeysAfterDecodingEscapes() throws {
        let object = try #require(
            try JSONParser().parse(#"{"é": 1, "\u00e9": 2}"#).value.objectValue)
        let duplicates = object.duplicateKeys()
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.again.keyLocation == at(1, 10, 10))
    }
}
