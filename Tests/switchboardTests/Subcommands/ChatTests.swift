import SwitchboardCore
import SwitchboardTesting
import Testing

@Suite struct ChatTests {
    /// A scripted session: a refund with a re-prompt, a knowledge-base question and an intent
    /// as digressions, a satisfaction rating, then a request for a person.
    static let script = [
        "I want a refund", "TP-1234", "how many days does a refund take", "TP-12345678",
        "are you a bot", "My coins never arrived", "4.99", "yesterday", "/state", "yes", "5",
        "talk to a human", "Payments or Plus",
    ]

    static let orderPrompt =
        "bot> I need the order number to look this up. It looks like TP-12345678: "
        + #"search your inbox for "Your Tidepool receipt"."#

    /// The lines the session must print, in order; each is the start of a line.
    static let expectedLines = [
        "you> I want a refund",
        "bot> What's the order number? It starts with TP- and is on the receipt we emailed you.",
        "you> TP-1234",
        "bot> Hmm, that doesn't look like a Tidepool order number (TP- followed by 8 digits).",
        Self.orderPrompt,
        "you> how many days does a refund take",
        "bot> Once a refund is approved, we send it the same day, and it usually reaches you "
            + "within 5 to 10 business days.",
        "",
        "More in our help center: How long refunds take, "
            + "https://help.tidepool.example/payments/refund-timelines  (article refund-timelines)",
        "bot> Now, back to your refund.",
        Self.orderPrompt,
        "you> TP-12345678",
        "bot> What's the reason for the refund?",
        "     [1] I bought it by accident  [2] My coins never arrived  "
            + "[3] I was charged after cancelling Plus  [4] I didn't make this purchase  "
            + "[5] Something else",
        "you> are you a bot",
        "bot> I'm Tidepool Support, an automated assistant. I follow Tidepool's support "
            + "procedures and can answer from our help center. Whenever you'd like a person "
            + #"instead, just say "talk to a human"."#,
        "bot> Now, back to your refund.",
        "bot> What's the reason for the refund?",
        "you> My coins never arrived",
        "bot> How much was the purchase? A number is fine, for example 4.99.",
        "you> 4.99",
        "bot> When did you make the purchase? A rough date is fine, "
            + #"like "yesterday" or "12 March"."#,
        "you> yesterday",
        "bot> To confirm: you'd like a refund for order TP-12345678",
        "     [1] Yes  [2] No",
        "you> /state",
        "position:   refund.confirm_refund",
        "you> yes",
        "bot> Done: your refund request for TP-12345678 is in. Any coins from it are removed "
            + "from your balance, and the money goes back to your original payment method "
            + "within 5 to 10 business days. You'll get an email confirmation.",
        "bot> How would you rate this conversation, from 1 (poor) to 5 (great)?",
        "     [1] 1  [2] 2  [3] 3  [4] 4  [5] 5",
        "you> 5",
        "bot> Thank you for the feedback, it helps us improve.",
        "you> talk to a human",
        "bot> Sure. So the right team picks this up, what is it about?",
        "you> Payments or Plus",
    ]

    @Test func aScriptedRefundSessionEndsInOneHandoff() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        let result = try ProcessRunner.switchboard(
            ["chat", "--bot", ProjectPaths.exampleBot, "--handoff-log", log, "--seed", "1"],
            in: directory.path, input: Self.script.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(!result.output.contains("\u{1B}["))

        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(lines.first?.hasPrefix("Tidepool Support: ") == true)
        #expect(lines.first?.hasSuffix(" articles. Type /help for commands.") == true)
        #expect(
            lines.dropFirst().first?.hasPrefix("bot> Hi, I'm the Tidepool Support assistant.")
                == true)
        var position = 0
        for expected in Self.expectedLines {
            guard let found = lines[position...].firstIndex(where: { $0.hasPrefix(expected) })
            else {
                Issue.record("missing, or out of order: \(expected)\n\(result.output)")
                return
            }
            position = found + 1
        }

