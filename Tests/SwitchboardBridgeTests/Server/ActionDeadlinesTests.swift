import SwitchboardCore
import Testing

@testable import SwitchboardBridge

@Suite struct ActionDeadlinesTests {
    static func call(_ id: String, at milliseconds: Int64) -> PendingAction {
        PendingAction(
            call: id, name: "order_status",
            deadline: Timestamp(millisecondsSince1970: milliseconds))
    }

    static func time(_ milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSince1970: milliseconds)
    }

    @Test func dueCallsComeOffEarliestFirstAndLaterOnesStay() {
        var deadlines = ActionDeadlines()
        deadlines["b"] = Self.call("B", at: 300)
        deadlines["a"] = Self.call("A", at: 300)
        deadlines["c"] = Self.call("C", at: 100)
        deadlines["d"] = Self.call("D", at: 900)
        #expect(deadlines.earliest == Self.time(100))

        let due = deadlines.removeDue(at: Self.time(300))
        #expect(due.map(\.session) == ["c", "a", "b"])
        #expect(due.map(\.call.call) == ["C", "A", "B"])
        #expect(deadlines.count == 1)
        #expect(deadlines["a"] == nil)
        #expect(deadlines.earliest == Self.time(900))
        #expect(deadlines.removeDue(at: Self.time(899)).isEmpty)
        #expect(deadlines.removeDue(at: nil).map(\.session) == ["d"])
        #expect(deadlines.isEmpty)
        #expect(deadlines.earliest == nil)
    }

    @Test func anAnsweredOrReplacedCallNeverFires() {
        var deadlines = ActionDeadlines()
        deadlines["a"] = Self.call("A1", at: 100)
        deadlines["b"] = Self.call("B", at: 200)
        deadlines["a"] = Self.call("A2", at: 500)
        #expect(deadlines.earliest == Self.time(200))
        deadlines["b"] = nil
        #expect(deadlines.earliest == Self.time(500))

        #expect(deadlines.removeDue(at: Self.time(400)).isEmpty)
        let due = deadlines.removeDue(at: Self.time(500))
        #expect(due.map(\.call.call) == ["A2"])
        #expect(deadlines.isEmpty)
    }

    @Test func theSameCallForgottenAndPendingAgainFiresOnce() {
        var deadlines = ActionDeadlines()
        deadlines["a"] = Self.call("A", at: 100)
        deadlines["z"] = Self.call("Z", at: 50)
        deadlines["a"] = nil
        deadlines["a"] = Self.call("A", at: 100)
        #expect(deadlines.removeDue(at: nil).map(\.session) == ["z", "a"])
    }

    @Test func resumedCallsAreTracked() {
        var deadlines = ActionDeadlines(["x": Self.call("X", at: 70), "y": Self.call("Y", at: 20)])
        #expect(deadlines.earliest == Self.time(20))
        #expect(deadlines.removeDue(at: Self.time(70)).map(\.session) == ["y", "x"])
    }

    /// Random sets, clears and removals against a plain dictionary: the earliest deadline and
    /// the due calls (in deadline, then session, order) always agree, and stale entries never
    /// pile up past the rebuild bound.
    @Test func agreesWithScanningEveryCall() {
        var random = SplitMix64(seed: 11)
        var deadlines = ActionDeadlines()
        var model: [String: PendingAction] = [:]
        var now: Int64 = 0
        var calls = 0
        for step in 0..<20_000 {
            let session = "s\(random.next() % 300)"
            switch random.next() % 10 {
            case 0..<5:
                calls += 1
                let call = Self.call("C\(calls)", at: now + Int64(random.next() % 400))
                deadlines[session] = call
                model[session] = call
            case 5..<8:
                deadlines[session] = nil
                model[session] = nil
            default:
                now += Int64(random.next() % 120)
                let at: Timestamp? = step % 997 == 0 ? nil : Self.time(now)
                let expected =
                    model
                    .filter { entry in at.map { entry.value.deadline <= $0 } ?? true }
                    .sorted { ($0.value.deadline, $0.key) < ($1.value.deadline, $1.key) }
                let due = deadlines.removeDue(at: at)
                #expect(due.map(\.session) == expected.map(\.key))
                #expect(due.map(\.call) == expected.map(\.value))
                for (session, _) in expected { model[session] = nil }
            }
            #expect(deadlines.count == model.count)
            #expect(deadlines.earliest == model.values.map(\.deadline).min())
            #expect(deadlines.queuedEntries <= 2 * model.count + 64)
        }
    }
}
