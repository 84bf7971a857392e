import Testing

@testable import SwitchboardCore

/// A location on a line of a document.
private func at(_ line: Int, _ column: Int, _ offset: Int) -> SwitchboardCore.SourceLocation {
    SwitchboardCore.SourceLocation(line: line, column: column, offset: offset)
}

/// The error from parsing `text`, or `nil` when it parses.
private func failure(_ text: String, maxDepth: Int = 256) -> JSONParseError? {
    do {
        _ = try JSONParser(maxDepth: maxDepth).parse(text)
        return nil
    } catch {
        // These tests pin messages and locations; JSON paths have their own test.
        var located = error
        located.path = ""
        return located
    }
}

@Suite struct JSONParserTests {
    // MARK: Scalars

    @Test func parsesLiterals() throws {
        let parser = JSONParser()
        #expect(try parser.parse("null") == JSONNode(value: .null, location: at(1, 1, 0)))
        #expect(try parser.parse("true").value == .bool(true))
        #expect(try parser.parse("false").value == .bool(false))
    }

    @Test func parsesStrings() throws {
        let parser = JSONParser()
        #expect(try parser.parse(#""""#).value == .string(""))
        #expect(try parser.parse(#""hello, world""#).value == .string("hello, world"))
        #expect(try parser.parse("\"caf\u{E9} \u{1F600} \u{4E2D}\"").value == .string("café 😀 中"))
        #expect(try parser.parse("\"\u{7F}\"").value == .string("\u{7F}"))
    }

    @Test func skipsSurroundingWhitespace() throws {
        let node = try JSONParser().parse("  \n\t 42 \r\n ")
        #expect(node == JSONNode(value: .number(JSONNumber(42)), location: at(2, 3, 5)))
    }

    @Test func acceptsAllThreeEntryPoints() throws {
        let text = #"{"a": [1, "two", null]}"#
        let parser = JSONParser()
        let fromString = try parser.parse(text)
        let fromArray = try parser.parse(Array(text.utf8))
        let fromPointer = try Array(text.utf8).withUnsafeBufferPointer { buffer in
            try parser.parse(buffer)
        }
        #expect(fromString == fromArray)
        #expect(fromString == fromPointer)
        #expect(fromString.value.objectValue?["a"]?.value.arrayValue?.count == 3)
    }

    // MARK: Containers and locations

