import SwitchboardCore
import SwitchboardTesting
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct CheckTests {
    /// A copy of the example bot with one file broken, and where `check` must report it.
    struct BrokenBot: Sendable, CustomTestStringConvertible {
        /// A short name for the test report.
        var name: String
        /// The file edited, relative to the bot folder.
        var file: String
        /// The text replaced (its first occurrence); `nil` deletes the file.
        var find: String?
        /// The replacement.
        var replacement: String = ""
        /// Text inside `replacement` at which the error is reported.
        var marker: String = ""
        /// The JSON path the diagnostic names.
        var jsonPath: String
        /// A part of the message.
        var message: String

        var testDescription: String { self.name }
    }

    static let brokenBots: [BrokenBot] = [
        BrokenBot(
            name: "invalid JSON", file: "bot.json", find: #""locale": "en","#,
            replacement: #""locale": "en", @"#, marker: "@", jsonPath: "bot",
            message: "expected string key after ',', found '@'"),
        BrokenBot(
            name: "unknown state", file: "flows/payments.json",
            find: #""next": "lookup_order", "exhausted": "order_not_found""#,
            replacement: #""next": "lookup_ordr", "exhausted": "order_not_found""#,
            marker: #""lookup_ordr""#, jsonPath: "flows.refund.states.ask_order.next",
            message: #"unknown state "lookup_ordr" (did you mean "lookup_order"?)"#),
        BrokenBot(
            name: "unknown slot", file: "flows/payments.json",
            find: #""slot": "order_id", "next": "lookup_order""#,
            replacement: #""slot": "order_number", "next": "lookup_order""#,
            marker: #""order_number""#, jsonPath: "flows.refund.states.ask_order.slot",
            message: #"unknown slot "order_number""#),
        BrokenBot(
            name: "duplicate intent", file: "intents/support.json", find: #""intents": {"#,
            replacement: #"""
                "intents": {
                    "refund_request": { "examples": ["refund again"], "responses": ["Again."] },
                """#,
            marker: #"{ "examples": ["refund again"]"#, jsonPath: "intents.refund_request",
            message: #"intent "refund_request" is already defined at "#),
        BrokenBot(
            name: "invalid regex", file: "intents/payments.json", find: #""rules": ["#,
            replacement: #"""
                "rules": [
                        { "regex": "refund(" },
                """#,
            marker: #""refund(""#, jsonPath: "intents.refund_request.rules[0].regex",
            message: "invalid regular expression: "),
        BrokenBot(
            name: "invalid condition", file: "flows/payments.json",
            find: #""refund_amount > 100""#, replacement: #""refund_amount >> 100""#,
            marker: #"> 100""#, jsonPath: "flows.refund.states.route.branches[0].if",
            message: "invalid condition: expected an operand after '>', found '>'"),
        BrokenBot(
            name: "missing bot.json", file: "bot.json", find: nil, jsonPath: "bot",
            message: #"no file has a "bot" section"#),
        BrokenBot(
            name: "wrong type", file: "slots.json", find: #""maxAttempts": 3,"#,
            replacement: #""maxAttempts": "three","#, marker: #""three""#,
            jsonPath: "slots.order_id.maxAttempts",
            message: "expected a whole number, found string"),
        BrokenBot(
            name: "empty examples", file: "intents/payments.json", find: #""intents": {"#,
            replacement: #"""
                "intents": {
                    "gift_card": { "title": "Gift cards", "examples": [], "responses": ["None."] },
                """#,
            marker: #"{ "title": "Gift cards""#, jsonPath: "intents.gift_card",
            message: #"intent "gift_card" has no examples and no rules"#),
        BrokenBot(
            name: "a state with no way out", file: "flows/payments.json",
            find:
                #""not_submitted": { "type": "end", "say": "OK, I haven't submitted anything." },"#,
            replacement:
                #""not_submitted": { "type": "say", "say": "OK.", "next": "not_submitted" },"#,
            marker: #"{ "type": "say""#, jsonPath: "flows.refund.states.not_submitted",
            message: #"state "not_submitted" has no way out"#),
    ]

    @Test func theExampleBotPasses() throws {
        let result = try ProcessRunner.switchboard(["check", "--bot", ProjectPaths.exampleBot])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("\(ProjectPaths.exampleBot): 0 errors, 0 warnings ("))
        #expect(result.output.contains(" intents, "))
        #expect(result.errors.isEmpty)
    }

    @Test func theExampleBotPassesStrictly() throws {
        let result = try ProcessRunner.switchboard([
            "check", "--strict", "--bot", ProjectPaths.exampleBot,
        ])
        #expect(result.status == 0)
    }

    /// `--sop-review-days` warns about procedures reviewed too long before `--today`: in the
    /// example bot only cancel_plus (reviewed 2026-06-30, 151 days before 2026-11-28) is past
    /// 150 days.
    @Test func sopReviewDaysWarnsAboutProceduresReviewedTooLongAgo() throws {
        let arguments = [
            "check", "--bot", ProjectPaths.exampleBot, "--sop-review-days", "150", "--today",
            "2026-11-28",
        ]
        let result = try ProcessRunner.switchboard(arguments)
        #expect(result.status == 0)
        let warnings = result.output.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.contains(
                "flows.cancel_plus: flow \"cancel_plus\" follows a procedure last reviewed on "
                    + "2026-06-30, 151 days before 2026-11-28") == true)
        #expect(try ProcessRunner.switchboard(arguments + ["--strict"]).status == 1)
        let lenient = try ProcessRunner.switchboard(
            [
                "check", "--bot", ProjectPaths.exampleBot, "--sop-review-days", "151", "--today",
                "2026-11-28", "--strict",
            ])
        #expect(lenient.status == 0)
        let badDay = try ProcessRunner.switchboard(
            [
                "check", "--bot", ProjectPaths.exampleBot, "--sop-review-days", "150", "--today",
                "28/11/2026",
            ])
        #expect(badDay.status == 64)
        let todayAlone = try ProcessRunner.switchboard(
            ["check", "--bot", ProjectPaths.exampleBot, "--today", "2026-11-28"])
        #expect(todayAlone.status == 64)
    }

    @Test(arguments: Self.brokenBots)
    func aBrokenBotFailsWithTheProblemsPlace(_ broken: BrokenBot) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "tidepool")
        let bot = directory.url("tidepool")
        let place = try Self.breakFile(broken, in: directory)

        let result = try ProcessRunner.switchboard(["check", "--bot", bot])
        #expect(result.status == 1)
        #expect(result.output.contains(broken.message))
        let summary = try #require(result.output.split(separator: "\n").last)
        #expect(summary.hasPrefix("\(bot): "))
        #expect(!summary.hasPrefix("\(bot): 0 errors"))

        let location: String
        if let place {
            location = "\(bot)/\(broken.file):\(place.line):\(place.column): error: "
            #expect(result.output.contains(location))
        } else {
            location = "\(bot): error: "
        }
        let expected = "\(location)\(broken.jsonPath): \(broken.message)"
        #expect(result.output.contains(expected))
    }

    @Test func aDuplicateNamesBothFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "tidepool")
        let broken = try #require(Self.brokenBots.first { $0.name == "duplicate intent" })
        _ = try Self.breakFile(broken, in: directory)
        let result = try ProcessRunner.switchboard(["check", "--bot", directory.url("tidepool")])
        #expect(result.output.contains("/tidepool/intents/support.json:"))
        #expect(
            result.output.contains(
                "already defined at \(directory.url("tidepool"))/intents/payments.json:"))
    }

    @Test func aSyntaxErrorInTheSettingsIsTheOnlyError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "tidepool")
        let broken = try #require(Self.brokenBots.first { $0.name == "invalid JSON" })
        _ = try Self.breakFile(broken, in: directory)
        let result = try ProcessRunner.switchboard(["check", "--bot", directory.url("tidepool")])
        #expect(result.status == 1)
        #expect(!result.output.contains(#"no file has a "bot" section"#))
    }

    @Test func theShippedMocksAreChecked() throws {
        // chat and replay read mocks.json beside the bot; check used to skip it.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "tidepool")
        let bot = directory.url("tidepool")
        let original = try directory.read("tidepool/mocks.json")
        try directory.write(
            "tidepool/mocks.json",
            original.replacing(#""order_status": ["#, with: #""order_statu": ["#))
        let misspelled = try ProcessRunner.switchboard(["check", "--bot", bot])
        #expect(misspelled.status == 0)
        #expect(
            misspelled.output.contains(
                "\(bot)/mocks.json: warning: order_statu: no flow performs action \"order_statu\", "
                    + "so this mock answers nothing (did you mean \"order_status\"?)"))
        try directory.write("tidepool/mocks.json", original.replacing("true", with: "tru"))
        let broken = try ProcessRunner.switchboard(["check", "--bot", bot])
        #expect(broken.status == 1)
        #expect(broken.output.contains("\(bot)/mocks.json:"))
        #expect(broken.output.contains(": error: "))
    }

    @Test func controlCharactersFromTheDefinitionsAreWrittenAsEscapes() throws {
        // An intent name or a message holding ESC, BEL or NUL reached the terminal as it was.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "tidepool")
        let file = "tidepool/intents/payments.json"
        let original = try directory.read(file)
        try directory.write(
            file,
            original.replacing(
                #""intents": {"#,
                with: #"""
                    "intents": {
                        "gift\u001b[2J\u0007": { "examples": [], "responses": ["None.\u0000"] },
                    """#, maxReplacements: 1))
        let result = try ProcessRunner.switchboard(["check", "--bot", directory.url("tidepool")])
        #expect(result.status == 1)
        #expect(result.output.contains(#"intents.gift\u{1B}[2J\u{7}"#), "\(result.output)")
        #expect(
            !result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" },
            "\(result.output)")
    }

    /// Applies the edit and returns the line and column of its marker (`nil` for a deletion).
    static func breakFile(
        _ broken: BrokenBot, in directory: TemporaryDirectory
    ) throws -> (line: Int, column: Int)? {
        let relative = "tidepool/" + broken.file
        guard let find = broken.find else {
            try #require(FileSystem.exists(directory.url(relative)))
            try #require(unlink(directory.url(relative)) == 0)
            return nil
        }
        let original = try directory.read(relative)
        let start = try #require(original.firstRange(of: find)).lowerBound
        let edited = original.replacing(find, with: broken.replacement, maxReplacements: 1)
        try directory.write(relative, edited)
        let markerOffset = try #require(broken.replacement.firstRange(of: broken.marker)).lowerBound
        let before =
            Array(original.utf8[..<start])
            + Array(broken.replacement.utf8[..<markerOffset])
        let line = before.count { $0 == 0x0A } + 1
        let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        return (line, column)
    }

    /// Without `--bot` and without an `intents/` folder, each command that needs a bot says so
    /// with its own usage, not the top-level command's.
    @Test(arguments: [["check"], ["chat"], ["kb", "search", "refund"], ["bridge"], ["calibrate"]])
    func noIntentsFolderIsAUsageErrorOfTheSubcommand(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try ProcessRunner.switchboard(arguments, in: directory.url("."))
        #expect(result.status == 64)
        #expect(
            result.errors.hasPrefix(
                "Error: no intents/ folder here: run from the project folder, or pass --bot DIR\n"
                    + "Usage: switchboard \(arguments.first ?? "") "))
    }
}
