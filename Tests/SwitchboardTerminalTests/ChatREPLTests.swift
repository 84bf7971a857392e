import Logging
import SwitchboardCore
import SwitchboardTesting
import Testing

@testable import SwitchboardTerminal

@Suite struct ChatREPLTests {
    /// 2026-11-27T10:00:00Z.
    static let now = Timestamp(millisecondsSince1970: 1_795_773_600_000)

    /// A newsletter flow that collects the fixture's sensitive email slot.
    static let newsletter = """
        {
          "intents": {
            "newsletter": {
              "title": "Newsletter",
              "rules": [{ "phrase": "newsletter" }],
              "examples": ["sign me up for the newsletter"],
              "flow": "newsletter"
            }
          },
          "flows": {
            "newsletter": {
              "states": {
                "ask_email": { "type": "collect", "slot": "email", "next": "done" },
                "done": { "type": "end", "say": "Subscribed." }
              }
            }
          }
        }
        """

    /// What a scripted session printed, and where it saved transcripts.
    struct Session {
        var output: String
        var errors: String
        var store: InMemoryHandoffStore
    }

    /// The example bot's shipped mocks, which answer its flows' actions.
    static let exampleMocks =
        (try? ActionMocks.shipped(with: ProjectPaths.exampleBot)) ?? ActionMocks()

    /// Runs the REPL on a bot with scripted lines; actions are answered from `mocks`.
    static func run(
        _ lines: [String], bot: Bot, transcripts: String = "/nonexistent/transcripts",
        echo: Bool = true, mocks: ActionMocks = Self.exampleMocks, host: ActionMocks? = nil
    ) async -> Session {
        await Self.run(
            lines, bot: bot, transcripts: transcripts, echo: echo, mocks: mocks,
            actionHost: MockActionHost(mocks: host ?? mocks))
    }

    /// Runs the REPL on a bot with scripted lines; `actionHost` performs the actions.
    static func run(
        _ lines: [String], bot: Bot, transcripts: String = "/nonexistent/transcripts",
        echo: Bool = true, mocks: ActionMocks = Self.exampleMocks,
        actionHost: (any ActionHost)?, clock: ManualClock = ManualClock(Self.now)
    ) async -> Session {
        let store = InMemoryHandoffStore()
        let session = ConversationSession(
            bot: bot, session: "repl", user: "cli-user", handoffStore: store, clock: clock,
            seed: 1, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let output = CapturedOutput()
        let errors = CapturedOutput()
        var repl = ChatREPL(
            session: session, seed: 1, reader: ScriptedLineReader(lines), output: output,
            errors: errors, style: TerminalStyle(isEnabled: false), echoesInput: echo,
            transcriptsDirectory: transcripts, actionHost: actionHost, mocks: mocks)
        await repl.run()
        return Session(output: output.text, errors: errors.text, store: store)
    }

    /// Loads the fixture bot, with changes.
    static func fixture(_ changes: [String: String?] = [:]) throws -> Bot {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        return try Bot.load(from: try FixtureBot.write(into: directory, changes: changes)).bot
    }

    @Test func showsTheBannerGreetingAndReplies() async throws {
        let session = await Self.run(
            ["i want a refund", "TP-12345678", "broken"], bot: try Self.fixture())
        #expect(
            session.output == """
                Fixture: 5 intents, 3 flows, 3 articles. Type /help for commands.
                bot> Hello from the fixture bot.
                you> i want a refund
                bot> Let's sort out your refund.
                bot> What's the order number?
                you> TP-12345678
                bot> Why?
                you> broken
                bot> Refund TP-12345678?
                     [1] Yes  [2] No

                """)
        #expect(session.errors.isEmpty)
    }

    @Test func theEchoOfPipedInputEscapesControlCharacters() async throws {
        // A line read from a pipe is echoed; an escape sequence in it must not reach the
        // terminal as one.
        let session = await Self.run(["\u{1B}[2Jhello\u{7}"], bot: try Self.fixture())
        #expect(session.output.contains("you> \\u{1B}[2Jhello\\u{7}\n"))
        #expect(!session.output.contains("\u{1B}"))
    }

