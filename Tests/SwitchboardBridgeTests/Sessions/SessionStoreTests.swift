import SwitchboardBridge
import SwitchboardCore
import Testing

@Suite struct SessionStoreTests {
    private let start = Timestamp(millisecondsSince1970: 1_795_773_600_000)

    private func at(minutes: Int) -> Timestamp { self.start.adding(minutes: minutes) }

    private func state(_ session: String, turn: Int = 1) -> ConversationState {
        var state = ConversationState(session: session)
        state.turn = turn
        state.history = [HistoryEntry(speaker: .bot, text: "Hello from the fixture bot.")]
        return state
    }

    @Test func sessionsAreStoredReplacedAndRemoved() throws {
        var store = SessionStore(idleMinutes: nil)
        try store.save(self.state("a"), at: self.start)
        try store.save(self.state("b"), at: self.start)
        try store.save(self.state("a", turn: 2), at: self.start)
        #expect(store.count == 2)
        #expect(store.state(of: "a") == self.state("a", turn: 2))
        #expect(store.state(of: "c") == nil)
        #expect(try store.remove("a"))
        #expect(try !store.remove("a"))
        #expect(store.state(of: "a") == nil)
        #expect(store.contains("b") && store.count == 1)
        try store.save(self.state("c"), at: self.start)
        #expect(store.count == 2)
    }

    @Test func idleSessionsExpireOldestFirstAndActivityKeepsThemAlive() throws {
        let persistence = InMemorySessionPersistence()
        var store = SessionStore(idleMinutes: 30, persistence: persistence)
        try store.save(self.state("a"), at: self.at(minutes: 0))
        try store.save(self.state("b"), at: self.at(minutes: 10))
        try store.save(self.state("c"), at: self.at(minutes: 20))
        try store.save(self.state("a", turn: 2), at: self.at(minutes: 25))
        #expect(store.expireIdle(at: self.at(minutes: 39)).expired.isEmpty)
        #expect(store.expireIdle(at: self.at(minutes: 50)).expired == ["b", "c"])
        #expect(store.count == 1 && store.contains("a"))
        #expect(Set(persistence.sessions.keys) == ["a"])
        #expect(store.expireIdle(at: self.at(minutes: 55)).expired == ["a"])
        #expect(store.count == 0 && persistence.sessions.isEmpty)
    }

    @Test func zeroMinutesMeansNever() throws {
        var store = SessionStore(idleMinutes: 0)
        #expect(store.idleMinutes == nil)
        try store.save(self.state("a"), at: self.start)
        #expect(store.expireIdle(at: self.at(minutes: 1_000_000)).expired.isEmpty)
    }

    /// An idle limit longer than the clock can count (`--idle-minutes` is any Int) expires
    /// nothing; it used to trap on arithmetic overflow at the first request.
    @Test(arguments: [Int.max, Int.max / 60_000, Int.max / 60_000 + 1])
    func aHugeIdleLimitExpiresNothing(minutes: Int) throws {
        let persistence = InMemorySessionPersistence()
        var store = SessionStore(idleMinutes: minutes, persistence: persistence)
        try store.save(self.state("a"), at: self.start)
        #expect(store.expireIdle(at: self.at(minutes: 1_000_000)).expired.isEmpty)
        #expect(store.expireIdleStates(at: self.at(minutes: 1_000_000)).expired.isEmpty)
        var resumed = SessionStore(idleMinutes: minutes, persistence: persistence)
        #expect(try resumed.resume(at: self.at(minutes: 1_000_000)).resumed == 1)
    }

    @Test func aNewStoreResumesWhatTheOldOneSaved() throws {
        let persistence = InMemorySessionPersistence()
        var store = SessionStore(idleMinutes: 30, persistence: persistence)
        for index in 0..<50 {
            try store.save(self.state("s\(index)", turn: index), at: self.at(minutes: index))
        }
        try store.remove("s49")
        var restarted = SessionStore(idleMinutes: 30, persistence: persistence)
        let resumed = try restarted.resume(at: self.at(minutes: 60))
        // s0 to s30 were idle for 30 minutes or more by then: dropped, and deleted.
        #expect(resumed.resumed == 18 && resumed.problems.isEmpty)
        #expect(restarted.state(of: "s31") == self.state("s31", turn: 31))
        #expect(restarted.state(of: "s30") == nil)
        #expect(persistence.sessions.count == 18)
        #expect(restarted.expireIdle(at: self.at(minutes: 62)).expired == ["s31", "s32"])
    }

    @Test func aFailedSaveKeepsTheStateInMemory() throws {
        let persistence = InMemorySessionPersistence()
        var store = SessionStore(idleMinutes: nil, persistence: persistence)
        persistence.failSaves(with: SessionPersistenceError(path: "state", reason: "disk full"))
        #expect(throws: SessionPersistenceError.self) {
            try store.save(self.state("a"), at: self.start)
        }
        #expect(store.state(of: "a") == self.state("a"))
    }
}
