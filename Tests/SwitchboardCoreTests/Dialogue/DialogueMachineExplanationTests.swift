import SwitchboardTesting
import Testing

@testable import SwitchboardCore

@Suite struct DialogueMachineExplanationTests {
    static let script = [
        "i want a refund", "TP-12345678", "how do i reset my password", "broken", "yes", "4",
        "when are you open", "mumble", "mumble", "no", "talk to a human",
    ]

    /// Without explanations the bot says and does exactly the same; only the `why` details
    /// are left out.
    @Test func turningExplanationsOffChangesNothingTheUserSees() throws {
        let bot = try DialogueFixture.bot()
        var explained = Conversation(bot: bot)
        var quiet = Conversation(bot: bot)
        quiet.machine.explainsTurns = false
        for text in Self.script {
            let full = explained.send(text)
            let bare = quiet.send(text)
            #expect(bare.actions == full.actions, "\(text)")
            #expect(quiet.state == explained.state)
            #expect(bare.explanation.intent == full.explanation.intent)
            #expect(bare.explanation.stage == full.explanation.stage)
            #expect(bare.explanation.stateAfter == full.explanation.stateAfter)
            #expect(bare.explanation.visited == full.explanation.visited)
            #expect(bare.explanation.candidates.isEmpty && bare.explanation.normalized.isEmpty)
            #expect(bare.explanation.terms.isEmpty && bare.explanation.slotChanges.isEmpty)
        }
        #expect(explained.send("hello").explanation.normalized == "hello")
    }
}
