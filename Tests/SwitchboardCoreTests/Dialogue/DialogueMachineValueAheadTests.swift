import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// A yes/no question answered with the value its yes branch asks for next.
@Suite struct DialogueMachineValueAheadTests {
    /// Flows whose yes branches lead to slots: a link through a `say` state, the sensitive
    /// email, an order number behind a `branch`, a number, and a question that opts out.
    private static let ahead = """
        {
          "intents": {
            "report": { "title": "Report", "examples": ["report a post"],
                        "rules": [{ "phrase": "report" }], "flow": "report" },
            "contact": { "title": "Contact", "examples": ["contact me"],
                         "rules": [{ "phrase": "contact me" }], "flow": "contact" },
            "lookup": { "title": "Lookup", "examples": ["look up my order"],
                        "rules": [{ "phrase": "look up" }], "flow": "lookup" },
            "count": { "title": "Count", "examples": ["count my coins"],
                       "rules": [{ "phrase": "count" }], "flow": "count" },
            "strict": { "title": "Strict", "examples": ["strict question"],
                        "rules": [{ "phrase": "strict" }], "flow": "strict" },
            "still": { "title": "Still", "examples": ["check my order"],
                       "rules": [{ "phrase": "check my order" }], "flow": "still" },
            "either": { "title": "Either", "examples": ["either way"],
                        "rules": [{ "phrase": "either question" }], "flow": "either" },
            "fixed": { "title": "Fixed", "examples": ["fixed order"],
                       "rules": [{ "phrase": "fixed order" }], "flow": "fixed" },
            "appeal": { "title": "Appeal", "examples": ["appeal an order"],
                        "rules": [{ "phrase": "appeal" }], "flow": "appeal" },
            "back": { "title": "Go back", "global": true, "effect": "back",
                      "examples": ["go back"], "rules": [{ "regex": "^go back$" }] }
          },
          "entities": {
            "link": { "type": "regex", "pattern": "https://example\\\\.com/[^\\\\s]+" }
          },
          "slots": {
            "link": { "entity": "link", "prompts": ["Paste the link.", "The link, please."],
                      "validate": { "maxLength": 40, "message": "That link is too long." } },
            "coins": { "entity": "number", "prompts": ["How many coins?"] }
          },
          "flows": {
            "report": {
              "states": {
                "link_q": { "type": "confirm", "say": "Do you have a link?", "yes": "thanks", "no": "no_link" },
                "thanks": { "type": "say", "say": "Great.", "next": "ask_link" },
                "ask_link": { "type": "collect", "slot": "link", "say": "Here is how to copy it.", "next": "done" },
                "done": { "type": "end", "say": "Reported {link}." },
                "no_link": { "type": "end", "say": "Reported without a link." }
              }
            },
            "contact": {
              "states": {
                "email_q": { "type": "confirm", "say": "Can we email you?", "yes": "ask_email", "no": "no_email" },
                "ask_email": { "type": "collect", "slot": "email", "next": "done" },
                "done": { "type": "end", "say": "We'll write to you." },
                "no_email": { "type": "end", "say": "No email then." }
              }
            },
            "lookup": {
              "states": {
                "order_q": { "type": "confirm", "say": "Do you have the order number?", "yes": "route", "no": "stop" },
                "route": { "type": "branch", "branches": [{ "if": "filled(reason)", "then": "stop" }], "else": "ask_order" },
                "ask_order": { "type": "collect", "slot": "order_id", "next": "stop" },
                "stop": { "type": "end", "say": "Done." }
              }
            },
            "count": {
              "states": {
                "coins_q": { "type": "confirm", "say": "Do you know how many?", "yes": "ask_coins", "no": "stop" },
                "ask_coins": { "type": "collect", "slot": "coins", "next": "stop" },
                "stop": { "type": "end", "say": "Done." }
              }
            },
            "appeal": {
              "states": {
                "order_q": { "type": "confirm", "say": "Do you have the order number?", "yes": "ask_order", "no": "stop" },
                "ask_order": { "type": "collect", "slot": "order_id", "next": "ask_reason" },
                "ask_reason": { "type": "collect", "slot": "reason", "next": "stop" },
                "stop": { "type": "end", "say": "Done." }
              }
            },
            "still": {
              "states": {
                "ask_order": { "type": "collect", "slot": "order_id", "next": "still_q" },
                "still_q": { "type": "confirm", "say": "Is your order number still {order_id}?", "yes": "done", "no": "sorry" },
                "sorry": { "type": "say", "say": "Let's fix that.", "next": "ask_again" },
                "ask_again": { "type": "collect", "slot": "order_id", "ask": "always", "say": "Which one is it?", "next": "done" },
                "done": { "type": "end", "say": "Order {order_id}." }
              }
            },
            "fixed": {
              "states": {
                "ask_order": { "type": "collect", "slot": "order_id", "next": "still_q" },
                "still_q": { "type": "confirm", "say": "Is it still {order_id}?", "yes": "done", "no": "ask_again",
                             "valueMeansNo": false },
                "ask_again": { "type": "collect", "slot": "order_id", "ask": "always", "next": "done" },
                "done": { "type": "end", "say": "Order {order_id}." }
              }
            },
            "either": {
              "states": {
                "link_q": { "type": "confirm", "say": "Do you have a link?", "yes": "ask_link", "no": "ask_order" },
                "ask_link": { "type": "collect", "slot": "link", "next": "done" },
                "ask_order": { "type": "collect", "slot": "order_id", "next": "done" },
                "done": { "type": "end", "say": "Done." }
              }
            },
            "strict": {
              "states": {
                "order_q": { "type": "confirm", "say": "Was it more than a week ago?", "yes": "ask_order", "no": "stop",
                             "valueMeansYes": false },
                "ask_order": { "type": "collect", "slot": "order_id", "next": "stop" },
                "stop": { "type": "end", "say": "Done." }
              }
            }
          }
        }
        """

