import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// A small German bot driven end to end: intents matched by similarity on German examples, a
/// flow that fills a reference and a date slot and asks a yes/no confirmation, and
/// knowledge-base answers; then the same checks that an English bot is as it was.
@Suite struct GermanBotTests {
    static let files: [String: String] = [
        "bot.json": """
        {
          "bot": {
            "name": "Gezeiten",
            "locale": "de-DE",
            "greeting": "Hallo! Wie kann ich helfen?",
            "thresholds": { "intent": 0.45, "margin": 0.04, "kb": 0.3 },
            "fallback": { "messages": ["Wie bitte?"], "maxConsecutive": 2,
                          "offerHuman": "Soll ich Sie mit einem Menschen verbinden?",
                          "declined": "In Ordnung.", "handoff": { "queue": "general" } },
            "queues": {
              "general": { "title": "Support", "sla": { "urgent": 30, "high": 60, "normal": 240, "low": 1440 } }
            }
          }
        }
        """,
        "intents.json": """
        {
          "intents": {
            "refund": {
              "title": "Erstattung",
              "examples": ["ich möchte eine Erstattung", "Geld zurück für meine Bestellung",
                           "bitte erstatten Sie meine Bestellung", "ich will mein Geld zurück",
                           "Rückerstattung beantragen"],
              "responses": ["Kümmern wir uns um Ihre Erstattung."],
              "flow": "refund"
            },
            "hours": {
              "title": "Öffnungszeiten",
              "examples": ["wann haben Sie geöffnet", "wie sind Ihre Öffnungszeiten",
                           "Öffnungszeiten am Wochenende"],
              "responses": ["Wir sind von 9 bis 17 Uhr da."]
            },
            "delivery": {
              "title": "Lieferstatus",
              "examples": ["wo ist mein Paket", "meine Lieferung ist nicht angekommen",
                           "wann kommt meine Sendung"],
              "responses": ["Ich sehe nach Ihrer Lieferung."]
            },
            "agent": {
              "title": "Mitarbeiter",
              "global": true,
              "examples": ["mit einem Menschen sprechen", "ich will einen Mitarbeiter"],
              "rules": [{ "phrase": "mitarbeiter" }],
              "flow": "handoff"
            }
          }
        }
        """,
        "entities.json": """
        { "entities": { "order_id": { "type": "reference", "format": "TP-########" } } }
        """,
        "slots.json": """
        {
          "slots": {
            "order_id": { "entity": "order_id", "prompts": ["Wie lautet die Bestellnummer?"] },
            "ordered_on": { "entity": "date", "prompts": ["Wann haben Sie bestellt?"] }
          }
        }
        """,
        "flows.json": """
        {
          "flows": {
            "refund": {
              "title": "Ihre Erstattung",
              "states": {
                "ask_order": { "type": "collect", "slot": "order_id", "next": "ask_date" },
                "ask_date": { "type": "collect", "slot": "ordered_on", "next": "confirm" },
                "confirm": { "type": "confirm", "say": "{order_id} vom {ordered_on} erstatten?",
                             "yes": "done", "no": "stopped" },
                "done": { "type": "end", "say": "Erstattung beantragt." },
                "stopped": { "type": "end", "say": "Nichts geändert." }
              }
            },
            "handoff": {
              "states": { "go": { "type": "handoff", "queue": "general", "reason": "user_request" } }
            }
          }
        }
        """,
        "kb/passwort.md": """
        ---
        title: Passwort zurücksetzen
        questions: Ich habe mein Passwort vergessen | Wie ändere ich mein Passwort
        ---
        Tippen Sie auf der Anmeldeseite auf Passwort vergessen und folgen Sie dem Link in der E-Mail.
        """,
        "kb/konto-loeschen.md": """
        ---
        title: Konto löschen
        ---
        Wenn Sie Ihr Konto löschen, werden Ihre Daten und Käufe nach 30 Tagen entfernt.
        """,
    ]

