import Testing

@testable import SwitchboardCore

/// A location on a line of a document.
private func at(_ line: Int, _ column: Int, _ offset: Int) -> SwitchboardCore.SourceLocation {
    SwitchboardCore.SourceLocation(line: line, column: column, offset: offset)
}

/// The error from parsing `text`, or `nil` when it parses.
private func failure(_ text: String) -> JSONParseError? {
    do {
        _ = try JSONParser().parse(text)
        return nil
    } catch {
        // These tests pin messages and locations; JSON paths have their own test.
        var located = error
        located.path = ""
        return located
    }
}

/// The error from parsing `bytes`, or `nil` when they parse.
private func failure(bytes: [UInt8]) -> JSONParseError? {
    do {
        _ = try JSONParser().parse(bytes)
        return nil
    } catch {
        // These tests pin messages and locations; JSON paths have their own test.
        var located = error
        located.path = ""
        return located
    }
}

/// Malformed documents: each must fail with an exact message and location.
@Suite struct JSONParserErrorTests {
    /// Expects `text` to fail with `message` at `location`.
    private func expectFailure(
        _ text: String,
        _ message: String,
        _ location: SwitchboardCore.SourceLocation,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            failure(text) == JSONParseError(message: message, location: location),
            sourceLocation: sourceLocation
        )
    }

    /// Expects `bytes` to fail with `message` at `location`.
    private func expectFailure(
        bytes: [UInt8],
        _ message: String,
        _ location: SwitchboardCore.SourceLocation,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            failure(bytes: bytes) == JSONParseError(message: message, location: location),
            sourceLocation: sourceLocation
        )
    }

    // MARK: Empty and trailing input

    @Test func rejectsEmptyDocuments() {
        expectFailure("", "empty document", at(1, 1, 0))
        expectFailure("  \n ", "empty document", at(2, 2, 4))
        expectFailure(bytes: [0xEF, 0xBB, 0xBF], "empty document", at(1, 1, 3))
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(throws: JSONParseError(message: "empty document", location: at(1, 1, 0))) {
            try JSONParser().parse(empty)
        }
    }

    @Test func rejectsTrailingContent() {
        expectFailure(
            "[1] x", "expected end of input after top-level value, found 'x'", at(1, 5, 4))
        expectFailure("1 2", "expected end of input after top-level value, found '2'", at(1, 3, 2))
        expectFailure("{}}", "expected end of input after top-level value, found '}'", at(1, 3, 2))
        expectFailure(
            "\"a\"\n// note",
            "expected end of input after top-level value, found '/' (comments are not allowed)",
            at(2, 1, 4)
        )
    }

    // MARK: Objects

    @Test func rejectsMalformedObjects() {
        expectFailure(
            #"{"a":1 "b":2}"#, #"expected ',' or '}' after object member, found '"'"#, at(1, 8, 7)
        )
        expectFailure(
            #"{"a":1,}"#,
            "expected string key after ',', found '}' (trailing commas are not allowed)",
            at(1, 8, 7)
        )
        expectFailure(#"{"a" 1}"#, "expected ':' after object key, found '1'", at(1, 6, 5))
        expectFailure(#"{"a":}"#, "expected value after ':', found '}'", at(1, 6, 5))
        expectFailure("{a:1}", "expected string key or '}', found 'a'", at(1, 2, 1))
        expectFailure(
            "{'a':1}",
            #"expected string key or '}', found "'" (strings must use double quotes)"#,
            at(1, 2, 1)
        )
        expectFailure(#"{"a":1,,}"#, "expected string key after ',', found ','", at(1, 8, 7))
        expectFailure("{", "expected string key or '}', found end of input", at(1, 2, 1))
        expectFailure(#"{"a""#, "expected ':' after object key, found end of input", at(1, 5, 4))
        expectFailure(
            #"{"a": 1"#, "expected ',' or '}' after object member, found end of input", at(1, 8, 7)
        )
        expectFailure(
            #"{"a": 1]"#, "expected ',' or '}' after object member, found ']'", at(1, 8, 7))
        expectFailure(#"{1: 2}"#, "expected string key or '}', found '1'", at(1, 2, 1))
    }

    // MARK: Arrays

    @Test func rejectsMalformedArrays() {
        expectFailure(
            "[1,]", "expected value after ',', found ']' (trailing commas are not allowed)",
            at(1, 4, 3)
        )
        expectFailure("[1 2]", "expected ',' or ']' after array element, found '2'", at(1, 4, 3))
        expectFailure("[,1]", "expected value or ']', found ','", at(1, 2, 1))
        expectFailure("[1,,2]", "expected value after ',', found ','", at(1, 4, 3))
        expectFailure("[", "expected value or ']', found end of input", at(1, 2, 1))
        expectFailure(
            "[1", "expected ',' or ']' after array element, found end of input", at(1, 3, 2))
        expectFailure("[1}", "expected ',' or ']' after array element, found '}'", at(1, 3, 2))
        expectFailure(
            "[1, /* two */ 2]",
            "expected value after ',', found '/' (comments are not allowed)",
            at(1, 5, 4)
        )
        expectFailure("[\u{0}]", "expected value or ']', found U+0000", at(1, 2, 1))
    }

    // MARK: Literals and numbers

    @Test func rejectsMisspelledAndForeignLiterals() {
        expectFailure("tru", "expected value, found 'tru'", at(1, 1, 0))
        expectFailure("truex", "expected value, found 'truex'", at(1, 1, 0))
        expectFailure("True", "expected value, found 'True'", at(1, 1, 0))
        expectFailure("nul", "expected value, found 'nul'", at(1, 1, 0))
        expectFailure("[fals]", "expected value or ']', found 'fals'", at(1, 2, 1))
        expectFailure("[1, NaN]", "expected value after ',', found 'NaN'", at(1, 5, 4))
        expectFailure("Infinity", "expected value, found 'Infinity'", at(1, 1, 0))
        expectFailure("undefined", "expected value, found 'undefined'", at(1, 1, 0))
        expectFailure(
            String(repeating: "x", count: 40),
            "expected value, found '\(String(repeating: "x", count: 24))...'",
            at(1, 1, 0)
        )
    }

    @Test func rejectsMalformedNumbers() {
        expectFailure("01", "leading zeros are not allowed in numbers", at(1, 1, 0))
        expectFailure("[-007]", "leading zeros are not allowed in numbers", at(1, 3, 2))
        expectFailure("-", "expected digit after '-', found end of input", at(1, 2, 1))
        expectFailure("-a", "expected digit after '-', found 'a'", at(1, 2, 1))
        expectFailure("-Infinity", "expected digit after '-', found 'Infinity'", at(1, 2, 1))
        expectFailure("1.", "expected digit after '.', found end of input", at(1, 3, 2))
        expectFailure("1.e5", "expected digit after '.', found 'e5'", at(1, 3, 2))
        expectFailure("1e", "expected digit after exponent, found end of input", at(1, 3, 2))
        expectFailure("[1e+]", "expected digit after exponent, found ']'", at(1, 5, 4))
        expectFailure(
            "+1", "expected value, found '+' (numbers must not start with '+')", at(1, 1, 0)
        )
        expectFailure(".5", "expected value, found '.'", at(1, 1, 0))
        expectFailure(
            "0x10", "expected end of input after top-level value, found 'x10'", at(1, 2, 1))
        expectFailure(
            "1.5.2", "expected end of input after top-level value, found '.'", at(1, 4, 3))
    }

    // MARK: Strings

    @Test func rejectsUnterminatedStrings() {
        expectFailure(#""abc"#, "unterminated string", at(1, 1, 0))
        expectFailure(#"["ok", "abc\"#, "unterminated string", at(1, 8, 7))
        expectFailure(#"{"a\u00e9"#, "unterminated string", at(1, 2, 1))
        expectFailure(
            "[\"abc\n\"]", "unescaped line break in string (missing closing quote?)", at(1, 6, 5)
        )
    }

    @Test func rejectsControlCharactersInStrings() {
        expectFailure("\"a\u{1}\"", "unescaped control character U+0001 in string", at(1, 3, 2))
        expectFailure("\"\u{0}\"", "unescaped control character U+0000 in string", at(1, 2, 1))
        expectFailure("\"\u{1F}\"", "unescaped control character U+001F in string", at(1, 2, 1))
        expectFailure("\"a\tb\"", #"unescaped tab in string (write it as \t)"#, at(1, 3, 2))
        expectFailure(
            "\"\\n\r\"", "unescaped line break in string (missing closing quote?)", at(1, 4, 3))
    }

    @Test func rejectsInvalidEscapes() {
        expectFailure(#""\q""#, #"invalid escape '\q'"#, at(1, 2, 1))
        expectFailure(#""ab\x41""#, #"invalid escape '\x'"#, at(1, 4, 3))
        expectFailure(#""\'""#, #"invalid escape '\''"#, at(1, 2, 1))
        expectFailure("\"\\é\"", #"invalid escape: '\' followed by 'é' (U+00E9)"#, at(1, 2, 1))
        expectFailure(
            #""\u12G4""#, #"invalid unicode escape: expected 4 hex digits after '\u'"#, at(1, 2, 1)
        )
        expectFailure(
            #""\u12""#, #"invalid unicode escape: expected 4 hex digits after '\u'"#, at(1, 2, 1)
        )
    }

    @Test func rejectsLoneSurrogates() {
        expectFailure(#""\uD83D""#, #"lone high surrogate '\uD83D'"#, at(1, 2, 1))
        expectFailure(#""x\ud83dy""#, #"lone high surrogate '\ud83d'"#, at(1, 3, 2))
        expectFailure(#""\uD83D\u0041""#, #"lone high surrogate '\uD83D'"#, at(1, 2, 1))
        expectFailure(#""\uD83D\uD83D""#, #"lone high surrogate '\uD83D'"#, at(1, 2, 1))
        expectFailure(#""\uDE00""#, #"lone low surrogate '\uDE00'"#, at(1, 2, 1))
        expectFailure(
            #""\uD83D\uZZZZ""#, #"invalid unicode escape: expected 4 hex digits after '\u'"#,
            at(1, 8, 7)
        )
    }

    // MARK: UTF-8

    @Test func rejectsInvalidUTF8InStrings() {
        let quote = UInt8(ascii: "\"")
        expectFailure(bytes: [quote, 0xFF, quote], "invalid UTF-8 byte 0xFF", at(1, 2, 1))
        // "é" before the bad byte shifts the column by one, not two.
        expectFailure(
            bytes: [quote, 0xC3, 0xA9, 0xFF, quote], "invalid UTF-8 byte 0xFF", at(1, 3, 3))
        expectFailure(
            bytes: [quote, 0x80, quote],
            "invalid UTF-8 byte 0x80 (unexpected continuation byte)",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0xC0, 0xAF, quote], "invalid UTF-8 byte 0xC0 (overlong encoding)",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0xE0, 0x80, 0xAF, quote],
            "invalid UTF-8 sequence 0xE0 0x80 (overlong encoding)",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0xF0, 0x8F, 0xBF, 0xBF, quote],
            "invalid UTF-8 sequence 0xF0 0x8F (overlong encoding)",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0x61, 0xED, 0xA0, 0x80, quote],
            "invalid UTF-8 sequence 0xED 0xA0 (encoded surrogate)",
            at(1, 3, 2)
        )
        expectFailure(
            bytes: [quote, 0xF4, 0x90, 0x80, 0x80, quote],
            "invalid UTF-8 sequence 0xF4 0x90 (beyond U+10FFFF)",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0xC3, 0x41, quote],
            "invalid UTF-8 sequence 0xC3 0x41 (expected a continuation byte)",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0xE2, 0x82, 0x41, quote],
            "invalid UTF-8 sequence 0xE2 0x82 0x41 (expected a continuation byte)",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0xE2, 0x82],
            "incomplete UTF-8 sequence 0xE2 0x82 at end of input",
            at(1, 2, 1)
        )
        expectFailure(
            bytes: [quote, 0xF8, 0x88, 0x80, 0x80, 0x80, quote], "invalid UTF-8 byte 0xF8",
            at(1, 2, 1))
    }

    @Test func rejectsInvalidUTF8InEscapedStrings() {
        let bytes: [UInt8] = Array(#""\n"#.utf8) + [0xE9] + Array(#"""#.utf8)
        expectFailure(
            bytes: bytes, "invalid UTF-8 sequence 0xE9 0x22 (expected a continuation byte)",
            at(1, 4, 3)
        )
    }

    @Test func rejectsNonASCIIOutsideStrings() {
        expectFailure(
            bytes: [0x5B, 0xFF, 0x5D], "expected value or ']', found invalid UTF-8 byte 0xFF",
            at(1, 2, 1))
        expectFailure(
            "[1,\u{FEFF}2]", "expected value after ',', found '\u{FEFF}' (U+FEFF)", at(1, 4, 3))
        expectFailure("«1»", "expected value, found '«' (U+00AB)", at(1, 1, 0))
    }

    // MARK: Locations

    @Test func locatesErrorsOnLaterLines() {
        expectFailure(
            "{\n  \"a\": 1,\n  \"b\" 2\n}", "expected ':' after object key, found '2'", at(3, 7, 18)
        )
        expectFailure(
            "[\r\n1,\r\n]",
            "expected value after ',', found ']' (trailing commas are not allowed)",
            at(3, 1, 7)
        )
        expectFailure(
            "[1,\r]", "expected value after ',', found ']' (trailing commas are not allowed)",
            at(2, 1, 4)
        )
        expectFailure(
            "[\n\t\"x\",\n\t\"y\" \"z\"]",
            #"expected ',' or ']' after array element, found '"'"#,
            at(3, 6, 13)
        )
    }

    @Test func countsUnicodeScalarsInErrorColumns() {
        expectFailure(
            #"{"naïve": "café" x}"#, "expected ',' or '}' after object member, found 'x'",
            at(1, 18, 19)
        )
        expectFailure(
            #"["😀😀" 1]"#, "expected ',' or ']' after array element, found '1'", at(1, 7, 12))
        expectFailure(
            #"["é\n" 1]"#, "expected ',' or ']' after array element, found '1'", at(1, 8, 8))
        expectFailure(
            "\u{FEFF}[\"é\", x]", "expected value after ',', found 'x'", at(1, 7, 10)
        )
    }

    @Test(
        "An error names the JSON path of the value being read",
        arguments: [
            (#"{"a": {"b": [1, 2, x]}}"#, "a.b[2]"),
            (#"{"bot": {"locale": "en", @}}"#, "bot"),
            (#"{"a": 1, @}"#, ""),
            (#"[{"x": [true, nul]}]"#, "[0].x[1]"),
            (
                #"{"flows": {"refund": {"states": {"ask": {"next": ]}}}}}"#,
                "flows.refund.states.ask.next"
            ),
        ])
    func namesThePath(text: String, path: String) throws {
        do {
            _ = try JSONParser().parse(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.path == path)
        }
    }
}
