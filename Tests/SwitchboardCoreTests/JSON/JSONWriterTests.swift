import Testing

@testable import SwitchboardCore

@Suite struct JSONWriterTests {
    /// Writes the same small document through any writer.
    private func writeSample(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("a")
        writer.number(1)
        writer.key("b")
        writer.beginArray()
        writer.bool(true)
        writer.null()
        writer.string("x")
        writer.beginArray()
        writer.endArray()
        writer.endArray()
        writer.key("c")
        writer.beginObject()
        writer.endObject()
        writer.key("d")
        writer.beginObject()
        writer.key("e")
        writer.bool(false)
        writer.endObject()
        writer.endObject()
    }

    // MARK: Layout

    @Test func writesCompactOutput() {
        var writer = JSONWriter()
        self.writeSample(into: &writer)
        #expect(writer.text == #"{"a":1,"b":[true,null,"x",[]],"c":{},"d":{"e":false}}"#)
        #expect(writer.bytes == Array(writer.text.utf8))
    }

    @Test func writesPrettyOutput() {
        var writer = JSONWriter(pretty: true)
        self.writeSample(into: &writer)
        let expected = """
            {
              "a": 1,
              "b": [
                true,
                null,
                "x",
                []
              ],
              "c": {},
              "d": {
                "e": false
              }
            }
            """
        #expect(writer.text == expected)
    }

    @Test func writesTopLevelScalars() {
        var text = JSONWriter()
        text.string("hi")
        #expect(text.text == #""hi""#)
        var number = JSONWriter(pretty: true)
        number.number(-42)
        #expect(number.text == "-42")
        var null = JSONWriter()
        null.null()
        #expect(null.text == "null")
        #expect(JSONWriter().text.isEmpty)
    }

