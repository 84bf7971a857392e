import Testing

@testable import SwitchboardCore

@Suite struct JSONValueTests {
    @Test func namesEachType() throws {
        let document = #"[null, true, 1, "s", [], {}]"#
        let elements = try #require(try JSONParser().parse(document).value.arrayValue)
        #expect(
            elements.map(\.value.typeName) == [
                "null", "boolean", "number", "string", "array", "object",
            ]
        )
    }

    @Test func accessorsReturnOnlyTheirOwnKind() throws {
        let elements = try #require(
            try JSONParser().parse(#"[null, false, 2.5, "s", [1], {"k": 1}]"#).value.arrayValue
        )
        let values = elements.map(\.value)
        #expect(values.map(\.isNull) == [true, false, false, false, false, false])
        #expect(values.map(\.boolValue) == [nil, false, nil, nil, nil, nil])
        #expect(values.map(\.numberValue?.double) == [nil, nil, 2.5, nil, nil, nil])
        #expect(values.map(\.stringValue) == [nil, nil, nil, "s", nil, nil])
        #expect(values.map { $0.arrayValue?.count } == [nil, nil, nil, nil, 1, nil])
        #expect(values.map { $0.objectValue?.keys } == [nil, nil, nil, nil, nil, ["k"]])
    }

    @Test func comparesContentIgnoringLocations() throws {
        let compact = try JSONParser().parse(#"{"a":[1,{"b":null}],"c":"d"}"#).value
        let spread = try JSONParser().parse(
            "{\n  \"a\": [ 1, { \"b\": null } ],\n  \"c\": \"d\"\n}"
        ).value
        #expect(compact != spread)
        #expect(compact.hasSameContent(as: spread))
        #expect(spread.hasSameContent(as: compact))
    }

    @Test func detectsDifferentContent() throws {
        let parser = JSONParser()
        let base = try parser.parse(#"{"a": [1, 2], "b": "x"}"#).value
        let others = [
            #"{"a": [1, 2], "b": "y"}"#,
            #"{"a": [1, 2, 3], "b": "x"}"#,
            #"{"a": [1, 2.0], "b": "x"}"#,
            #"{"b": "x", "a": [1, 2]}"#,
            #"{"a": [1, 2], "b": "x", "b": "x"}"#,
            #"{"a": [1, 2], "c": "x"}"#,
            #"[[1, 2], "x"]"#,
        ]
        for text in others {
            #expect(!base.hasSameContent(as: try parser.parse(text).value), "\(text)")
        }
        #expect(JSONValue.null.hasSameContent(as: .null))
        #expect(!JSONValue.null.hasSameContent(as: .bool(false)))
        #expect(!JSONValue.bool(true).hasSameContent(as: .bool(false)))
    }

    @Test func serializesBuiltValues() {
        let value = JSONValue.object(
            JSONObject(members: [
                JSONMember(key: "greeting", value: JSONNode(value: .string("hello \"you\""))),
                JSONMember(
                    key: "list",
                    value: JSONNode(
                        value: .array([
                            JSONNode(value: .number(JSONNumber(3))),
                            JSONNode(value: .null),
                        ])
                    )
                ),
            ])
        )
        #expect(value.serialized() == #"{"greeting":"hello \"you\"","list":[3,null]}"#)
        #expect(
            value.serialized(pretty: true)
                == "{\n  \"greeting\": \"hello \\\"you\\\"\",\n  \"list\": [\n    3,\n    null\n  ]\n}"
        )
    }
}
