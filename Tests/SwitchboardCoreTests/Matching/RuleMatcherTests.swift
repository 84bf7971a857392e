import Testing

@testable import SwitchboardCore

/// Where test rules and intents say they come from.
private let origin = Origin(file: "intents.json", location: .start, path: "intents")

/// A rule: `phrase:`, `keywords:` or `regex:`, with a priority and `unless` phrases.
private func rule(
    phrase: String? = nil, keywords: [String]? = nil, regex: String? = nil, priority: Int = 0,
    unless: [String] = []
) throws -> HandRule {
    let matcher: HandRule.Matcher
    if let phrase {
        matcher = .phrase(phrase)
    } else if let keywords {
        matcher = .keywords(keywords)
    } else {
        matcher = .regex(try CompiledPattern(try #require(regex)))
    }
    return HandRule(matcher: matcher, priority: priority, unless: unless, origin: origin)
}

/// An intent with rules.
private func intent(_ id: String, safety: Bool = false, _ rules: [HandRule]) -> IntentDefinition {
    IntentDefinition(id: id, title: id, rules: rules, isSafety: safety, origin: origin)
}

@Suite struct RuleMatcherTests {
    let analyzer = TextAnalyzer()

    /// The intent of the first rule that fires for `text`, if any.
    private func winner(_ intents: [IntentDefinition], _ text: String) -> String? {
        let matcher = RuleMatcher(intents: intents, analyzer: self.analyzer)
        return matcher.match(self.analyzer.analyze(text)).map { intents[$0.intent].id }
    }

    @Test("Safety rules come first, whatever the other rules' priority")
    func safetyFirst() throws {
        let intents = [
            intent("account", [try rule(phrase: "my account was hacked", priority: 1000)]),
            intent("takeover", safety: true, [try rule(phrase: "hacked", priority: -5)]),
        ]
        let matcher = RuleMatcher(intents: intents)
        let text = self.analyzer.analyze("My account was hacked!")
        #expect(matcher.match(text)?.intent == 1)
        #expect(matcher.matchSafety(text)?.intent == 1)
        #expect(matcher.matchOrdinary(text)?.intent == 0)
        #expect(matcher.allHits(text).map(\.intent) == [1, 0])
        #expect(matcher.matchSafety(self.analyzer.analyze("my account")) == nil)
    }

    @Test("Then higher priority wins, even for a shorter rule written later")
    func priority() throws {
        let intents = [
            intent("order", [try rule(phrase: "refund my order")]),
            intent("refund", [try rule(keywords: ["refund"], priority: 5)]),
        ]
        #expect(self.winner(intents, "refund my order") == "refund")
    }

    @Test("At equal priority the rule with more words wins")
    func length() throws {
        let intents = [
            intent("refund", [try rule(phrase: "refund")]),
            intent("order", [try rule(keywords: ["refund", "order"])]),
            intent("status", [try rule(phrase: "refund my order")]),
        ]
        #expect(self.winner(intents, "refund my order") == "status")
        #expect(self.winner(intents, "order a refund") == "order")
        #expect(self.winner(intents, "refund please") == "refund")
    }

    @Test("At equal priority and length the rule written first wins")
    func fileOrder() throws {
        let first = intent("first", [try rule(keywords: ["order"])])
        let second = intent("second", [try rule(phrase: "refund")])
        #expect(self.winner([first, second], "refund my order") == "first")
        #expect(self.winner([second, first], "refund my order") == "second")
        let rules = intent("both", [try rule(phrase: "order"), try rule(phrase: "refund")])
        let hit = RuleMatcher(intents: [rules]).match(self.analyzer.analyze("refund my order"))
        #expect(hit?.rule.summary == "phrase \"order\"")
    }

    @Test(
        "A phrase needs its words in order and side by side",
        arguments: [
            ("give me my money back", true),
            ("Money back, please", true),
            ("back my money", false),
            ("money is back", false),
            ("money", false),
        ])
    func phrase(text: String, fires: Bool) throws {
        let intents = [intent("refund", [try rule(phrase: "money back")])]
        #expect((self.winner(intents, text) != nil) == fires)
    }

    @Test(
        "Keywords fire in any order, and only when all are present",
        arguments: [
            ("refund my coins", true),
            ("coins: I want a refund", true),
            ("refund for the coins I bought", true),
            ("refund", false),
            ("coins", false),
        ])
    func keywords(text: String, fires: Bool) throws {
        let intents = [intent("refund", [try rule(keywords: ["refund", "coins"])])]
        #expect((self.winner(intents, text) != nil) == fires)
    }

    @Test(
        "Phrases and keywords compare word stems",
        arguments: ["Refunds please", "it was refunded", "REFUNDING", "refund"])
    func stems(text: String) throws {
        let intents = [
            intent("refund", [try rule(keywords: ["refund"])]),
            intent("plural", [try rule(phrase: "refunds", priority: -1)]),
        ]
        let matcher = RuleMatcher(intents: intents)
        #expect(matcher.allHits(self.analyzer.analyze(text)).map(\.intent) == [0, 1])
    }

    @Test("Keywords match whole stems, not parts of words")
    func wholeStems() throws {
        let intents = [intent("fund", [try rule(keywords: ["fund"])])]
        #expect(self.winner(intents, "refund my order") == nil)
        #expect(self.winner(intents, "the funds arrived") == "fund")
    }

    @Test(
        "A regular expression runs on the normalised message",
        arguments: [
            ("Refund, please!", true),
            ("REFUND", true),
            ("  refund  ", true),
            ("I want a refund please", false),
            ("refunds", false),
        ])
    func regex(text: String, fires: Bool) throws {
        let intents = [intent("refund", [try rule(regex: "^refund( please)?$")])]
        #expect((self.winner(intents, text) != nil) == fires)
    }

    @Test("An unless phrase vetoes the rule, by stem")
    func unless() throws {
        let intents = [
            intent("cancel", [try rule(phrase: "cancel", unless: ["subscription", "don't"])]),
            intent("fallback", [try rule(phrase: "cancel", priority: -1)]),
        ]
        #expect(self.winner(intents, "cancel my order") == "cancel")
        #expect(self.winner(intents, "cancel my subscription") == "fallback")
        #expect(self.winner(intents, "Cancel my subscriptions!") == "fallback")
        #expect(self.winner(intents, "don't cancel") == "fallback")
        #expect(self.winner(intents, "subscription renewal") == nil)
    }

    @Test("Without rules nothing matches")
    func empty() {
        let matcher = RuleMatcher(intents: [
            IntentDefinition(id: "hours", title: "Hours", examples: ["open"], origin: origin)
        ])
        #expect(matcher.isEmpty)
        #expect(matcher.match(self.analyzer.analyze("open")) == nil)
        #expect(matcher.allHits(self.analyzer.analyze("open")).isEmpty)
    }
}
