import SwitchboardCore
import Testing

@testable import SwitchboardBridge

@Suite struct CompactStateTests {
    /// A state with every field set.
    static var richState: ConversationState {
        var state = ConversationState(
            session: "web-42", user: "u-1001",
            context: [
                "plan": .text("plus"), "age": .number(31.5), "beta": .bool(true),
                "signup": .date(CalendarDate(daysSinceEpoch: 20_000)),
                "credit": .money(Money(minorUnits: -499, currency: "USD")),
            ])
        state.slots = [
            "order_id": .text("TP-12345678"),
            "amount": .money(Money(minorUnits: 499, currency: "EUR")),
        ]
        var frame = FlowFrame(
            flow: "refund", state: "ask_reason", returnTo: "done", isDigression: true)
        frame.attempts = 2
        frame.answered = [
            AnsweredQuestion(state: "ask_order", slot: "order_id"),
            AnsweredQuestion(state: "takeover_q"),
        ]
        state.stack = [FlowFrame(flow: "account", state: "ask_email"), frame]
        state.pending = .choice(["refund_request", "unknown_charge"])
        state.consecutiveFallbacks = 1
        state.variantUses = ["greeting": 1, "intent.refund_request": 3]
        state.articlesTried = ["refund-timelines", "payment-methods"]
        state.lastIntent = "refund_request"
        state.pendingAction = PendingAction(
            call: "C7-ABCDEFGH", name: "order_status",
            deadline: Timestamp(millisecondsSince1970: 1_795_773_605_000))
        state.turn = 7
        state.isEnded = true
        state.handoff = OpenHandoff(
            ticket: "TKT-7Q2M9XKD", queue: "payments",
            due: Timestamp(millisecondsSince1970: 1_795_773_600_123),
            priority: .high, position: "refund.handoff")
        state.history = [
            HistoryEntry(speaker: .bot, text: "Hi, I'm the assistant. What can I do for you?"),
            HistoryEntry(speaker: .user, text: "I want a refund 💸"),
            HistoryEntry(speaker: .bot, text: "What's the order number?"),
            HistoryEntry(speaker: .user, text: "me@example.com", isSensitive: true),
            HistoryEntry(speaker: .bot, text: ""),
        ]
        return state
    }

    @Test func everyFieldSurvivesPacking() {
        var pool = StringPool()
        let state = Self.richState
        let packed = CompactState(state, pool: &pool)
        #expect(packed.session == "web-42")
        #expect(packed.expanded(pool: pool) == state)
        #expect(
            CompactState(ConversationState(session: "new"), pool: &pool).expanded(pool: pool)
                == ConversationState(session: "new"))
        for pending in [
            PendingQuestion.offerHuman, .csat, nil,
            .articleFeedback(article: "refund-policy", next: "refund-timing"),
            .articleFeedback(article: "refund-policy", next: nil),
        ] {
            var other = state
            other.pending = pending
            other.handoff = nil
            other.user = nil
            #expect(CompactState(other, pool: &pool).expanded(pool: pool) == other)
        }
    }

    @Test func theBotsLinesAreSharedNotCopied() {
        var pool = StringPool()
        var state = Self.richState
        let first = CompactState(state, pool: &pool)
        let interned = pool.count
        state.session = "web-43"
        let second = CompactState(state, pool: &pool)
        #expect(pool.count == interned)
        #expect(second.byteCount == first.byteCount)
        // The user's lines stay inline; the bot's are a byte or two each.
        let text = state.history.map(\.text.utf8.count).reduce(0, +)
        #expect(first.byteCount < 200)
        #expect(CompactState(state, pool: &pool).byteCount == second.byteCount)
        var unpooled = StringPool(maximumCount: 0)
        #expect(CompactState(state, pool: &unpooled).byteCount > first.byteCount + text / 2)
    }

    @Test func aFullPoolKeepsStringsInline() {
        var empty = StringPool(maximumCount: 0)
        let state = Self.richState
        let packed = CompactState(state, pool: &empty)
        #expect(empty.count == 0)
        #expect(packed.expanded(pool: empty) == state)

        var tiny = StringPool(maximumCount: 1_000, maximumBytes: 10)
        let partly = CompactState(state, pool: &tiny)
        #expect(tiny.count > 0)
        #expect(partly.expanded(pool: tiny) == state)
    }

    @Test func stateFromAnotherPoolIsRefused() {
        var pool = StringPool()
        let packed = CompactState(Self.richState, pool: &pool)
        #expect(packed.expanded(pool: StringPool()) == nil)
    }
}