    // MARK: Strings

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        var bytes: [UInt8] = []
        JSONWriter.escape("say \"hi\" \\ o/", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""say \"hi\" \\ o/""#)

        bytes = []
        JSONWriter.escape("\n\r\t\u{8}\u{C}\u{0}\u{1}\u{1B}\u{1F} \u{7F}", into: &bytes)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #""\n\r\t\b\f\u0000\u0001\u001b\u001f "# + "\u{7F}\""
        )
    }

    @Test func keepsNonASCIIAsUTF8() {
        var bytes: [UInt8] = []
        JSONWriter.escape("café 中 😀 \u{2028}", into: &bytes)
        #expect(bytes == [0x22] + Array("café 中 😀 \u{2028}".utf8) + [0x22])
    }

    @Test func escapeAppendsToExistingBytes() {
        var bytes = Array("[".utf8)
        JSONWriter.escape("", into: &bytes)
        JSONWriter.escape("a\"", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #"["""a\"""#)
    }

    @Test func escapesKeys() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("line\nbreak \"q\"")
        writer.number(1)
        writer.endObject()
        #expect(writer.text == #"{"line\nbreak \"q\"":1}"#)
    }

    // MARK: Numbers

    @Test func writesIntegers() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.number(0)
        writer.number(Int.max)
        writer.number(Int.min)
        writer.endArray()
        #expect(writer.text == "[0,9223372036854775807,-9223372036854775808]")
    }

    @Test func writesDoublesThatRoundTrip() throws {
        let values: [Double] = [
            0, -0.0, 0.1, 1.5, 5, -2.25, 1e-7, 1e300, -Double.greatestFiniteMagnitude,
            Double.leastNonzeroMagnitude,
            123_456_789.123_456_79, Double(1 << 53) + 2,
        ]
        for value in values {
            var writer = JSONWriter()
            writer.number(value)
            let number = try #require(try JSONParser().parse(writer.bytes).value.numberValue)
            #expect(number.double == value, "\(writer.text)")
            #expect(number.double.sign == value.sign, "\(writer.text)")
        }
    }

    @Test func writesNonFiniteDoublesAsNull() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.number(Double.nan)
        writer.number(Double.infinity)
        writer.number(-Double.infinity)
        writer.endArray()
        #expect(writer.text == "[null,null,null]")
    }

    @Test func writesNumberTextVerbatimWhenValid() {
        let numbers = [
            JSONNumber(text: "1.50e+10", double: 1.5e10, integer: nil),
            JSONNumber(
                text: "123456789012345678901234567890", double: 1.2345678901234568e29, integer: nil),
            JSONNumber(text: "not a number", double: 2.5, integer: nil),
            JSONNumber(text: "", double: .infinity, integer: nil),
        ]
        let value = JSONValue.array(numbers.map { JSONNode(value: .number($0)) })
        #expect(value.serialized() == "[1.50e+10,123456789012345678901234567890,2.5,null]")
    }

    // MARK: Whole values

    @Test func writesParsedTreesInMemberOrderWithDuplicates() throws {
        let text = #"{"z": 1, "a": [true, {"k": "v"}], "z": null, "e": {}, "n": -0.5e-3}"#
        let node = try JSONParser().parse(text)
        #expect(
            node.value.serialized() == #"{"z":1,"a":[true,{"k":"v"}],"z":null,"e":{},"n":-0.5e-3}"#)
        let pretty = """
            {
              "z": 1,
              "a": [
                true,
                {
                  "k": "v"
                }
              ],
              "z": null,
              "e": {},
              "n": -0.5e-3
            }
            """
        #expect(node.value.serialized(pretty: true) == pretty)
    }

    @Test func valueCanBeNestedInsideStreamedOutput() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("payload")
        writer.value(try JSONParser().parse("[1, 2]").value)
        writer.key("ok")
        writer.bool(true)
        writer.endObject()
        #expect(writer.text == #"{"payload":[1,2],"ok":true}"#)
    }

    // MARK: Round trips

    @Test(arguments: [
        #"{"name": "Ada", "tags": ["a", "b"], "nested": {"deep": [[], {}, [null]]}}"#,
        #"["\u0000\u001f\"\\\/\b\f\n\r\t", "é😀\uD83D\uDE00", "\u2028"]"#,
        #"[0, -0, 1.5, -2e-5, 1E+30, 9223372036854775808, -9223372036854775808, 1e400]"#,
        #"{"a": 1, "a": 2, "": {"": ""}}"#,
        #""just a string""#,
        "true",
        "null",
    ])
    func roundTripsDocuments(text: String) throws {
        let original = try JSONParser().parse(text).value
        for pretty in [false, true] {
            let serialized = original.serialized(pretty: pretty)
            let reparsed = try JSONParser().parse(serialized).value
            #expect(reparsed.hasSameContent(as: original), "\(serialized)")
            // Serializing again gives the same text.
            #expect(reparsed.serialized(pretty: pretty) == serialized)
        }
    }

    @Test func roundTripsRandomValues() throws {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<300 {
            let value = randomValue(depth: 4, using: &generator)
            for pretty in [false, true] {
                let serialized = value.serialized(pretty: pretty)
                let reparsed = try JSONParser().parse(serialized).value
                #expect(reparsed.hasSameContent(as: value), "\(serialized)")
            }
        }
    }

    // MARK: Misuse

    @Test func stopsOnAKeyOutsideAnObject() async {
        await #expect(processExitsWith: .failure) {
            var writer = JSONWriter()
            writer.beginArray()
            writer.key("x")
        }
    }

    @Test func stopsOnAnObjectValueWithoutAKey() async {
        await #expect(processExitsWith: .failure) {
            var writer = JSONWriter()
            writer.beginObject()
            writer.number(1)
        }
    }

    @Test func stopsOnMismatchedEnds() async {
        await #expect(processExitsWith: .failure) {
            var writer = JSONWriter()
            writer.beginObject()
            writer.endArray()
        }
    }
}

/// A random string mixing ASCII, escapes, control characters and astral scalars.
private func randomString(using generator: inout SplitMix64) -> String {
    let pieces = [
        "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "中", "😀",
    ]
    var string = ""
    for _ in 0..<Int.random(in: 0...8, using: &generator) {
        string += pieces.randomElement(using: &generator) ?? ""
    }
    return string
}

/// A random JSON value at most `depth` containers deep.
private func randomValue(depth: Int, using generator: inout SplitMix64) -> JSONValue {
    let kind = Int.random(in: 0..<(depth > 0 ? 8 : 6), using: &generator)
    switch kind {
    case 0:
        return .null
    case 1:
        return .bool(Bool.random(using: &generator))
    case 2:
        return .number(JSONNumber(Int.random(in: Int.min...Int.max, using: &generator)))
    case 3:
        let double = Double.random(in: -1e6...1e6, using: &generator) * 1e-3
        return .number(JSONNumber(double) ?? JSONNumber(0))
    case 4, 5:
        return .string(randomString(using: &generator))
    case 6:
        let count = Int.random(in: 0...4, using: &generator)
        return .array(
            (0..<count).map { _ in JSONNode(value: randomValue(depth: depth - 1, using: &generator))
            }
        )
    default:
        let count = Int.random(in: 0...4, using: &generator)
        let members = (0..<count).map { _ in
            JSONMember(
                key: randomString(using: &generator),
                value: JSONNode(value: randomValue(depth: depth - 1, using: &generator))
            )
        }
        return .object(JSONObject(members: members))
    }
}