    @Test func withoutEchoOnlyTheBotSpeaks() async throws {
        let session = await Self.run(
            ["when are you open", "", "   "], bot: try Self.fixture(), echo: false)
        #expect(
            session.output == """
                Fixture: 5 intents, 3 flows, 3 articles. Type /help for commands.
                bot> Hello from the fixture bot.
                bot> We are open 9 to 5.

                """)
    }

    @Test func helpListsEveryCommand() async throws {
        let session = await Self.run(["/help"], bot: try Self.fixture())
        for (name, help) in ChatREPL.commands {
            #expect(session.output.contains("  \(name)"))
            #expect(session.output.contains(help))
        }
        #expect(session.output.contains("  /kb QUERY   search the knowledge base\n"))
        #expect(session.errors.isEmpty)
    }

    @Test func stateShowsTheFlowAndAttempts() async throws {
        let session = await Self.run(
            ["i want a refund", "nope", "/state"], bot: try Self.fixture())
        #expect(
            session.output.hasSuffix(
                """
                you> /state
                position:   refund.ask_order
                flows:      refund.ask_order  attempts 1
                turn:       2   fallbacks in a row: 0
                last intent: refund

                """))
    }

    @Test func slotsMaskSensitiveValues() async throws {
        let bot = try Self.fixture(["newsletter.json": Self.newsletter])
        let session = await Self.run(
            [
                "/slots", "i want a refund", "TP-12345678", "sign me up for the newsletter",
                "jane.doe@example.com", "/slots",
            ], bot: bot)
        #expect(session.output.contains("you> /slots\nNo slots filled.\n"))
        #expect(
            session.output.hasSuffix("you> /slots\nemail = [redacted]\norder_id = TP-12345678\n"))
        #expect(!session.output.contains("email = jane"))
    }

    /// Hands out scripted lines and keeps what the REPL asks it to remember.
    final class RecordingLineReader: LineReader {
        private var lines: [String]
        private(set) var remembered: [String] = []

        init(_ lines: [String]) {
            self.lines = lines
        }

        func readLine(prompt: String) -> String? {
            self.lines.isEmpty ? nil : self.lines.removeFirst()
        }

        func remember(_ line: String) {
            self.remembered.append(line)
        }
    }

    @Test func theHistoryKeepsLinesMaskedAndNoAnswerToASensitiveSlot() async throws {
        let bot = try Self.fixture(["newsletter.json": Self.newsletter])
        let session = ConversationSession(
            bot: bot, session: "repl", user: "cli-user", handoffStore: InMemoryHandoffStore(),
            clock: ManualClock(Self.now), seed: 1,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let reader = RecordingLineReader([
            "my email is jane.doe@example.com", "sign me up for the newsletter",
            "jane.doe@example.com", "/kb call me on +44 20 7946 0958",
            "card 4111 1111 1111 1111 and my PIN is 4821", "  ",
        ])
        var repl = ChatREPL(
            session: session, seed: 1, reader: reader, output: CapturedOutput(),
            errors: CapturedOutput(), style: TerminalStyle(isEnabled: false), echoesInput: false,
            transcriptsDirectory: "/nonexistent/transcripts")
        await repl.run()
        #expect(
            reader.remembered == [
                "my email is [email]", "sign me up for the newsletter", "/kb call me on [phone]",
                "card [card] and my PIN is [credential]",
            ])
    }

    @Test func whyExplainsTheRuleThatFired() async throws {
        let session = await Self.run(
            ["/why", "i want a refund", "talk to a human", "/why"], bot: try Self.fixture())
        #expect(session.output.contains("you> /why\nstage:      greeting   (idle -> idle)\n"))
        let why = try #require(session.output.split(separator: "you> /why\n").last)
        #expect(why.hasPrefix("stage:      global   (refund.ask_order -> ended)\n"))
        #expect(why.contains("input:      \"talk to a human\"\n"))
        #expect(why.contains("intent:     agent (1.000)\n"))
        #expect(why.contains("rule:       intent agent: phrase \"human\" ("))
        #expect(why.contains("candidates: agent 0.9"))
        #expect(
            why.contains(
                "steps:\n  - started flow handoff as a digression\n  - entered handoff.go\n"))
    }

    @Test func whyListsCandidatesForSimilarity() async throws {
        let session = await Self.run(["when are you open", "/why"], bot: try Self.fixture())
        let why = try #require(session.output.split(separator: "you> /why\n").last)
        #expect(why.contains("stage:      intent   (idle -> idle)\n"))
        #expect(why.contains("candidates: hours "))
        #expect(why.contains("terms:      "))
        #expect(!why.contains("rule:"))
    }

    @Test func kbSearchesTheKnowledgeBase() async throws {
        let session = await Self.run(["/kb forgot my password", "/kb"], bot: try Self.fixture())
        #expect(session.output.contains("you> /kb forgot my password\n1. reset-password  "))
        #expect(session.output.contains("  Reset your password\n"))
        #expect(session.errors == "usage: /kb QUERY\n")
    }

    @Test func resetStartsOver() async throws {
        let session = await Self.run(
            ["i want a refund", "/reset", "/state"], bot: try Self.fixture())
        #expect(
            session.output.contains(
                """
                you> /reset
                (conversation reset)
                bot> Hello from the fixture bot.
                you> /state
                position:   idle

                """))
    }

    @Test func anUnknownCommandSuggestsTheClosest() async throws {
        let session = await Self.run(["/hlep", "/sav x", "/frobnicate"], bot: try Self.fixture())
        #expect(
            session.errors == """
                unknown command /hlep (did you mean /help?); /help lists the commands
                unknown command /sav (did you mean /save?); /help lists the commands
                unknown command /frobnicate; /help lists the commands

                """)
        #expect(!session.output.contains("bot> Sorry?"))
    }

    @Test func handoffsListsThisSessionsHandoffs() async throws {
        let session = await Self.run(
            ["/handoffs", "i want a refund", "talk to a human", "/handoffs"],
            bot: try Self.fixture())
        #expect(session.output.contains("you> /handoffs\nNo handoffs in this session.\n"))
        let records = try await session.store.records()
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(
            session.output.contains(
                "     handoff \(record.ticket): queue general, normal priority, "
                    + "reason user_request, due 2026-11-27 14:00 UTC\n     (conversation ended)\n"))
        #expect(
            session.output.hasSuffix(
                "you> /handoffs\n\(record.ticket)  general  normal  user_request  "
                    + "due 2026-11-27 14:00 UTC  state handoff.go\n"))
    }

    @Test func quitStopsReading() async throws {
        let session = await Self.run(["/quit", "when are you open"], bot: try Self.fixture())
        #expect(!session.output.contains("open 9 to 5"))
    }

    @Test func saveRejectsBadNamesAndEmptyConversations() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let session = await Self.run(
            ["/save early", "hello", "/save ../escape", "/save"], bot: try Self.fixture(),
            transcripts: directory.url("transcripts"))
        #expect(
            session.errors == """
                nothing to save yet: say something to the bot first
                usage: /save NAME (letters, digits, '-' and '_')
                usage: /save NAME (letters, digits, '-' and '_')

                """)
        #expect(!FileSystem.exists(directory.url("transcripts")))
    }

    @Test func aSavedSessionReplaysGreen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try Self.fixture(["newsletter.json": Self.newsletter])
        let session = await Self.run(
            [
                "i want a refund", "nope", "/why", "what are your opening hours",
                "sign me up for the newsletter", "jane.doe@example.com", "/state", "TP-12345678",
                "broken", "yes", "5", "talk to a human", "/save refund-and-newsletter",
            ], bot: bot, transcripts: directory.url("transcripts/fixture"))
        let path = directory.url("transcripts/fixture/refund-and-newsletter.transcript")
        #expect(session.output.hasSuffix("saved 10 turns to \(path)\n"))
        #expect(session.errors.isEmpty)

        let text = try directory.read("transcripts/fixture/refund-and-newsletter.transcript")
        #expect(!text.contains("jane.doe"))
        #expect(
            text.contains("given clock 2026-11-27T10:00:00Z\ngiven seed 1\ngiven user cli-user\n"))
        #expect(!text.contains("/why"))
        let transcript = try TranscriptParser().parse(try FileSystem.read(path), path: path)
        #expect(transcript.turns.count == 10)
        guard case .passed = TranscriptRunner(bot: bot).replay(transcript) else {
            Issue.record("the saved session did not replay:\n\(text)")
            return
        }
    }

    @Test func savingAnAnswerToASensitiveSlotWarnsThatItIsSavedAsTyped() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let slots = try #require(FixtureBot.files["slots.json"]).replacing(
            #""maxAttempts": 3"#, with: #""maxAttempts": 3, "sensitive": true"#)
        let bot = try Self.fixture(["slots.json": slots])
        let session = await Self.run(
            ["i want a refund", "TP-12345678", "/save sensitive"], bot: bot,
            transcripts: directory.url("transcripts/fixture"))
        let text = try directory.read("transcripts/fixture/sensitive.transcript")
        #expect(text.contains("> TP-12345678\n"))
        #expect(
            session.errors
                == "note: turn 2 filled sensitive slot order_id; the message is saved as typed "
                + "(only personal data such as emails is replaced): review the file before "
                + "committing it\n")
    }

    @Test func aSavedExampleBotSessionReplaysGreen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        let session = await Self.run(
            [
                "I want a refund", "TP-1234", "how many days does a refund take",
                "TP-12345678", "are you a bot", "My coins never arrived", "4.99", "yesterday",
                "/slots", "yes",
                "5", "talk to a human", "Payments or Plus", "/handoffs", "/save tidepool-session",
            ], bot: bot, transcripts: directory.url("transcripts/tidepool"))
        #expect(session.errors.isEmpty)
        #expect(session.output.contains("bot> Now, back to your refund.\n"))
        #expect(session.output.contains("(article refund-timelines)"))
        #expect(
            session.output.contains(
                """
                you> /slots
                order_id = TP-12345678
                order_status = delivered
                purchase_date = 2026-11-26
                refund_amount = 4.99 USD
                refund_eligible = yes
                refund_reason = coins_not_received

                """))
        let record = try #require(try await session.store.records().first)
        #expect(
            session.output.contains(
                "you> /handoffs\n\(record.ticket)  payments  normal  user_request  "
                    + "due 2026-11-28 10:00 UTC  state talk_to_human.payments_handoff\n"))
        let path = directory.url("transcripts/tidepool/tidepool-session.transcript")
        #expect(session.output.hasSuffix("saved 12 turns to \(path)\n"))
        let text = try directory.read("transcripts/tidepool/tidepool-session.transcript")
        #expect(text.contains("  handoff: payments user_request\n"))
        // Every action was answered as the shipped mocks answer it: no mock lines needed.
        #expect(!text.contains("mock "))
        let transcript = try TranscriptParser().parse(text, path: path)
        guard case .passed = TranscriptRunner(bot: bot, mocks: Self.exampleMocks).replay(transcript)
        else {
            Issue.record("the saved session did not replay:\n\(text)")
            return
        }
    }

    @Test func resultsTheMocksWouldNotGiveAreSavedAsTheTurnsMockLines() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        // The "backend" says the order was refunded, with a note naming the user's email; the
        // shipped mocks would say delivered.
        let backend = ActionMocks(entries: [
            "order_status": [
                ActionMocks.Entry(
                    result: .success([
                        "status": .string("refunded"),
                        "note": .string("refunded to jane.roe@example.com"),
                    ]))
            ]
        ])
        let session = await Self.run(
            ["I want a refund, my email is jane.roe@example.com", "TP-12345678", "/save real"],
            bot: bot, transcripts: directory.url("t"), host: backend)
        #expect(session.errors.isEmpty)
        let text = try directory.read("t/real.transcript")
        let mockLines = text.split(separator: "\n").filter { $0.hasPrefix("  mock ") }
        #expect(mockLines.count == 1)
        #expect(
            mockLines.first?.hasPrefix(
                #"  mock order_status: {"when":{"order_id":"TP-12345678"},"ok":true,"data":{"#)
                == true)
        #expect(text.contains("already been refunded"))
        // The email is replaced by the same fake in the message and in the result.
        #expect(!text.contains("jane.roe"))
        #expect(text.contains("user1@example.com"))
        let transcript = try TranscriptParser().parse(
            text, path: directory.url("t/real.transcript"))
        guard case .passed = TranscriptRunner(bot: bot, mocks: Self.exampleMocks).replay(transcript)
        else {
            Issue.record("the saved session did not replay:\n\(text)")
            return
        }
    }

    /// A host that answers after the call's deadline (moving the clock past it).
    struct LateHost: ActionHost {
        let clock: ManualClock

        func perform(_ request: ActionRequest) async -> ActionResult {
            self.clock.set(request.deadline.adding(minutes: 1))
            return .success(["status": .string("delivered")])
        }
    }

    static let refund = ["I want a refund", "TP-12345678", "/handoffs"]

    /// How an order lookup ends in a handoff: the backend's mocks (`nil`: no action host),
    /// what the REPL says of the action, what the bot says, and the handoff state.
    static let lookups: [(backend: ActionMocks?, outcome: String, say: String, state: String)] = [
        (
            ActionMocks(entries: [
                "order_status": [
                    ActionMocks.Entry(result: .failure("down for jane.roe@example.com"))
                ]
            ]), "failed: down for [email]",
            "I couldn't find order TP-12345678 in our purchase records, so a person from our "
                + "payments team will look it up with you.", "order_lookup_failed"
        ),
        (
            nil, "timed out: no action host",
            "Our purchase records aren't answering right now, so I'll pass order TP-12345678 to "
                + "our payments team to check by hand.", "order_lookup_slow"
        ),
    ]

    /// An action's failure or timeout is shown, masked, before the turn it led to, and the
    /// handoff that turn made is listed.
    @Test(arguments: Self.lookups)
    func anActionsOutcomeIsShownBeforeTheTurnItLedTo(
        _ lookup: (backend: ActionMocks?, outcome: String, say: String, state: String)
    ) async throws {
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        let session = await Self.run(
            Self.refund, bot: bot, actionHost: lookup.backend.map { MockActionHost(mocks: $0) })
        #expect(session.errors.isEmpty)
        let due = "due 2026-11-28 10:00 UTC"
        #expect(
            session.output.hasSuffix(
                """
                you> TP-12345678
                     (action order_status {"order_id":"TP-12345678"} \(lookup.outcome))
                bot> \(lookup.say)
                bot> I've passed this to our Payments team. Your ticket number is TKT-YAN4KXVX, and a person will reply by 2026-11-28 10:00 UTC.
                     handoff TKT-YAN4KXVX: queue payments, normal priority, reason policy_required, \(due)
                     (conversation ended)
                you> /handoffs
                TKT-YAN4KXVX  payments  normal  policy_required  \(due)  state refund.\(lookup.state)

                """))
    }

    /// What the REPL shows of a failed action's arguments is redacted where they carry a
    /// sensitive slot's value, as everywhere else the value would be written.
    @Test func aSensitiveArgumentIsShownRedacted() async throws {
        let slots = (FixtureBot.files["slots.json"] ?? "").replacing(
            #""maxAttempts": 3"#, with: #""maxAttempts": 3, "sensitive": true"#)
        let flows = FixtureBot.flows(
            lookup: #"""
                "type": "action", "action": "order_status", "args": { "order": "{order_id}" },
                "next": "ask_reason", "onFailure": "stopped"
                """#)
        let bot = try Self.fixture(["slots.json": slots, "flows.json": flows])
        let session = await Self.run(
            ["I want a refund", "TP-12345678"], bot: bot, echo: false,
            host: ActionMocks(entries: ["order_status": [.init(result: .failure("down"))]]))
        #expect(session.errors.isEmpty)
        #expect(
            session.output.contains(#"(action order_status {"order":"[redacted]"} failed: down)"#)
        )
        #expect(!session.output.contains("12345678"))
    }

    @Test func aLateResultIsReportedAndTheTimeoutDelivered() async throws {
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        let clock = ManualClock(Self.now)
        let session = await Self.run(
            Self.refund, bot: bot, actionHost: LateHost(clock: clock), clock: clock)
        #expect(session.errors.hasPrefix("the result of action call \""))
        #expect(session.errors.hasSuffix("\" came after its deadline\n"))
        #expect(!session.output.contains("(action order_status"))
        let record = try #require(try await session.store.records().first)
        #expect(record.state == "order_lookup_slow")
        #expect(session.output.contains("     handoff \(record.ticket): queue "))
        #expect(session.output.contains("you> /handoffs\n\(record.ticket)  "))
    }

    @Test func aSavedSafetyHandoffReplaysGreen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bot = try Bot.load(from: ProjectPaths.exampleBot).bot
        let session = await Self.run(
            [
                "I want a refund", "TP-1234", "TP-12345678", "what cookies does Tidepool use",
                "I didn't make this purchase", "yes", "/save takeover",
            ], bot: bot, transcripts: directory.url("transcripts/tidepool"))
        #expect(session.errors.isEmpty)
        let text = try directory.read("transcripts/tidepool/takeover.transcript")
        #expect(text.contains("  handoff: safety safety\n"))
        let transcript = try TranscriptParser().parse(text, path: "takeover.transcript")
        #expect(transcript.turns.map(\.input).last == "yes")
        guard case .passed = TranscriptRunner(bot: bot, mocks: Self.exampleMocks).replay(transcript)
        else {
            Issue.record("the saved session did not replay:\n\(text)")
            return
        }
    }
}
