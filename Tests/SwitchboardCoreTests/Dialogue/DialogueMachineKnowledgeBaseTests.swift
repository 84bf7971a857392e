import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineKnowledgeBaseTests {
    @Test func anArticleAnswerAsksWhetherItHelped() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        let turn = chat.send("how do I change my password")
        #expect(turn.explanation.stage == .knowledgeBase)
        #expect(turn.messages.first?.article == "reset-password")
        #expect(turn.messages.last?.text == "Did that answer your question?")
        #expect(turn.messages.last?.options == ["Yes", "No"])
        #expect(chat.state.pending == .articleFeedback(article: "reset-password", next: nil))
    }

    @Test func yesRecordsHelpfulFeedback() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("how do I change my password")
        let turn = chat.send("yes")
        #expect(turn.actions.contains(.articleFeedback(article: "reset-password", helpful: true)))
        #expect(turn.messages.map(\.text) == ["Glad it helped."])
        #expect(chat.state.pending == nil)
    }

    @Test func noWithoutARunnerUpOffersAPerson() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("how do I change my password")
        let turn = chat.send("no")
        #expect(turn.actions.contains(.articleFeedback(article: "reset-password", helpful: false)))
        #expect(turn.messages.map(\.text) == ["Shall I get a person?"])
        #expect(chat.state.pending == .offerHuman)
        let handoff = chat.send("yes")
        #expect(handoff.handoff?.reason == .lowConfidence)
        #expect(handoff.handoff?.articles == ["reset-password"])
    }

    @Test func noOffersACloseRunnerUpThenAsksAgain() throws {
        // Two articles about passwords: the second is a close runner-up for a password question.
        let extra = """
            ---
            title: Change your password
            questions: how do I change my password
            ---
            To change your password, open Settings, then Security, then Password.
            """
        var chat = Conversation(bot: try DialogueFixture.bot(["kb/change-password.md": extra]))
        chat.start()
        let first = chat.send("how do I change my password")
        let shown = try #require(first.messages.first?.article)
        guard case .articleFeedback(_, let next?)? = chat.state.pending else {
            Issue.record("no runner-up offered: \(String(describing: chat.state.pending))")
            return
        }
        #expect(Set([shown, next]) == ["change-password", "reset-password"])
        let turn = chat.send("no")
        #expect(turn.messages.first?.text == "Sorry about that. This article may help instead:")
        #expect(turn.messages.dropFirst().first?.article == next)
        #expect(chat.state.pending == .articleFeedback(article: next, next: nil))
    }

    @Test func anArticleSharingOneWordWithAMessageDoesNotAnswerIt() throws {
        // "account" is in one of the fixture's three articles; "pizza" and "oven" in none.
        let bot = try FixtureBot.load()
        let message = "pizza oven account"
        let best = try #require(bot.knowledgeBase.search(message, limit: 1).first)
        #expect(best.score >= bot.settings.thresholds.kb)
        #expect(bot.knowledgeBase.coverage(of: message, by: best.article) < 0.3)
        var chat = Conversation(bot: bot)
        chat.start()
        let turn = chat.send(message)
        #expect(turn.explanation.stage == .fallback)
        #expect(turn.messages.map(\.text) == ["Sorry?"])
        #expect(
            turn.explanation.steps.first?.hasPrefix("article delete-account matches ") == true)
        #expect(
            turn.explanation.steps.first?.hasSuffix(
                "of the query's words (kbCoverage 30%): not offered") == true)
    }

    @Test func aBotCanLowerTheCoverageItAsks() throws {
        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""kb": 0.3 }"#, with: #""kb": 0.3, "kbCoverage": 0 }"#)
        let bot = try DialogueFixture.bot(["bot.json": settings])
        #expect(bot.settings.thresholds.kbCoverage == 0)
        var chat = Conversation(bot: bot)
        chat.start()
        let turn = chat.send("pizza oven account")
        #expect(turn.explanation.stage == .knowledgeBase)
        #expect(turn.messages.first?.article == "delete-account")
    }

    /// When the best article is turned away for its coverage, the next one close behind it
    /// (within a quarter of its score) that has enough of the message's words answers: here
    /// the best matches "gift card" only, the next has the words that say what the question
    /// is about ("receiver", "unwrapped").
    @Test func anArticleCloseBehindAnswersWhenTheBestHasTooFewOfTheWords() throws {
        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""kb": 0.3 }"#, with: #""kb": 0.3, "kbCoverage": 0.5 }"#)
        let bot = try DialogueFixture.bot([
            "bot.json": settings,
            "kb/gift-cards.md": """
            ---
            title: Gift cards
            ---
            Gift cards are sold in the shop and never expire.
            """,
            "kb/gift-returns.md": """
            ---
            title: Returning a gift
            ---
            A gift card can be returned within 14 days if the receiver has not unwrapped it.
            """,
        ])
        let message = "gift card receiver unwrapped it"
        let hits = bot.knowledgeBase.search(message, limit: 3)
        try #require(hits.count >= 2)
        let ids = hits.map { bot.knowledgeBase.articles[$0.article].id }
        #expect(Array(ids.prefix(2)) == ["gift-cards", "gift-returns"])
        #expect(bot.knowledgeBase.coverage(of: message, by: hits[0].article) < 0.5)
        #expect(bot.knowledgeBase.coverage(of: message, by: hits[1].article) >= 0.5)
        #expect(hits[1].score >= 0.75 * hits[0].score)

        var chat = Conversation(bot: bot)
        chat.start()
        let turn = chat.send(message)
        #expect(turn.explanation.stage == .knowledgeBase)
        #expect(turn.messages.first?.article == "gift-returns")
        let steps = turn.explanation.steps
        #expect(
            steps.contains {
                $0.hasPrefix("article gift-cards matches ")
                    && $0.hasSuffix("(kbCoverage 50%): not offered")
            }, "\(steps)")
        #expect(
            steps.contains {
                $0.hasPrefix("article gift-returns matches ")
                    && $0.hasSuffix(
                        "within a quarter of the best, and has 100% of the query's "
                            + "words: offered instead")
            }, "\(steps)")
    }

    /// An article too far behind the best is not offered in its place, however much of the
    /// message it has.
    @Test func anArticleFarBehindDoesNotAnswerInTheBestsPlace() throws {
        let settings = (FixtureBot.files["bot.json"] ?? "").replacing(
            #""kb": 0.3 }"#, with: #""kb": 0.1, "kbCoverage": 0.5 }"#)
        let bot = try DialogueFixture.bot([
            "bot.json": settings,
            "kb/gift-cards.md": "---\ntitle: Gift cards\n---\nGift cards never expire.\n",
            "kb/gift-returns.md": """
            ---
            title: Refunds for gifts
            ---
            A gift can be refunded within 14 days if the receiver has not unwrapped it.
            """,
        ])
        let message = "gift cards unwrapped receiver"
        let hits = bot.knowledgeBase.search(message, limit: 3)
        try #require(hits.count >= 2)
        #expect(bot.knowledgeBase.coverage(of: message, by: hits[0].article) < 0.5)
        #expect(hits[1].score < 0.75 * hits[0].score)
        var chat = Conversation(bot: bot)
        chat.start()
        let turn = chat.send(message)
        #expect(turn.explanation.stage != .knowledgeBase)
        #expect(turn.messages.allSatisfy { $0.article == nil })
    }

    @Test func anotherMessageInsteadOfFeedbackIsHandledAsUsual() throws {
        var chat = Conversation(bot: try FixtureBot.load())
        chat.start()
        _ = chat.send("how do I change my password")
        let turn = chat.send("what are your opening hours")
        #expect(turn.messages.map(\.text) == ["We are open 9 to 5."])
        #expect(
            !turn.actions.contains {
                if case .articleFeedback = $0 { return true } else { return false }
            })
    }
}

