import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Loading a bot folder: the fixture loads, and every kind of broken definition is reported
/// with its code, file, line and JSON path.
@Suite struct DefinitionLoaderTests {
    // MARK: The fixture

    @Test("The fixture bot loads; its one warning is the email slot no flow collects")
    func fixtureLoads() throws {
        let loaded = try FixtureEdits.loaded()
        let definition = loaded.definition
        #expect(definition.intents.map(\.id) == ["refund", "hours", "agent", "cancel", "takeover"])
        #expect(definition.flows.map(\.id) == ["refund", "handoff", "takeover"])
        #expect(definition.slots.map(\.id) == ["order_id", "reason", "email"])
        #expect(definition.articles.map(\.id) == ["delete-account", "reset-password", "shipping"])
        #expect(definition.settings.name == "Fixture")
        #expect(definition.contentHash.hasPrefix("sha256:"))
        #expect(definition.contentHash.count == "sha256:".count + 64)
        #expect(!loaded.diagnostics.containsErrors)
        #expect(loaded.diagnostics.map(\.code) == ["unused-slot"])
        #expect(loaded.diagnostics.first?.origin?.path == "slots.email")
    }

    @Test("The content hash changes with any file and not between identical loads")
    func contentHash() throws {
        let first = try FixtureEdits.loaded().definition.contentHash
        let again = try FixtureEdits.loaded().definition.contentHash
        let shipping = try FixtureEdits.edit("kb/shipping.md", "two working", "three working")
        let changed = try FixtureEdits.loaded(["kb/shipping.md": shipping]).definition.contentHash
        #expect(first == again)
        #expect(first != changed)
    }