    private func chat(startingWith opening: String) throws -> Conversation {
        var chat = Conversation(bot: try DialogueFixture.bot(["ahead.json": Self.ahead]))
        chat.start()
        _ = chat.send(opening)
        return chat
    }

    @Test func aValueInsteadOfYesIsAYesThatFillsTheSlot() throws {
        var chat = try self.chat(startingWith: "report")
        #expect(chat.state.position == "report.link_q")
        let turn = chat.send("https://example.com/v/42")
        // The say state on the way speaks; the collect state's own lead-in and prompt do not.
        #expect(turn.messages.map(\.text) == ["Great.", "Reported https://example.com/v/42."])
        #expect(turn.explanation.stage == .confirmation)
        #expect(
            turn.explanation.steps.prefix(3) == [
                "no yes or no, but a value for link, which the yes branch asks for next "
                    + "(report.ask_link): taken as yes",
                "entered report.thanks",
                "entered report.ask_link",
            ])
        #expect(
            turn.explanation.visited.prefix(3) == [
                "report.thanks", "report.ask_link", "report.done",
            ])
        #expect(turn.actions.contains(.setSlot("link", .text("https://example.com/v/42"))))
        #expect(chat.state.position == "idle")
    }

    @Test func aYesWithTheValueFillsTheSlotToo() throws {
        var chat = try self.chat(startingWith: "report")
        let turn = chat.send("yes, here: https://example.com/v/42")
        #expect(turn.messages.map(\.text) == ["Great.", "Reported https://example.com/v/42."])
        #expect(
            turn.explanation.steps.first
                == "answered yes, with a value for link, which report.ask_link asks for next")
    }

    @Test func aNoWithTheValueIsStillANo() throws {
        var chat = try self.chat(startingWith: "report")
        let turn = chat.send("no, https://example.com/v/42 is gone")
        #expect(turn.messages.map(\.text) == ["Reported without a link."])
        #expect(turn.explanation.steps.first == "answered no")
        #expect(chat.state.slots["link"] == nil)
    }

    @Test func aValueThatFailsValidationIsAFailedAttemptAtTheSlot() throws {
        var chat = try self.chat(startingWith: "report")
        let turn = chat.send("https://example.com/a-very-long-link-that-goes-on-and-on")
        #expect(
            turn.messages.map(\.text) == ["Great.", "That link is too long.", "The link, please."])
        #expect(chat.state.position == "report.ask_link")
        #expect(chat.state.stack.last?.attempts == 1)
        #expect(chat.state.slots["link"] == nil)
        #expect(chat.say("https://example.com/v/7") == ["Reported https://example.com/v/7."])
    }

    @Test func aSensitiveSlotFilledAheadIsRedactedAsAnAnswerToItsQuestionIs() throws {
        var chat = try self.chat(startingWith: "contact me")
        #expect(chat.state.position == "contact.email_q")
        let turn = chat.send("write to ana@example.org")
        #expect(turn.messages.map(\.text) == ["We'll write to you."])
        #expect(chat.state.slots["email"] == .text("ana@example.org"))
        #expect(turn.explanation.inputIsSensitive)
        #expect(turn.explanation.input == "[redacted]")
        #expect(turn.explanation.normalized == "[redacted]")
        #expect(turn.explanation.slotChanges.map(\.value) == ["[redacted]"])
        #expect(!turn.explanation.steps.contains { $0.contains("ana@") })
        let message = try #require(chat.state.history.last { $0.speaker == .user })
        #expect(message.isSensitive)
    }

    @Test func aBranchOnTheWayMeansNoSlotAhead() throws {
        var chat = try self.chat(startingWith: "look up")
        let turn = chat.send("TP-12345678")
        #expect(turn.messages.first?.text == "Sorry, I need a yes or a no.")
        #expect(chat.state.position == "lookup.order_q")
        #expect(chat.state.slots["order_id"] == nil)
    }

    @Test func aNumberSlotIsNotFilledAhead() throws {
        // Any message with a digit would count as a yes.
        var chat = try self.chat(startingWith: "count")
        let turn = chat.send("about 40")
        #expect(turn.messages.first?.text == "Sorry, I need a yes or a no.")
        #expect(chat.state.slots["coins"] == nil)
    }

    @Test func aStateCanTurnItOff() throws {
        var chat = try self.chat(startingWith: "strict")
        let turn = chat.send("TP-12345678")
        #expect(turn.messages.first?.text == "Sorry, I need a yes or a no.")
        #expect(chat.state.position == "strict.order_q")
        #expect(chat.state.slots["order_id"] == nil)
    }

    @Test func aSlotAlreadyFilledIsNotAskedSoNotFilledAhead() throws {
        // The opening message fills the link; the collect state would be skipped.
        var chat = try self.chat(startingWith: "report https://example.com/v/1")
        #expect(chat.state.slots["link"] == .text("https://example.com/v/1"))
        let turn = chat.send("https://example.com/v/2")
        #expect(turn.messages.first?.text == "Sorry, I need a yes or a no.")
        #expect(chat.state.slots["link"] == .text("https://example.com/v/1"))
    }

    @Test func goingBackReturnsToTheSlotThenToTheYesNoQuestion() throws {
        var chat = try self.chat(startingWith: "appeal")
        #expect(chat.say("TP-12345678") == ["Why?"])
        #expect(chat.state.position == "appeal.ask_reason")
        let first = chat.send("go back")
        #expect(first.messages.last?.text == "What's the order number?")
        #expect(chat.state.position == "appeal.ask_order")
        #expect(chat.state.slots["order_id"] == nil)
        let second = chat.send("go back")
        #expect(second.messages.last?.text == "Do you have the order number?")
        #expect(chat.state.position == "appeal.order_q")
    }

    @Test func aNoWithANewValueForTheSlotTheNoBranchAsksForFillsIt() throws {
        var chat = try self.chat(startingWith: "check my order TP-12345678")
        #expect(chat.state.position == "still.still_q")
        let turn = chat.send("no, it's TP-87654321")
        // The say state on the way speaks; the collect state's lead-in and prompt do not.
        #expect(turn.messages.map(\.text) == ["Let's fix that.", "Order TP-87654321."])
        #expect(
            turn.explanation.steps.prefix(3) == [
                "answered no, with a value for order_id, which still.ask_again asks for next",
                "entered still.sorry",
                "entered still.ask_again",
            ])
        #expect(turn.actions.contains(.setSlot("order_id", .text("TP-87654321"))))
        #expect(chat.state.position == "idle")
    }

    @Test func aNewValueAloneIsANo() throws {
        var chat = try self.chat(startingWith: "check my order TP-12345678")
        let turn = chat.send("it's TP-87654321 now")
        #expect(turn.messages.map(\.text) == ["Let's fix that.", "Order TP-87654321."])
        #expect(
            turn.explanation.steps.first
                == "no yes or no, but a value for order_id, which the no branch asks for next "
                + "(still.ask_again): taken as no")
    }

    @Test func theSameValueAgainIsAYes() throws {
        var chat = try self.chat(startingWith: "check my order TP-12345678")
        let turn = chat.send("TP 12345678")
        #expect(turn.messages.map(\.text) == ["Order TP-12345678."])
        #expect(
            turn.explanation.steps.prefix(2) == [
                "no yes or no, but order_id's own value, which the no branch would replace: "
                    + "taken as yes",
                "answered yes",
            ])
        #expect(chat.state.slots["order_id"] == .text("TP-12345678"))
    }

    @Test func aYesWithAValueForTheNoBranchIsStillAYes() throws {
        var chat = try self.chat(startingWith: "check my order TP-12345678")
        let turn = chat.send("yes, TP-87654321 was the old one")
        #expect(turn.messages.map(\.text) == ["Order TP-12345678."])
        #expect(turn.explanation.steps.first == "answered yes")
    }

    @Test func aStateCanTurnTheNoBranchOff() throws {
        var chat = try self.chat(startingWith: "fixed order TP-12345678")
        #expect(chat.state.position == "fixed.still_q")
        let turn = chat.send("TP-87654321")
        #expect(turn.messages.first?.text == "Sorry, I need a yes or a no.")
        #expect(chat.state.slots["order_id"] == .text("TP-12345678"))
        // A no with the value is a plain no: the question is asked.
        #expect(chat.say("no, TP-87654321") == ["What's the order number?"])
    }

    @Test func eachBranchTakesItsOwnSlotAndBothAtOnceIsNeither() throws {
        var first = try self.chat(startingWith: "either question")
        #expect(first.say("TP-12345678") == ["Done."])
        #expect(first.state.slots["order_id"] == .text("TP-12345678"))

        var second = try self.chat(startingWith: "either question")
        #expect(second.say("https://example.com/v/1") == ["Done."])
        #expect(second.state.slots["link"] == .text("https://example.com/v/1"))

        var both = try self.chat(startingWith: "either question")
        let turn = both.send("https://example.com/v/1 or TP-12345678")
        #expect(turn.messages.first?.text == "Sorry, I need a yes or a no.")
        #expect(both.state.position == "either.link_q")
        #expect(both.state.slots["link"] == nil && both.state.slots["order_id"] == nil)
    }
}
