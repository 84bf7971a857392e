import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Definitions that crashed, hung or were reported unclearly in the fuzz campaign over the
/// bot's files: each is now one diagnostic at its file, line and JSON path.
@Suite struct InputSafetyLoadingTests {
    /// The fixture's intents.json with the hours intent given the regex rule `pattern`
    /// (already escaped for JSON).
    private static func intentsWithRegex(_ pattern: String) throws -> String {
        try FixtureEdits.edit(
            "intents.json", "\"responses\": [\"We are open 9 to 5.\"]",
            "\"rules\": [{ \"regex\": \"\(pattern)\" }], \"responses\": [\"We are open 9 to 5.\"]")
    }

    /// The one invalid-regex error for a rule of the hours intent.
    private static func regexError(_ pattern: String) throws -> Diagnostic {
        let text = try Self.intentsWithRegex(pattern)
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        #expect(diagnostics.filter(\.isError).count == 1)
        return try FixtureEdits.expectError(
            diagnostics, "invalid-regex", path: "intents.hours.rules[0].regex",
            file: "intents.json", text: text, line: "\"rules\": [{ \"regex\"")
    }

    @Test("A regex nested 10,000 deep is an error at the rule (Swift's parser overflowed)")
    func deeplyNestedRegex() throws {
        for open in ["(", "["] {
            let error = try Self.regexError(String(repeating: open, count: 10_000) + "a")
            #expect(
                error.message
                    == "invalid regular expression: groups or character classes nest more "
                    + "than 32 deep")
        }
    }

    @Test("A repeated group that repeats inside is refused: matching is exponential")
    func nestedRepetition() throws {
        for pattern in ["(a+)+$", "^(a*)*b", "([a-z]+)*$", "(x(ab){2,})+"] {
            let error = try Self.regexError(pattern)
            #expect(
                error.message
                    == "invalid regular expression: a group that repeats without bound holds "
                    + "something that also repeats without bound (as in \"(a+)+\"); matching "
                    + "can take exponential time")
        }
    }

    @Test("Two unbounded wildcards are refused; one is allowed")
    func wildcards() throws {
        let error = try Self.regexError("refund.*coins.+now")
        #expect(
            error.message
                == "invalid regular expression: more than one \".*\" or \".+\"; each multiplies "
                + "the matching time by the message's length (use a \"keywords\" rule for words "
                + "in any order)")
        let allowed = try Self.intentsWithRegex("\\\\bopen\\\\b.*\\\\b(today|now)\\\\b")
        _ = try FixtureEdits.loaded(["intents.json": allowed])
    }

    @Test("A whole-number field given a fraction or a huge number names the number")
    func wholeNumbers() throws {
        let cases = [
            ("1.5", "wrong-type", "expected a whole number, found 1.5"),
            ("1e3", "wrong-type", "expected a whole number, found 1e3"),
            (
                "9223372036854775808", "out-of-range",
                "9223372036854775808 is out of range (1 to 20)"
            ),
            ("-21", "out-of-range", "-21 is out of range (1 to 20)"),
        ]
        for (number, code, message) in cases {
            let text = try FixtureEdits.edit(
                "bot.json", "\"maxConsecutive\": 2", "\"maxConsecutive\": \(number)")
            let (diagnostics, _) = try FixtureEdits.failure(["bot.json": text])
            let error = try FixtureEdits.expectError(
                diagnostics, code, path: "bot.fallback.maxConsecutive", file: "bot.json",
                text: text, line: "\"maxConsecutive\"")
            #expect(error.message == message)
        }
    }

    @Test("A number beyond a Double (1e400) is out of range, not infinity")
    func infiniteNumber() throws {
        let text = try FixtureEdits.edit(
            "slots.json", "\"maxAttempts\": 2 }",
            "\"maxAttempts\": 2, \"validate\": { \"max\": 1e400 } }")
        let (diagnostics, _) = try FixtureEdits.failure(["slots.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "out-of-range", path: "slots.reason.validate.max", file: "slots.json",
            text: text, line: "1e400")
        #expect(error.message == "1e400 is too large for a number")
    }

    @Test("A bot.json without a \"bot\" section is named, at its first line, not the folder")
    func botFileWithoutSettings() throws {
        let text = "{\n  \"intents\": {}\n}\n"
        let (diagnostics, folder) = try FixtureEdits.failure(["bot.json": text])
        #expect(diagnostics.map(\.code) == ["missing-settings"])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.origin?.file == folder + "/bot.json")
        #expect(diagnostic.origin?.location.line == 1)
        #expect(
            diagnostic.description
                == "\(folder)/bot.json:1:1: error: bot: no \"bot\" section with the bot's "
                + "settings here or in any other file")
    }
}