    @Test("A folder that does not exist is one error naming the folder")
    func missingFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.url("nothing-here")
        do {
            _ = try DefinitionLoader().load(from: folder)
            Issue.record("a missing folder loaded")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["missing-folder"])
            #expect(error.diagnostics.first?.origin == Origin(folder: folder))
            #expect(error.diagnostics.first?.description == "\(folder): error: no bot folder here")
            #expect(error.description == "\(folder): 1 error")
        }
    }

    @Test("The folder above a bot (--bot intents/) is one error naming the bot inside")
    func folderOfBots() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try FixtureBot.write(into: directory)
        try directory.write("bot/mocks.json", #"{ "order_status": { "ok": true, "data": {} } }"#)
        do {
            _ = try DefinitionLoader().load(from: directory.path)
            Issue.record("a folder of bots loaded as one bot")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["nested-bot"])
            #expect(
                error.diagnostics.first?.description
                    == "\(directory.path): error: this is a folder of bots, not a bot: "
                    + "\"\(directory.path)/bot\" has its own kb/ or mocks.json; load it instead")
        }
        // The bot itself, with its mocks, loads.
        _ = try DefinitionLoader().load(from: directory.url("bot"))
    }

    // MARK: Broken definitions

    @Test("Invalid JSON is reported at the offending character")
    func invalidJSON() throws {
        let text = try FixtureEdits.edit(
            "intents.json", "\"title\": \"Opening hours\",", "\"title\": \"Opening hours\",,")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-json", path: "intents.hours", file: "intents.json", text: text,
            line: "\"Opening hours\",,")
        #expect(error.message == "expected string key after ',', found ','")
        #expect(error.origin?.location.column == (try FixtureEdits.column(of: ",,", in: text)) + 1)
    }

    @Test("An unknown state in a next is reported at the reference, with a suggestion")
    func unknownState() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"next\": \"ask_reason\" }", "\"next\": \"ask_reasn\" }")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "unknown-state", path: "flows.refund.states.ask_order.next",
            file: "flows.json", text: text, line: "\"ask_reasn\"", suggestion: "ask_reason")
        #expect(error.message == "unknown state \"ask_reasn\"")
        #expect(
            error.origin?.location.column
                == (try FixtureEdits.column(of: "\"ask_reasn\"", in: text)))
    }

    @Test("An unknown slot in a collect state is reported with a suggestion")
    func unknownCollectSlot() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"slot\": \"reason\"", "\"slot\": \"reasn\"")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "flows.refund.states.ask_reason.slot",
            file: "flows.json", text: text, line: "\"reasn\"", suggestion: "reason")
        #expect(error.message == "unknown slot \"reasn\"")
    }

    @Test("The same intent id in two files is reported at the second, naming the first")
    func duplicateIntentAcrossFiles() throws {
        let more = """
            {
              "intents": {
                "hours": { "examples": ["when do you close"], "responses": ["At five."] }
              }
            }
            """
        let (diagnostics, folder) = try FixtureEdits.failure(["more-intents.json": more])
        let error = try FixtureEdits.expectError(
            diagnostics, "duplicate-id", path: "intents.hours", file: "more-intents.json",
            text: more, line: "\"hours\": {")
        let intents = try #require(FixtureBot.files["intents.json"])
        let firstLine = try FixtureEdits.line(of: "\"hours\": {", in: intents)
        let firstColumn =
            try FixtureEdits.column(of: "\"hours\": {", in: intents) + "\"hours\": ".count
        #expect(
            error.message
                == "intent \"hours\" is already defined at "
                + "\(folder)/intents.json:\(firstLine):\(firstColumn)"
        )
        #expect(diagnostics.filter(\.isError).count == 1)
    }

    @Test("An invalid regular expression in a rule is reported at the pattern")
    func invalidRegex() throws {
        let text = try FixtureEdits.edit(
            "intents.json", "\"responses\": [\"We are open 9 to 5.\"]",
            "\"rules\": [{ \"regex\": \"open(ing\" }], \"responses\": [\"We are open 9 to 5.\"]")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-regex", path: "intents.hours.rules[0].regex",
            file: "intents.json", text: text, line: "open(ing")
        #expect(error.message.hasPrefix("invalid regular expression: "))
        #expect(
            error.origin?.location.column == (try FixtureEdits.column(of: "\"open(ing\"", in: text))
        )
    }

    /// The refund flow with a branch state whose condition is `condition` as written in JSON.
    private static func flowsWithBranch(_ condition: String) throws -> String {
        try FixtureEdits.edit(
            "flows.json",
            #""ask_reason": { "type": "collect", "slot": "reason", "next": "confirm" },"#,
            """
            "ask_reason": { "type": "collect", "slot": "reason", "next": "route" },
                    "route": { "type": "branch",
                               "branches": [{ "if": "\(condition)", "then": "confirm" }],
                               "else": "confirm" },
            """)
    }

    @Test("An invalid condition is reported at its column inside the string")
    func invalidCondition() throws {
        let condition = "reason == 'late' or or filled(email)"
        let text = try Self.flowsWithBranch(condition)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-condition", path: "flows.refund.states.route.branches[0].if",
            file: "flows.json", text: text, line: "or or")
        #expect(error.message == "invalid condition: expected an operand after 'or', found 'or'")
        // The second "or", counted from the opening quote of the string.
        let inside = try FixtureEdits.column(of: "or filled", in: condition)
        let quote = try FixtureEdits.column(of: "\"reason ==", in: text)
        #expect(inside == 21)
        #expect(error.origin?.location.column == quote + inside)
    }

    @Test("A condition's error column counts the escapes written before the error")
    func invalidConditionAfterEscapes() throws {
        let text = try Self.flowsWithBranch(#"reason == \"late\" or or filled(email)"#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-condition", path: "flows.refund.states.route.branches[0].if",
            file: "flows.json", text: text, line: "or or")
        let secondOr = try FixtureEdits.column(of: "or filled", in: text)
        #expect(error.origin?.location.column == secondOr)
    }

    @Test("A condition that names no slot is reported at the condition, with a suggestion")
    func conditionNamesNoSlot() throws {
        let text = try Self.flowsWithBranch("filled(emial)")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "flows.refund.states.route.branches[0].if",
            file: "flows.json", text: text, line: "filled(emial)", suggestion: "email")
        #expect(error.message == "condition \"filled(emial)\" names no slot \"emial\"")
    }

    @Test("A condition that names no slot is reported on the line of the if, not of the then")
    func conditionNamesNoSlotOnItsOwnLine() throws {
        let text = try FixtureEdits.edit(
            "flows.json",
            #""ask_reason": { "type": "collect", "slot": "reason", "next": "confirm" },"#,
            """
            "ask_reason": { "type": "collect", "slot": "reason", "next": "route" },
                    "route": { "type": "branch", "branches": [{ "if": "filled(emial)",
                                                                 "then": "confirm" }],
                               "else": "confirm" },
            """)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try #require(diagnostics.first { $0.code == "unknown-slot" })
        #expect(error.origin?.path == "flows.refund.states.route.branches[0].if")
        let ifLine = try FixtureEdits.line(of: "filled(emial)", in: text)
        #expect(error.origin?.location.line == ifLine)
    }

    @Test("An invalid template in a confirm option is reported at that option")
    func invalidConfirmOption() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"say\": \"Refund {order_id}?\",",
            "\"say\": \"Refund {order_id}?\", \"options\": [\"Yes\", \"No {way\"],")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try #require(diagnostics.first { $0.code == "invalid-template" })
        #expect(error.message == "unclosed '{'")
        #expect(error.origin?.location.line == (try FixtureEdits.line(of: "{way", in: text)))
        let brace = try FixtureEdits.column(of: "{way", in: text)
        #expect(error.origin?.path == "flows.refund.states.confirm.options[1]")
        #expect(error.origin?.location.column == brace)
    }

    @Test("A confirm question with an unclosed brace is that one error, not a missing say")
    func invalidConfirmQuestion() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"say\": \"Refund {order_id}?\",", "\"say\": \"Refund {order_id?\",")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-template", path: "flows.refund.states.confirm.say",
            file: "flows.json", text: text, line: "{order_id?")
        #expect(error.message == "unclosed '{'")
        #expect(diagnostics.filter(\.isError).map(\.code) == ["invalid-template"])
    }

    @Test("A confirm state without say is told it needs the question")
    func confirmWithoutQuestion() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"say\": \"Refund {order_id}?\",", "")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "missing-field", path: "flows.refund.states.confirm",
            file: "flows.json", text: text, line: "\"confirm\": {")
        #expect(error.message == "a confirm state needs \"say\": the yes/no question")
    }

    @Test("A confirm state reads its attempts, exhaustion policy, valueMeansYes and valueMeansNo")
    func confirmExhaustionFields() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"say\": \"Refund {order_id}?\",",
            "\"say\": \"Refund {order_id}?\", \"maxAttempts\": 2, \"onExhausted\": \"cancel\", "
                + "\"exhausted\": \"stopped\", \"valueMeansYes\": false, \"valueMeansNo\": false,")
        let loaded = try FixtureEdits.loaded(["flows.json": text])
        let state = try #require(loaded.definition.flow("refund")?.state("confirm"))
        guard case .confirm(let spec) = state.step else {
            Issue.record("expected a confirm state")
            return
        }
        #expect(spec.maxAttempts == 2)
        #expect(spec.onExhausted == .cancel)
        #expect(spec.exhausted?.id == "stopped")
        #expect(!spec.valueMeansYes)
        #expect(!spec.valueMeansNo)
        #expect(state.step.successors.map(\.id) == ["done", "stopped", "stopped"])
    }

    @Test("A confirm state's defaults are a slot's: 3 attempts, then a handoff")
    func confirmExhaustionDefaults() throws {
        let loaded = try FixtureEdits.loaded([:])
        let state = try #require(loaded.definition.flow("refund")?.state("confirm"))
        guard case .confirm(let spec) = state.step else {
            Issue.record("expected a confirm state")
            return
        }
        #expect(spec.maxAttempts == 3)
        #expect(spec.onExhausted == .handoff)
        #expect(spec.exhausted == nil)
        #expect(spec.valueMeansYes)
        #expect(spec.valueMeansNo)
    }

    @Test("A confirm state cannot skip when its attempts run out")
    func confirmCannotSkip() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"say\": \"Refund {order_id}?\",",
            "\"say\": \"Refund {order_id}?\", \"onExhausted\": \"skip\",")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-value", path: "flows.refund.states.confirm.onExhausted",
            file: "flows.json", text: text, line: "\"skip\"")
        #expect(error.message.hasPrefix("a yes/no question cannot be skipped"))
    }

    @Test("A confirm state's exhausted state must exist")
    func confirmExhaustedUnknownState() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"say\": \"Refund {order_id}?\",",
            "\"say\": \"Refund {order_id}?\", \"exhausted\": \"stoped\",")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        #expect(diagnostics.contains { $0.isError && $0.message.contains("\"stoped\"") })
    }

    @Test("A template's error column points at the unclosed brace")
    func invalidTemplate() throws {
        let text = try FixtureEdits.edit(
            "intents.json", "\"We are open 9 to 5.\"", "\"We are open {from to 5.\"")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-template", path: "intents.hours.responses[0]",
            file: "intents.json", text: text, line: "{from")
        #expect(error.message == "unclosed '{'")
        #expect(error.origin?.location.column == (try FixtureEdits.column(of: "{from", in: text)))
    }

    @Test("A missing bot.json is reported as missing settings, at the folder")
    func missingSettings() throws {
        let (diagnostics, _) = try FixtureEdits.failure(["bot.json": nil])
        #expect(diagnostics.map(\.code) == ["missing-settings"])
        let diagnostic = try #require(diagnostics.first)
        let folder = try #require(diagnostic.origin?.file)
        #expect(folder.hasSuffix("/bot"))
        #expect(diagnostic.origin?.hasLine == false)
        #expect(
            diagnostic.message
                == "no file has a \"bot\" section with the bot's settings (add bot.json)")
        #expect(diagnostic.description == "\(folder): error: bot: " + diagnostic.message)
    }

    @Test("Examples given as a string are a wrong type")
    func examplesAsString() throws {
        let text = try FixtureEdits.edit(
            "intents.json",
            #""examples": ["what are your opening hours", "when are you open", "opening times"]"#,
            "\"examples\": \"what are your opening hours\"")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "wrong-type", path: "intents.hours.examples", file: "intents.json",
            text: text, line: "\"examples\": \"what are")
        #expect(error.message == "expected a list of strings, found string")
    }

    @Test("maxAttempts given as a string is a wrong type")
    func maxAttemptsAsString() throws {
        let text = try FixtureEdits.edit(
            "slots.json", "\"maxAttempts\": 3", "\"maxAttempts\": \"3\"")
        let (diagnostics, _) = try FixtureEdits.failure(["slots.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "wrong-type", path: "slots.order_id.maxAttempts", file: "slots.json",
            text: text, line: "\"maxAttempts\": \"3\"")
        #expect(error.message == "expected a whole number, found string")
    }

    @Test("thresholds.kbCoverage is read, defaults to 0.3, and is a share from 0 to 1")
    func kbCoverage() throws {
        #expect(try FixtureEdits.loaded().definition.settings.thresholds.kbCoverage == 0.3)
        let set = try FixtureEdits.edit(
            "bot.json", "\"kb\": 0.3 }", "\"kb\": 0.3, \"kbCoverage\": 0.5 }")
        #expect(
            try FixtureEdits.loaded(["bot.json": set]).definition.settings.thresholds.kbCoverage
                == 0.5)
        let text = try FixtureEdits.edit(
            "bot.json", "\"kb\": 0.3 }", "\"kb\": 0.3, \"kbCoverage\": 30 }")
        let (diagnostics, _) = try FixtureEdits.failure(["bot.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "out-of-range", path: "bot.thresholds.kbCoverage", file: "bot.json",
            text: text, line: "kbCoverage")
        #expect(error.message == "30 is out of range (0 to 1)")
    }

    /// The knowledge-base match is 0 to 1, as the documentation and the schema say; the loader
    /// once took up to 1000, so a threshold no match can reach turned the knowledge base off
    /// without a word.
    @Test func thresholdsKBIsAShareFrom0To1() throws {
        let text = try FixtureEdits.edit("bot.json", "\"kb\": 0.3 }", "\"kb\": 2 }")
        let (diagnostics, _) = try FixtureEdits.failure(["bot.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "out-of-range", path: "bot.thresholds.kb", file: "bot.json", text: text,
            line: "\"kb\": 2")
        #expect(error.message == "2 is out of range (0 to 1)")
    }

    @Test("A number hundreds of digits long is quoted short, so the reason still shows")
    func hugeNumber() throws {
        let digits = "1" + String(repeating: "0", count: 400)
        let text = try FixtureEdits.edit(
            "slots.json", "\"maxAttempts\": 3", "\"maxAttempts\": \(digits)")
        let (diagnostics, _) = try FixtureEdits.failure(["slots.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "out-of-range", path: "slots.order_id.maxAttempts", file: "slots.json",
            text: text, line: digits)
        #expect(error.message == "100000000000… (401 characters) is out of range (1 to 10)")
        #expect(!error.description.contains("more characters"))
    }

    @Test("A currency that is not an ISO 4217 code is an error, with the code suggested")
    func currencyCode() throws {
        for (currency, suggestion) in [("usd", "USD"), ("dollars", nil), ("US$", nil)] {
            let text = try FixtureEdits.edit(
                "bot.json", #""name": "Fixture","#,
                #""name": "Fixture", "currency": "\#(currency)","#)
            let (diagnostics, _) = try FixtureEdits.failure(["bot.json": text])
            let error = try FixtureEdits.expectError(
                diagnostics, "invalid-value", path: "bot.currency", file: "bot.json", text: text,
                line: #""currency""#, suggestion: suggestion)
            #expect(
                error.message
                    == "\"\(currency)\" is not a currency code: three capital letters (ISO 4217), "
                    + "such as \"USD\" or \"EUR\"")
        }
        let euro = try FixtureEdits.edit(
            "bot.json", #""name": "Fixture","#, #""name": "Fixture", "currency": "EUR","#)
        #expect(try FixtureEdits.loaded(["bot.json": euro]).definition.settings.currency == "EUR")
    }

    @Test("An SOP policy that is no link or a reviewed date that is no day is an error")
    func sopPolicyAndReviewed() throws {
        let text = try FixtureEdits.edit(
            "flows.json", #""sop": { "owner": "Payments", "version": "1" }"#,
            #""sop": { "owner": "Payments", "version": "1","# + "\n"
                + #"                     "policy": "wiki/refunds", "reviewed": "2026-02-30" }"#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let policy = try FixtureEdits.expectError(
            diagnostics, "invalid-value", path: "flows.refund.sop.policy", file: "flows.json",
            text: text, line: "wiki/refunds")
        #expect(
            policy.message
                == "\"wiki/refunds\" is not a link: write the policy's http:// or https:// address")
        let reviewed = try FixtureEdits.expectError(
            diagnostics, "invalid-value", path: "flows.refund.sop.reviewed", file: "flows.json",
            text: text, line: "2026-02-30")
        #expect(
            reviewed.message
                == "\"2026-02-30\" is not a date such as \"2026-09-14\" (YYYY-MM-DD, a real day)")
        let good = try FixtureEdits.edit(
            "flows.json", #""version": "1" }"#,
            #""version": "1", "policy": "https://policy.example/refunds", "reviewed": "2026-09-14" }"#
        )
        #expect(
            try FixtureEdits.loaded(["flows.json": good]).definition.flows.first?.sop?.reviewed
                == "2026-09-14")
    }

    @Test("An intent with empty examples and no rules is reported at the intent")
    func emptyExamples() throws {
        let text = try FixtureEdits.edit(
            "intents.json",
            #""examples": ["what are your opening hours", "when are you open", "opening times"]"#,
            "\"examples\": []")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "empty-examples", path: "intents.hours", file: "intents.json",
            text: text, line: "\"hours\": {")
        #expect(
            error.message
                == "intent \"hours\" has no examples and no rules, so nothing can match it")
    }

    @Test("An unknown state in a next is the only error: the states behind it are not reported")
    func unknownStateDoesNotCascade() throws {
        // ask_order is the start; with its next mistyped, every later state is cut off. The
        // graph is checked again once the reference is fixed.
        let text = try FixtureEdits.edit(
            "flows.json", "\"next\": \"ask_reason\" }", "\"next\": \"ask_reasn\" }")
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        #expect(diagnostics.filter(\.isError).map(\.code) == ["unknown-state"])
    }

    @Test("A rule pattern with a capital or punctuation never fires: a warning at the regex")
    func unmatchableRulePattern() throws {
        let text = try FixtureEdits.edit(
            "intents.json", #""responses": ["Let's sort out your refund."],"#,
            #""responses": ["Let's sort out your refund."],"# + "\n"
                + #"              "rules": [{ "regex": "^Refund, please$" }],"#)
        let loaded = try FixtureEdits.loaded(["intents.json": text])
        let warning = try #require(loaded.diagnostics.first { $0.code == "unmatchable-regex" })
        #expect(warning.severity == .warning)
        #expect(warning.origin?.path == "intents.refund.rules[0].regex")
        #expect(warning.origin?.location.line == (try FixtureEdits.line(of: "^Refund", in: text)))
        #expect(
            warning.message
                == "the pattern asks for an upper-case \"R\", which the message never has when "
                + "rules see it (lower case, punctuation turned into spaces), so the rule never "
                + "fires")
    }

    @Test("A cycle of say states with no end has no way out")
    func noWayOut() throws {
        let loop = """
            {
              "flows": {
                "loop": {
                  "states": {
                    "ping": { "type": "say", "say": "Ping.", "next": "pong" },
                    "pong": { "type": "say", "say": "Pong.", "next": "ping" }
                  }
                }
              }
            }
            """
        let (diagnostics, _) = try FixtureEdits.failure(["more-flows.json": loop])
        for state in ["ping", "pong"] {
            let error = try FixtureEdits.expectError(
                diagnostics, "no-way-out", path: "flows.loop.states.\(state)",
                file: "more-flows.json", text: loop, line: "\"\(state)\": {")
            #expect(
                error.message
                    == "state \"\(state)\" has no way out: "
                    + "no path from it reaches an end or a handoff"
            )
        }
        #expect(diagnostics.filter(\.isError).count == 2)
    }

    @Test("A state no path reaches is unreachable")
    func unreachableState() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"stopped\": { \"type\": \"end\", \"say\": \"Nothing done.\" }",
            """
            "stopped": { "type": "end", "say": "Nothing done." },
                    "orphan": { "type": "end", "say": "Never said." }
            """)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "unreachable-state", path: "flows.refund.states.orphan",
            file: "flows.json", text: text, line: "\"orphan\"")
        #expect(
            error.message == "state \"orphan\" cannot be reached from the start (\"ask_order\")")
        #expect(diagnostics.filter(\.isError).count == 1)
    }

    @Test("A misspelled required field is one error, not also a missing field")
    func misspelledRequiredField() throws {
        let text = try FixtureEdits.edit(
            "flows.json", #""type": "collect", "slot": "order_id""#,
            #""type": "collect", "slott": "order_id""#)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        #expect(diagnostics.filter(\.isError).map(\.code) == ["unknown-field"])
        #expect(diagnostics.first?.suggestion == "slot")
        // A required field that is simply absent is still reported.
        let absent = try FixtureEdits.edit(
            "flows.json", #""type": "collect", "slot": "order_id","#, #""type": "collect","#)
        let (missing, _) = try FixtureEdits.failure(["flows.json": absent])
        #expect(missing.filter(\.isError).map(\.code) == ["missing-field"])
    }

    @Test("An unknown field is reported at its key with a did-you-mean")
    func unknownField() throws {
        let text = try FixtureEdits.edit(
            "intents.json", "\"examples\": [\"what are your", "\"exmples\": [\"what are your")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "unknown-field", path: "intents.hours.exmples", file: "intents.json",
            text: text, line: "\"exmples\"", suggestion: "examples")
        #expect(error.message == "unknown field \"exmples\"")
        #expect(
            error.origin?.location.column == (try FixtureEdits.column(of: "\"exmples\"", in: text)))
    }

    @Test("A key repeated inside one object is reported at the repeat")
    func duplicateKey() throws {
        let text = try FixtureEdits.edit(
            "intents.json", "\"title\": \"Opening hours\",",
            "\"title\": \"Opening hours\", \"title\": \"Hours\",")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let line = try FixtureEdits.line(of: "\"title\": \"Hours\"", in: text)
        let error = try FixtureEdits.expectError(
            diagnostics, "duplicate-key", path: "intents.hours.title", file: "intents.json",
            text: text, line: "\"title\": \"Hours\"")
        #expect(error.message == "duplicate key \"title\" (first at line \(line))")
        #expect(
            error.origin?.location.column
                == (try FixtureEdits.column(of: "\"title\": \"Hours\"", in: text)))
    }

    @Test("An unknown entity type is reported with a suggestion")
    func unknownEntityType() throws {
        let text = try FixtureEdits.edit("entities.json", "\"type\": \"list\"", "\"type\": \"lst\"")
        let (diagnostics, _) = try FixtureEdits.failure(["entities.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-value", path: "entities.reason.type", file: "entities.json",
            text: text, line: "\"lst\"", suggestion: "list")
        #expect(error.message == "\"lst\" is not an entity type")
    }

    @Test(
        "A slot that asks for a payment credential is rejected",
        arguments: [
            ("What is the CVV on your card?", "cvv"),
            ("What's your card number?", "card number"),
            ("Please type the security code.", "security code"),
            ("Enter the one-time code we texted you.", "one time code"),
            ("And your PIN?", "pin"),
            // Asked for without their names: none of these was caught.
            ("Please type the 6-digit code we texted you", "digit code"),
            ("Enter your login code.", "login code"),
            ("Type the code from your authenticator app.", "code from your authenticator"),
            ("Reply with the code from the SMS.", "code from the sms"),
            ("Please type the 16 digits on the front of your card.", "16 digits"),
            ("What are the three digits on the back of your card?", "digits on the back"),
            ("Please send me your full card details.", "card details"),
            ("Enter your passphrase.", "passphrase"),
            ("What is your memorable word?", "memorable word"),
            ("Let me know your mother's maiden name.", "maiden name"),
            ("Which backup code did you use? Type it here.", "backup code"),
        ])
    func paymentCredential(prompt: String, phrase: String) throws {
        let text = try FixtureEdits.edit(
            "slots.json", "\"prompts\": [\"Your email?\"]", "\"prompts\": [\"\(prompt)\"]")
        let (diagnostics, _) = try FixtureEdits.failure(["slots.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "payment-credential", path: "slots.email", file: "slots.json",
            text: text, line: "\"email\": {")
        #expect(
            error.message.hasPrefix("slot \"email\" asks for a payment credential (\"\(phrase)\")"))
    }

    @Test(
        "A slot whose id or title names a payment credential is rejected",
        arguments: [
            ("\"ccv\": {", "ccv"), ("\"csc\": {", "csc"), ("\"card_no\": {", "card no"),
            ("\"recovery_code\": {", "recovery code"), ("\"auth_code\": {", "auth code"),
        ])
    func paymentCredentialSlotName(key: String, phrase: String) throws {
        let text = try FixtureEdits.edit("slots.json", "\"email\": {", key)
        let (diagnostics, _) = try FixtureEdits.failure(["slots.json": text])
        let id = String(key.dropFirst().prefix { $0 != "\"" })
        #expect(
            diagnostics.contains {
                $0.code == "payment-credential"
                    && $0.message.hasPrefix(
                        "slot \"\(id)\" asks for a payment credential (\"\(phrase)\")")
            })
    }

    /// What a flow says just before a question is part of it: "Please type your card
    /// number." then the slot's own "Why?" asked for a card number, and passed.
    @Test(
        "A state that asks for a payment credential before collecting a slot is rejected",
        arguments: [
            (
                #""ask_reason": { "type": "collect", "slot": "reason", "next": "confirm" }"#,
                #""ask_reason": { "type": "collect", "say": "Please type your card number.", "slot": "reason", "next": "confirm" }"#,
                "ask_reason"
            ),
            (
                #""ask_order": { "type": "collect", "slot": "order_id", "next": "ask_reason" },"#,
                #""ask_order": { "type": "collect", "slot": "order_id", "next": "warn" }, "warn": { "type": "say", "say": "Now enter the 6-digit code we texted you.", "next": "ask_reason" },"#,
                "warn"
            ),
        ])
    func paymentCredentialBeforeACollect(old: String, new: String, state: String) throws {
        let text = try FixtureEdits.edit("flows.json", old, new)
        let (diagnostics, _) = try FixtureEdits.failure(["flows.json": text])
        let error = try #require(diagnostics.first { $0.code == "payment-credential" })
        #expect(
            error.message.hasPrefix(
                "state \"\(state)\" of flow \"refund\" asks for a payment credential"))
        #expect(error.origin?.path == "flows.refund.states.\(state)")
    }

    @Test("A warning in a state that does not collect a slot is not a question")
    func paymentCredentialWarningAtTheEnd() throws {
        let text = try FixtureEdits.edit(
            "flows.json", #""stopped": { "type": "end", "say": "Nothing done." }"#,
            #""stopped": { "type": "end", "say": "Nothing done. Never share your PIN or card number with anyone." }"#
        )
        let loaded = try FixtureEdits.loaded(["flows.json": text])
        #expect(!loaded.diagnostics.contains { $0.code == "payment-credential" })
    }

    @Test(
        "Prompts that mention a credential without asking for it pass",
        arguments: [
            "Which spinning class, and your pinboard name?",
            "Did the 6-digit code we texted you arrive?",
            "What are the last four digits of the card you paid with?",
            "Have you still got your backup codes?",
        ])
    func mentionsAreNotPaymentCredentials(prompt: String) throws {
        let text = try FixtureEdits.edit(
            "slots.json", "\"prompts\": [\"Your email?\"]", "\"prompts\": [\"\(prompt)\"]")
        let loaded = try FixtureEdits.loaded(["slots.json": text])
        #expect(!loaded.diagnostics.contains { $0.code == "payment-credential" })
    }

    @Test("Words that merely contain a credential word are not payment credentials")
    func notPaymentCredential() throws {
        let text = try FixtureEdits.edit(
            "slots.json", "\"prompts\": [\"Your email?\"]",
            "\"prompts\": [\"Which spinning class, and your pinboard name?\"]")
        let loaded = try FixtureEdits.loaded(["slots.json": text])
        #expect(!loaded.diagnostics.contains { $0.code == "payment-credential" })
    }

    @Test("A placeholder that names no slot is reported at the response, with a suggestion")
    func unknownPlaceholder() throws {
        let text = try FixtureEdits.edit(
            "intents.json", "\"Let's sort out your refund.\"",
            "\n\"Let's sort out refund {ordr_id}.\"")
        let (diagnostics, _) = try FixtureEdits.failure(["intents.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "unknown-slot", path: "intents.refund.responses[0]", file: "intents.json",
            text: text, line: "{ordr_id}", suggestion: "order_id")
        #expect(error.message == "placeholder {ordr_id} names no slot")
    }

    @Test("Two flows that call each other are a call cycle, reported at each call")
    func callCycle() throws {
        let flows = """
            {
              "flows": {
                "ping": {
                  "states": {
                    "go": { "type": "call", "flow": "pong", "next": "done" },
                    "done": { "type": "end" }
                  }
                },
                "pong": {
                  "states": {
                    "go": { "type": "call", "flow": "ping", "next": "done" },
                    "done": { "type": "end" }
                  }
                }
              }
            }
            """
        let (diagnostics, _) = try FixtureEdits.failure(["more-flows.json": flows])
        let ping = try FixtureEdits.expectError(
            diagnostics, "call-cycle", path: "flows.ping.states.go.flow",
            file: "more-flows.json", text: flows, line: "\"flow\": \"pong\"")
        #expect(ping.message == "flow \"ping\" calls \"pong\", which leads back to \"ping\"")
        try FixtureEdits.expectError(
            diagnostics, "call-cycle", path: "flows.pong.states.go.flow",
            file: "more-flows.json", text: flows, line: "\"flow\": \"ping\"")
        #expect(diagnostics.filter(\.isError).count == 2)
    }

    @Test("A reference format with no placeholder is invalid")
    func invalidReferenceFormat() throws {
        let text = try FixtureEdits.edit(
            "entities.json", "\"format\": \"TP-########\"", "\"format\": \"TP-\"")
        let (diagnostics, _) = try FixtureEdits.failure(["entities.json": text])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-format", path: "entities.order_id.format",
            file: "entities.json", text: text, line: "\"TP-\"")
        #expect(
            error.message
                == "the format has no placeholder ('#' digit, 'A' letter, 'X' letter or digit)")
    }

    // MARK: Reporting

    @Test("Independent errors in two files are reported together")
    func allProblemsTogether() throws {
        let intents = try FixtureEdits.edit(
            "intents.json", "\"examples\": [\"what are your", "\"exmples\": [\"what are your")
        let slots = try FixtureEdits.edit(
            "slots.json", "\"maxAttempts\": 3", "\"maxAttempts\": \"3\"")
        let (diagnostics, _) = try FixtureEdits.failure([
            "intents.json": intents, "slots.json": slots,
        ])
        try FixtureEdits.expectError(
            diagnostics, "unknown-field", path: "intents.hours.exmples", file: "intents.json",
            text: intents, line: "\"exmples\"", suggestion: "examples")
        try FixtureEdits.expectError(
            diagnostics, "wrong-type", path: "slots.order_id.maxAttempts", file: "slots.json",
            text: slots, line: "\"maxAttempts\": \"3\"")
        #expect(diagnostics.filter(\.isError).count == 2)
    }

    @Test("Check errors in three files come back sorted by file, then line")
    func sortedByFileAndLine() throws {
        // The reference check finds these in the order intents, slots, flows.
        let intents = try FixtureEdits.edit(
            "intents.json", "\"Let's sort out your refund.\"", "\"Refund {ordr_id}.\"")
        let slots = try FixtureEdits.edit(
            "slots.json", "\"entity\": \"email\"", "\"entity\": \"emial\"")
        // The flow graph check runs after the reference check and finds the orphan, which is
        // written above the takeover flow's queue.
        let flows = try FixtureEdits.edit(
            "flows.json", "\"stopped\": { \"type\": \"end\", \"say\": \"Nothing done.\" }",
            """
            "stopped": { "type": "end", "say": "Nothing done." },
                    "orphan": { "type": "end", "say": "Never said." }
            """
        ).replacing("\"queue\": \"safety\"", with: "\"queue\": \"safty\"")
        let (diagnostics, _) = try FixtureEdits.failure([
            "intents.json": intents, "slots.json": slots, "flows.json": flows,
        ])
        let places = diagnostics.compactMap { diagnostic in
            diagnostic.origin.map {
                ($0.file.split(separator: "/").last.map(String.init) ?? "", $0)
            }
        }
        #expect(places.count == diagnostics.count)
        let errors = diagnostics.filter(\.isError)
        #expect(
            errors.compactMap { $0.origin?.file.split(separator: "/").last.map(String.init) } == [
                "flows.json", "flows.json", "intents.json", "slots.json",
            ])
        #expect(
            errors.map(\.code) == [
                "unreachable-state", "unknown-queue", "unknown-slot", "unknown-entity",
            ])
        #expect(errors.map(\.suggestion) == [nil, "safety", "order_id", "email"])
        for (left, right) in zip(places, places.dropFirst()) {
            #expect(
                left.0 < right.0 || (left.0 == right.0 && left.1.location <= right.1.location),
                "\(left.1) comes before \(right.1)")
        }
    }

    @Test("A diagnostic from the loader prints as file:line:col: error: path: message (hint)")
    func descriptionOfLoadedDiagnostic() throws {
        let text = try FixtureEdits.edit(
            "flows.json", "\"next\": \"ask_reason\" }", "\"next\": \"ask_reasn\" }")
        let (diagnostics, folder) = try FixtureEdits.failure(["flows.json": text])
        let error = try #require(diagnostics.first { $0.code == "unknown-state" })
        let line = try FixtureEdits.line(of: "\"ask_reasn\"", in: text)
        let column = try FixtureEdits.column(of: "\"ask_reasn\"", in: text)
        #expect(
            error.description
                == "\(folder)/flows.json:\(line):\(column): error: "
                + "flows.refund.states.ask_order.next: "
                + "unknown state \"ask_reasn\" (did you mean \"ask_reason\"?)")
    }

    // MARK: Knowledge-base articles

    @Test("A Markdown article's header gives its title, questions, tags and url")
    func markdownArticle() throws {
        let article = """
            ---
            title: Billing questions
            url: https://help.example/billing
            tags: billing, refunds ,  money
            questions: Why was I charged twice? | where is my invoice|  how do I pay
            ---
            Invoices are emailed on the first of the month.

            More text.
            """
        let loaded = try FixtureEdits.loaded(["kb/billing-faq.md": article])
        let found = try #require(loaded.definition.article("billing-faq"))
        #expect(found.title == "Billing questions")
        #expect(found.url == "https://help.example/billing")
        #expect(found.tags == ["billing", "refunds", "money"])
        #expect(
            found.questions == ["Why was I charged twice?", "where is my invoice", "how do I pay"])
        #expect(found.body == "Invoices are emailed on the first of the month.\n\nMore text.")
        #expect(found.source.hasSuffix("/bot/kb/billing-faq.md"))
        #expect(
            loaded.definition.articles.map(\.id) == [
                "billing-faq", "delete-account", "reset-password", "shipping",
            ])
    }

    @Test("Article files with another extension are not read, with a warning saying so")
    func ignoredArticleFiles() throws {
        let loaded = try FixtureEdits.loaded([
            "kb/faq.json": #"{"id": "faq", "title": "FAQ", "body": "Answers."}"#,
            "kb/hours.MD": "---\ntitle: Hours\n---\nNine to five.\n",
            "kb/README.txt": "Notes for authors.\n",
        ])
        #expect(!loaded.definition.articles.map(\.id).contains("faq"))
        let warnings = loaded.diagnostics.filter { $0.code == "ignored-file" }
        #expect(
            warnings.map(\.message) == [
                "not read: knowledge-base articles are kb/*.md and kb/*.jsonl files "
                    + "(one article per line: rename it kb/faq.jsonl)",
                "not read: knowledge-base articles are kb/*.md and kb/*.jsonl files "
                    + "(rename it kb/hours.md)",
            ])
        #expect(warnings.first?.origin?.file.hasSuffix("/bot/kb/faq.json") == true)
    }

    @Test("An article without a title is an error naming its file")
    func articleWithoutTitle() throws {
        let (diagnostics, _) = try FixtureEdits.failure([
            "kb/shipping.md": "---\nurl: https://help.example/shipping\n---\nOrders ship fast.\n"
        ])
        let error = try #require(diagnostics.first { $0.code == "missing-field" })
        #expect(error.message == "missing required header \"title\"")
        #expect(error.origin?.file.hasSuffix("/bot/kb/shipping.md") == true)
        #expect(error.origin?.location.line == 1)
        #expect(diagnostics.filter(\.isError).count == 1)
    }

    @Test("A malformed JSON Lines article is reported at its line and fails the load")
    func malformedJSONLine() throws {
        let lines = """
            {"id": "gift-cards", "title": "Gift cards", "body": "Gift cards never expire."}
            {"id": "returns", "title": "Returns", "body": "Send it back within 30 days.",}
            {"id": "coupons", "title": "Coupons", "body": "One coupon per order."}
            """
        let (diagnostics, _) = try FixtureEdits.failure(["kb/imported.jsonl": lines])
        let error = try FixtureEdits.expectError(
            diagnostics, "invalid-json", path: "", file: "kb/imported.jsonl", text: lines,
            line: "\"returns\"")
        #expect(error.origin?.location.column == (try FixtureEdits.column(of: ",}", in: lines)) + 1)
        #expect(diagnostics.filter(\.isError).count == 1)
    }

    @Test("The same article id in a Markdown file and a JSON Lines file is a duplicate")
    func duplicateArticleAcrossKinds() throws {
        let lines = """
            {"id": "gift-cards", "title": "Gift cards", "body": "Gift cards never expire."}
            {"id": "shipping", "title": "Delivery", "body": "We deliver everywhere."}
            """
        let (diagnostics, folder) = try FixtureEdits.failure(["kb/extra.jsonl": lines])
        let error = try #require(diagnostics.first { $0.code == "duplicate-id" })
        // kb/extra.jsonl is read before kb/shipping.md, so the Markdown article is the repeat.
        #expect(error.origin?.file == "\(folder)/kb/shipping.md")
        #expect(
            error.message == "article \"shipping\" is also defined in \(folder)/kb/extra.jsonl:2")
        #expect(diagnostics.filter(\.isError).count == 1)
    }
}