@Suite struct DialogueMachineAnswerQueryMaskingTests {
    /// A newsletter flow that collects an email slot that is not sensitive, then looks up an
    /// article with a query that names it and that no article answers.
    static let extras = """
        {
          "intents": {
            "newsletter": {
              "title": "Newsletter",
              "examples": ["sign me up for the newsletter"],
              "rules": [{ "phrase": "newsletter" }],
              "flow": "newsletter"
            }
          },
          "slots": { "contact": { "entity": "email", "prompts": ["Which address?"] } },
          "flows": {
            "newsletter": {
              "states": {
                "ask": { "type": "collect", "slot": "contact", "next": "look" },
                "look": { "type": "answer", "query": "zqxv {contact}", "next": "done" },
                "done": { "type": "end", "say": "Done." }
              }
            }
          }
        }
        """

    /// `/why` prints the steps: the state's query, filled in with the slot, was in them as
    /// typed.
    @Test func theStepOfAnUnansweredQueryIsMasked() throws {
        var chat = Conversation(bot: try DialogueFixture.bot(["extras.json": Self.extras]))
        chat.start()
        _ = chat.send("newsletter")
        let turn = chat.send("jane.doe@example.com")
        #expect(chat.state.slots["contact"] == .text("jane.doe@example.com"))
        #expect(
            turn.explanation.steps.contains("no article for \"zqxv [email]\" clears the threshold"))
        #expect(!turn.explanation.steps.contains { $0.contains("jane") })
    }
}