    @Test func parsesEmptyContainers() throws {
        let parser = JSONParser()
        #expect(try parser.parse("[]").value == .array([]))
        #expect(try parser.parse("{}").value == .object(JSONObject()))
        #expect(try parser.parse("[ \n ]").value == .array([]))
        #expect(try parser.parse("{ \n }").value == .object(JSONObject()))
        let nested = try parser.parse("[[], {}]")
        #expect(
            nested.value
                == .array([
                    JSONNode(value: .array([]), location: at(1, 2, 1)),
                    JSONNode(value: .object(JSONObject()), location: at(1, 6, 5)),
                ])
        )
    }

    @Test func recordsLocationsOfValuesAndKeysOnSeveralLines() throws {
        let text = """
            {
              "name": "Ada",
              "tags": [1, true],
              "nested": {"k": null}
            }
            """
        let root = try JSONParser().parse(text)
        #expect(root.location == at(1, 1, 0))
        let object = try #require(root.value.objectValue)
        #expect(object.keys == ["name", "tags", "nested"])

        #expect(object.members[0].keyLocation == at(2, 3, 4))
        #expect(object.members[0].value == JSONNode(value: .string("Ada"), location: at(2, 11, 12)))

        #expect(object.members[1].keyLocation == at(3, 3, 21))
        let tags = try #require(object["tags"])
        #expect(tags.location == at(3, 11, 29))
        #expect(
            tags.value
                == .array([
                    JSONNode(value: .number(JSONNumber(1)), location: at(3, 12, 30)),
                    JSONNode(value: .bool(true), location: at(3, 15, 33)),
                ])
        )

        #expect(object.members[2].keyLocation == at(4, 3, 42))
        let nested = try #require(object["nested"])
        #expect(nested.location == at(4, 13, 52))
        let inner = try #require(nested.value.objectValue)
        #expect(
            inner.members == [
                JSONMember(
                    key: "k", keyLocation: at(4, 14, 53),
                    value: JSONNode(value: .null, location: at(4, 19, 58))
                )
            ])
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        // "é" is two bytes but one column; "😀" is four bytes but one column.
        let object = try #require(try JSONParser().parse(#"{"é": 1, "😀": [2]}"#).value.objectValue)
        #expect(object["é"]?.location == at(1, 7, 7))
        #expect(object.members[1].keyLocation == at(1, 10, 10))
        let array = try #require(object["😀"])
        #expect(array.location == at(1, 15, 18))
        #expect(array.value.arrayValue?.first?.location == at(1, 16, 19))
    }

    @Test func countsCarriageReturnLineFeedAsOneLineBreak() throws {
        let array = try JSONParser().parse("[\r\n1,\r\n\r\n  2,\r3]").value.arrayValue
        #expect(array?.map(\.location) == [at(2, 1, 3), at(4, 3, 11), at(5, 1, 14)])
    }

    @Test func keepsDuplicateKeysInOrder() throws {
        let object = try #require(
            try JSONParser().parse(#"{"a": 1, "b": 2, "a": 3, "a": 4}"#).value.objectValue
        )
        #expect(object.keys == ["a", "b", "a", "a"])
        #expect(object["a"]?.value == .number(JSONNumber(1)))
        let duplicates = object.duplicateKeys()
        #expect(duplicates.map(\.first.keyLocation) == [at(1, 2, 1), at(1, 2, 1)])
        #expect(duplicates.map(\.again.keyLocation) == [at(1, 18, 17), at(1, 26, 25)])
        #expect(
            duplicates.map(\.again.value.value) == [.number(JSONNumber(3)), .number(JSONNumber(4))])
    }

    @Test func parsesALargeGeneratedDocument() throws {
        var writer = JSONWriter(pretty: true)
        writer.beginArray()
        for index in 0..<2000 {
            writer.beginObject()
            writer.key("id")
            writer.number(index)
            writer.key("name")
            writer.string("customer \(index) \u{2014} \"quoted\"")
            writer.key("ratio")
            writer.number(Double(index) / 7)
            writer.endObject()
        }
        writer.endArray()
        let records = try #require(try JSONParser().parse(writer.bytes).value.arrayValue)
        #expect(records.count == 2000)
        // Each record takes five lines, after the opening "[" line.
        #expect(records[1999].location == at(2 + 5 * 1999, 3, records[1999].location.offset))
        let last = try #require(records[1999].value.objectValue)
        #expect(last["id"]?.value.numberValue?.integer == 1999)
        #expect(last["name"]?.value.stringValue == "customer 1999 \u{2014} \"quoted\"")
        #expect(last["ratio"]?.value.numberValue?.double == 1999.0 / 7)
    }

    // MARK: Byte order mark and depth

    @Test func skipsALeadingByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)
        let node = try JSONParser().parse(bytes)
        #expect(node.location == at(1, 1, 3))
        #expect(node.value.arrayValue?.first?.location == at(1, 2, 4))
        #expect(try JSONParser().parse("\u{FEFF}\"x\"").value == .string("x"))
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = 256
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try JSONParser().parse(text)
        var levels = 1
        while let first = node.value.arrayValue?.first {
            node = first
            levels += 1
        }
        #expect(levels == depth)
        #expect(try JSONParser(maxDepth: 2).parse(#"[{"a": 1}]"#).value.arrayValue?.count == 1)
        #expect(try JSONParser(maxDepth: 0).parse("7").value == .number(JSONNumber(7)))
    }

    @Test func rejectsNestingBeyondTheLimitWithoutRecursing() {
        let text = String(repeating: "[", count: 100_000)
        #expect(
            failure(text)
                == JSONParseError(
                    message: "nesting exceeds the maximum depth of 256 arrays and objects",
                    location: at(1, 257, 256)
                )
        )
        #expect(
            failure(#"[{"a": [1]}]"#, maxDepth: 2)?.location == at(1, 8, 7)
        )
        #expect(failure("{}", maxDepth: 0)?.location == at(1, 1, 0))
        // With a limit that allows it, 100,000 levels are walked without recursion.
        #expect(
            failure(text, maxDepth: 100_000)
                == JSONParseError(
                    message: "expected value or ']', found end of input",
                    location: at(1, 100_001, 100_000)
                )
        )
    }

    // MARK: Strings

    @Test func decodesEscapes() throws {
        let text = #""q\" b\\ s\/ \b\f\n\r\t end""#
        #expect(try JSONParser().parse(text).value == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t end"))
    }

    @Test func decodesUnicodeEscapesAndSurrogatePairs() throws {
        let parser = JSONParser()
        #expect(try parser.parse(#""\u0041\u00e9\u00E9\u4E2D""#).value == .string("Aéé中"))
        #expect(try parser.parse(#""\uD83D\uDE00""#).value == .string("😀"))
        #expect(try parser.parse(#""\udbff\udfff""#).value == .string("\u{10FFFF}"))
        #expect(try parser.parse(#""a\u0000b""#).value == .string("a\u{0}b"))
        #expect(try parser.parse(#""é\n😀""#).value == .string("é\n😀"))
    }

    @Test func keepsLocationsAfterEscapedStrings() throws {
        let array = try JSONParser().parse(#"["\u00e9\n", "é", 1]"#).value.arrayValue
        #expect(array?.map(\.location) == [at(1, 2, 1), at(1, 14, 13), at(1, 19, 19)])
    }

    // MARK: Numbers

    @Test func parsesIntegers() throws {
        let parser = JSONParser()
        #expect(
            try parser.parse("0").value == .number(JSONNumber(text: "0", double: 0, integer: 0)))
        #expect(try parser.parse("-12").value == .number(JSONNumber(-12)))
        #expect(
            try parser.parse("9223372036854775807").value.numberValue?.integer == Int.max
        )
        #expect(
            try parser.parse("-9223372036854775808").value.numberValue?.integer == Int.min
        )
        let negativeZero = try #require(try parser.parse("-0").value.numberValue)
        #expect(negativeZero.integer == 0)
        #expect(negativeZero.double == 0 && negativeZero.double.sign == .minus)
        // 2^53 + 1 is exact as an Int and rounds to even as a Double.
        let beyondDouble = try #require(try parser.parse("9007199254740993").value.numberValue)
        #expect(beyondDouble.integer == 9_007_199_254_740_993)
        #expect(beyondDouble.double == 9_007_199_254_740_992)
    }

    @Test func keepsTextAndDoubleOfIntegersTooBigForInt() throws {
        let parser = JSONParser()
        #expect(
            try parser.parse("9223372036854775808").value
                == .number(
                    JSONNumber(
                        text: "9223372036854775808", double: 9.223372036854775808e18, integer: nil)
                )
        )
        #expect(
            try parser.parse("-9223372036854775809").value.numberValue?.integer == nil
        )
        let huge = try #require(
            try parser.parse("123456789012345678901234567890").value.numberValue)
        #expect(huge.text == "123456789012345678901234567890")
        #expect(huge.double == 1.2345678901234568e29)
        #expect(huge.integer == nil)
    }

    @Test func parsesFractionsAndExponents() throws {
        let parser = JSONParser()
        #expect(
            try parser.parse("1.5").value
                == .number(JSONNumber(text: "1.5", double: 1.5, integer: nil))
        )
        #expect(
            try parser.parse("1e3").value
                == .number(JSONNumber(text: "1e3", double: 1000, integer: nil))
        )
        #expect(try parser.parse("1E+2").value.numberValue?.double == 100)
        #expect(try parser.parse("-2.5e-3").value.numberValue?.double == -0.0025)
        #expect(try parser.parse("0.1").value.numberValue?.double == 0.1)
        #expect(try parser.parse("10.0").value.numberValue?.integer == nil)
        #expect(try parser.parse("1e400").value.numberValue?.double == .infinity)
        #expect(
            try parser.parse("[-0.0e0]").value.arrayValue?.first?.value.numberValue?.text
                == "-0.0e0")
    }
}