    static func bot(
        _ changes: [String: String] = [:]
    ) throws -> (bot: Bot, warnings: [Diagnostic]) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (path, content) in Self.files.merging(changes, uniquingKeysWith: { $1 }) {
            try directory.write("bot/" + path, content)
        }
        return try Bot.load(from: directory.url("bot"))
    }

    @Test func aGermanLocaleLoadsWithoutWarningAndPicksGerman() throws {
        let (bot, warnings) = try Self.bot()
        #expect(!warnings.contains { $0.code == "unsupported-locale" })
        #expect(bot.settings.language == .german)
        #expect(bot.analyzer.language == .german)
    }

    @Test(arguments: [
        ("Ich möchte bitte eine Rückerstattung", "refund"),
        ("Erstattungen für Bestellungen", "refund"),
        ("Wann habt ihr geöffnet?", "hours"),
        ("Mein Paket ist noch nicht angekommen", "delivery"),
    ])
    func germanMessagesMatchTheirIntents(text: String, intent: String) throws {
        let bot = try Self.bot().bot
        let decided = bot.interpret(text).intent.map { bot.definition.intents[$0].id }
        #expect(decided == intent, "\(text)")
    }

    @Test func handRulesMatchGermanWordForms() throws {
        let bot = try Self.bot().bot
        let interpretation = bot.interpret("Kann ich bitte mit Mitarbeitern sprechen?")
        #expect(interpretation.ruleHit != nil)
        #expect(interpretation.intent.map { bot.definition.intents[$0].id } == "agent")
    }

    @Test func theRefundFlowFillsItsSlotsAndConfirmsInGerman() throws {
        var chat = Conversation(bot: try Self.bot().bot)
        #expect(chat.start() == ["Hallo! Wie kann ich helfen?"])
        let opening = chat.say("Ich möchte eine Erstattung für TP-12345678")
        #expect(opening.last == "Wann haben Sie bestellt?")
        #expect(chat.state.slots["order_id"] == .text("TP-12345678"))
        // "Guten Morgen" is a greeting, not tomorrow.
        _ = chat.say("Guten Morgen")
        #expect(chat.state.slots["ordered_on"] == nil)
        let asked = chat.say("am 3. März")
        #expect(chat.state.slots["ordered_on"] != nil)
        #expect(asked.last?.hasSuffix("erstatten?") == true)
        #expect(chat.state.position == "refund.confirm")
        #expect(chat.say("ja, genau") == ["Erstattung beantragt."])
        #expect(chat.state.position == "idle")
    }

    @Test(arguments: ["nein danke", "lieber nicht", "auf keinen Fall"])
    func aGermanNoTakesTheNoBranch(answer: String) throws {
        var chat = Conversation(bot: try Self.bot().bot)
        chat.start()
        _ = chat.send("Ich möchte eine Erstattung für TP-12345678")
        _ = chat.send("gestern")
        #expect(chat.state.position == "refund.confirm")
        #expect(chat.say(answer) == ["Nichts geändert."])
    }

    @Test func germanQuestionsFindTheirArticles() throws {
        let bot = try Self.bot().bot
        var chat = Conversation(bot: bot)
        chat.start()
        let turn = chat.send("Ich habe mein Passwort vergessen, was nun?")
        #expect(turn.explanation.stage == .knowledgeBase)
        #expect(turn.messages.first?.article == "passwort")
        let hits = bot.knowledgeBase.search("Wie lösche ich mein Konto?", limit: 2)
        #expect(hits.first.map { bot.knowledgeBase.articles[$0.article].id } == "konto-loeschen")
    }

    @Test func germanStopWordsLeaveTheIndex() {
        let analyzer = TextAnalyzer(language: .german)
        var dictionary = TermDictionary()
        let text = analyzer.analyze("Wie kann ich mein Passwort für das Konto ändern?")
        let terms = analyzer.terms(
            of: text, options: TextAnalyzer.Options(bigrams: false, dropsStopWords: true),
            interningInto: &dictionary)
        #expect(terms.map { dictionary.term($0) } == ["passwort", "konto", "and"])
        #expect(
            text.stems == ["wie", "kann", "ich", "mein", "passwort", "fur", "das", "konto", "and"])
    }

    @Test func theEngineSpeaksGermanWhereTheBotSaysNothing() throws {
        let minimal = """
            { "bot": { "name": "Gezeiten", "locale": "de",
                       "queues": { "general": { "title": "Support",
                         "sla": { "urgent": 30, "high": 60, "normal": 240, "low": 1440 } } } } }
            """
        let bot = try Self.bot(["bot.json": minimal]).bot
        let settings = bot.settings
        #expect(settings.messages == EngineMessages.german)
        #expect(
            settings.messages.confirmRetry.text.source
                == "Entschuldigung, ich brauche ein Ja oder ein Nein.")
        #expect(settings.fallback.offerHuman.options.map(\.source) == ["Ja", "Nein"])
        #expect(settings.csat.thanks.text.source == "Vielen Dank für Ihr Feedback.")
        var chat = Conversation(bot: bot)
        chat.start()
        _ = chat.send("Ich möchte eine Erstattung für TP-12345678")
        let question = chat.send("gestern")
        #expect(question.messages.last?.options == ["Ja", "Nein"])
        #expect(
            chat.say("hm") == [
                "Entschuldigung, ich brauche ein Ja oder ein Nein.",
                "TP-12345678 vom 2026-11-26 erstatten?",
            ])
        #expect(chat.say("die zweite") == ["Nichts geändert."])
    }

    /// Options a confirm state spells out are its author's, even when they are the English
    /// defaults: only a state that gives none gets "Ja" and "Nein".
    @Test func aConfirmStatesOwnOptionsStayAsWritten() throws {
        let flows = try #require(Self.files["flows.json"])
        for (options, shown) in [
            (#""options": ["Yes", "No"], "#, ["Yes", "No"]),
            (#""options": ["Genau", "Lieber nicht"], "#, ["Genau", "Lieber nicht"]),
            ("", ["Ja", "Nein"]),
        ] {
            let changed = flows.replacing(
                #""type": "confirm", "#, with: #""type": "confirm", "# + options)
            let bot = try Self.bot(["flows.json": changed]).bot
            var chat = Conversation(bot: bot)
            chat.start()
            _ = chat.send("Ich möchte eine Erstattung für TP-12345678")
            #expect(chat.send("gestern").messages.last?.options == shown)
        }
    }

    @Test func anEnglishBotIsUnchanged() throws {
        let bot = try FixtureBot.load()
        #expect(bot.settings.language == .english)
        #expect(bot.analyzer.language == .english)
        let text = bot.analyzer.analyze("Refunding the orders")
        #expect(text.stems == ["refund", "the", "order"])
        var chat = Conversation(bot: bot)
        chat.start()
        _ = chat.send("refund for TP-12345678")
        _ = chat.send("broken")
        #expect(chat.say("ja").first == "Refund requested.")
    }

    @Test(arguments: [
        ("de", true), ("de-AT", true), ("de-CH", true), ("en-GB", true), ("fr", false),
        ("deu", false),
    ])
    func localesChooseALanguage(locale: String, supported: Bool) {
        #expect((Language(locale: locale) != nil) == supported, "\(locale)")
    }
}
