import HeapModule
import SwitchboardCore

/// The action calls sessions wait for, by session, ordered by deadline so the bridge finds
/// the calls that are due without looking at the others.
///
/// The bridge asks before every line whether a call is due and how long it may wait for
/// input. With thousands of sessions waiting for a slow backend, scanning every pending call
/// for that would cost each line time in proportion to the calls; here the earliest deadline
/// is read in constant time and the due calls are taken off a heap.
///
/// The heap is not updated when a call is answered or replaced: its entry stays, is
/// recognised as stale (the session no longer waits for that call at that deadline) and is
/// dropped when it reaches the top. So the top is always a call some session waits for, and
/// when stale entries outnumber live ones the heap is rebuilt from the live calls.
///
/// ```swift
/// var deadlines = ActionDeadlines()
/// deadlines["web-42"] = PendingAction(call: "C1", name: "order_status", deadline: soon)
/// deadlines.earliest  // soon
/// deadlines.removeDue(at: later)  // [("web-42", the call)]
/// ```
struct ActionDeadlines {
    /// One pending call in deadline order; ties (which only stale entries can make) by
    /// session, then call.
    private struct Entry: Comparable {
        var deadline: Timestamp
        var session: String
        var call: String

        static func < (left: Entry, right: Entry) -> Bool {
            (left.deadline, left.session, left.call) < (right.deadline, right.session, right.call)
        }
    }

    /// The call each session waits for.
    private var pending: [String: PendingAction]
    /// Every pending call, and calls since answered, replaced or forgotten whose entries have
    /// not reached the top yet.
    private var queue: Heap<Entry>

    /// Tracks the calls in `pending`.
    init(_ pending: [String: PendingAction] = [:]) {
        self.pending = pending
        self.queue = Heap(
            pending.map { Entry(deadline: $0.value.deadline, session: $0.key, call: $0.value.call) }
        )
    }

    /// The call `session` waits for; setting `nil` forgets it.
    subscript(session: String) -> PendingAction? {
        get { self.pending[session] }
        set {
            guard self.pending[session] != newValue else { return }
            self.pending[session] = newValue
            if let call = newValue {
                self.queue.insert(Entry(deadline: call.deadline, session: session, call: call.call))
            }
            self.tidy()
        }
    }

    /// Whether no session waits for a call.
    var isEmpty: Bool { self.pending.isEmpty }

    /// How many sessions wait for a call.
    var count: Int { self.pending.count }

    /// Entries on the heap, stale ones included (at most twice the pending calls, plus 64,
    /// after any change).
    var queuedEntries: Int { self.queue.count }

    /// The earliest deadline of a pending call.
    var earliest: Timestamp? { self.queue.min?.deadline }

    /// Forgets and returns the calls due at `now` (every pending call when `nil`), earliest
    /// deadline first, ties by session.
    mutating func removeDue(at now: Timestamp?) -> [(session: String, call: PendingAction)] {
        var due: [(session: String, call: PendingAction)] = []
        while let top = self.queue.min, now.map({ top.deadline <= $0 }) ?? true {
            _ = self.queue.popMin()
            guard let call = self.pending[top.session], Self.matches(top, call) else { continue }
            self.pending[top.session] = nil
            due.append((top.session, call))
        }
        self.tidy()
        return due
    }

    /// Whether `entry` is the call `call`, at its deadline.
    private static func matches(_ entry: Entry, _ call: PendingAction) -> Bool {
        entry.call == call.call && entry.deadline == call.deadline
    }

    /// Drops stale entries from the top, and rebuilds the heap when stale entries make up
    /// most of it.
    private mutating func tidy() {
        self.dropStaleTop()
        if self.queue.count > 2 * self.pending.count + 64 { self.rebuild() }
    }

    /// Pops entries until the top is a call its session still waits for.
    private mutating func dropStaleTop() {
        while let top = self.queue.min {
            if let call = self.pending[top.session], Self.matches(top, call) { return }
            _ = self.queue.popMin()
        }
    }

    /// Rebuilds the heap from the live calls alone.
    private mutating func rebuild() {
        self.queue = Heap(
            self.pending.map {
                Entry(deadline: $0.value.deadline, session: $0.key, call: $0.value.call)
            })
    }
}
