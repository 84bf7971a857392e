/// A source of the current time, injected so that conversations replay identically.
///
/// Swift's `Clock` protocol measures intervals; the engine also needs calendar time (for SLA
/// due times and relative dates like "yesterday"), so it takes a `WallClock` instead.
public protocol WallClock: Sendable {
    /// The current time.
    func now() -> Timestamp
}
