internal import Synchronization

/// A clock that moves only when told to, for tests and transcript replay.
public final class ManualClock: WallClock {
    private let current: Mutex<Timestamp>

    /// Creates a clock stopped at `time`.
    public init(_ time: Timestamp) {
        self.current = Mutex(time)
    }

    /// The time the clock is set to.
    public func now() -> Timestamp {
        self.current.withLock { $0 }
    }

    /// Sets the clock.
    public func set(_ time: Timestamp) {
        self.current.withLock { $0 = time }
    }

    /// Moves the clock forward.
    public func advance(minutes: Int = 0, seconds: Int = 0) {
        self.current.withLock {
            $0 = Timestamp(
                millisecondsSince1970: $0.millisecondsSince1970 + Int64(minutes * 60 + seconds)
                    * 1000)
        }
    }
}