        let (records, skipped) = try FileHandoffStore(path: log).read()
        #expect(skipped == 0)
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.queue == "payments")
        #expect(record.reason == .userRequest)
        #expect(record.priority == .normal)
        #expect(record.user == "cli-user")
        #expect(record.bot == "tidepool")
        #expect(record.flow == "talk_to_human")
        #expect(record.articles == ["refund-timelines"])
        #expect(record.slots["order_id"] == "TP-12345678")
        #expect(record.slots["refund_reason"] == "coins_not_received")
        #expect(record.due == record.time.adding(minutes: 1440))
        #expect(record.transcript.first { $0.speaker == .user }?.text == "I want a refund")

        let tail = Array(lines[position...])
        let notice =
            "bot> I've passed this to our Payments team. Your ticket number is \(record.ticket), "
            + "and a person will reply by \(record.due.displayText)."
        #expect(tail.first?.hasPrefix(notice) == true)
        #expect(
            tail.dropFirst().first
                == "     handoff \(record.ticket): queue payments, normal priority, "
                + "reason user_request, due \(record.due.displayText)")
        #expect(tail.dropFirst(2).first == "     (conversation ended)")
        #expect(tail.dropFirst(3) == [""])

        let text = try directory.read("handoff.jsonl")
        #expect(text == record.jsonLine() + "\n")
    }

    @Test func theSameSeedGivesTheSameTicket() throws {
        var tickets: [String] = []
        for _ in 0..<2 {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let log = directory.url("handoff.jsonl")
            let result = try ProcessRunner.switchboard(
                ["chat", "--bot", ProjectPaths.exampleBot, "--handoff-log", log, "--seed", "99"],
                in: directory.path, input: "talk to a human\nSomething else\n")
            #expect(result.status == 0)
            let record = try #require(try FileHandoffStore(path: log).read().records.first)
            #expect(record.queue == "general")
            tickets.append(record.ticket)
        }
        #expect(tickets.count == 2)
        #expect(tickets.first == tickets.last)
    }

    /// Ids are logged unmasked: an email address as `--user` is warned about, without it.
    @Test func aUserIDHoldingPersonalDataIsWarnedAbout() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try ProcessRunner.switchboard(
            [
                "chat", "--bot", ProjectPaths.exampleBot, "--handoff-log",
                directory.url("handoff.jsonl"), "--user", "jane.doe@example.com",
            ], in: directory.path, input: "hello\n")
        #expect(result.status == 0)
        #expect(
            result.errors.contains(
                "warning: --user holds personal data ([email]), which is written to the logs "
                    + "unmasked; use an opaque id"), "\(result.errors)")
        #expect(!result.errors.contains("jane"))
    }

    @Test func aSafetyMessageMidFlowHandsOffToTheSafetyQueue() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        let script = [
            "I want a refund", "someone hacked my account", "no", "jane.doe@example.com", "yes",
            "jane.other@example.com", "yes",
        ]
        let result = try ProcessRunner.switchboard(
            ["chat", "--bot", ProjectPaths.exampleBot, "--handoff-log", log, "--seed", "5"],
            in: directory.path, input: script.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(
            result.output.contains(
                "you> someone hacked my account\n"
                    + "bot> I'm sorry this happened. Let's secure your account right away.\n"))
        let records = try FileHandoffStore(path: log).read().records
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.queue == "safety")
        #expect(record.priority == .urgent)
        #expect(record.reason == .safety)
        #expect(record.flow == "account_takeover")
        #expect(record.due == record.time.adding(minutes: 15))
        #expect(record.slots["account_email"] == "[redacted]")
        #expect(record.slots["contact_email"] == "[redacted]")
        #expect(record.slots["order_id"] == nil)
        #expect(!(try directory.read("handoff.jsonl")).contains("jane"))
    }

    /// The refund flow end to end with --mocks: both lookups answered, the refund submitted;
    /// then a lookup that times out, shown to the operator, takes the timeout path.
    @Test func theRefundFlowRunsWithMocks() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = directory.url("handoff.jsonl")
        let script = [
            "I want a refund", "TP-12345678", "I bought it by accident", "4.99", "yesterday",
            "yes", "5", "I want a refund", "TP-50400000",
        ]
        let result = try ProcessRunner.switchboard(
            [
                "chat", "--bot", ProjectPaths.exampleBot, "--handoff-log", log, "--seed", "5",
                "--mocks", ProjectPaths.exampleBot + "/mocks.json",
            ],
            in: directory.path, input: script.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.output.contains("you> TP-12345678\nbot> What's the reason for the refund?"))
        #expect(
            result.output.contains("bot> To confirm: you'd like a refund for order TP-12345678"))
        #expect(result.output.contains("bot> Done: your refund request for TP-12345678 is in."))
        #expect(
            result.output.contains(
                "you> TP-50400000\n"
                    + #"     (action order_status {"order_id":"TP-50400000"} timed out)"#
                    + "\nbot> Our purchase records aren't answering right now"))
        let records = try FileHandoffStore(path: log).read().records
        #expect(records.map(\.state) == ["order_lookup_slow"])
    }

    @Test func aBrokenBotDoesNotStart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "tidepool")
        try directory.write("tidepool/slots.json", "{")
        let result = try ProcessRunner.switchboard(
            ["chat", "--bot", directory.url("tidepool")], input: "hello\n")
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("\(directory.url("tidepool"))/slots.json:1:2: error: "))
        #expect(result.errors.contains("switchboard check --bot \(directory.url("tidepool"))"))
    }
}
