/// When a human queue is staffed, so that SLA due times count only working minutes.
///
/// Times are local to a fixed offset from UTC (`+01:00`); daylight-saving changes are not
/// followed, so a team that changes offset twice a year writes the offset it wants counted.
/// A day is open from `opensAt` to `closesAt` on the listed weekdays, except on holidays.
///
/// ```swift
/// let hours = BusinessHours(
///     utcOffsetMinutes: 60, days: [.monday, .tuesday, .wednesday, .thursday, .friday],
///     opensAt: 9 * 60, closesAt: 17 * 60)
/// // Friday 16:00 local plus 120 business minutes is Monday 10:00 local.
/// let due = hours.adding(minutes: 120, to: handedOffAt)
/// ```
public struct BusinessHours: Sendable, Hashable {
    /// The local time's offset from UTC, in minutes (`+01:00` is 60).
    public var utcOffsetMinutes: Int
    /// The weekdays the team works.
    public var days: Set<Weekday>
    /// When a working day starts, in minutes after local midnight.
    public var opensAt: Int
    /// When a working day ends, in minutes after local midnight (up to 1440).
    public var closesAt: Int
    /// Local dates on which the team does not work.
    public var holidays: Set<CalendarDate>

    /// Creates business hours; `opensAt` must come before `closesAt`.
    public init(
        utcOffsetMinutes: Int, days: Set<Weekday>, opensAt: Int, closesAt: Int,
        holidays: Set<CalendarDate> = []
    ) {
        self.utcOffsetMinutes = utcOffsetMinutes
        self.days = days
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.holidays = holidays
    }

    /// The moment `minutes` working minutes after `start`.
    ///
    /// Time outside the hours does not count: a case handed off at night is due the given
    /// minutes after the next opening. With no working day at all (no days, or an empty
    /// window), working minutes never pass, and the result falls back to calendar minutes.
    public func adding(minutes: Int, to start: Timestamp) -> Timestamp {
        let dayLength: Int64 = 86_400_000
        let offset = Int64(self.utcOffsetMinutes) * 60_000
        var remaining = Int64(max(0, minutes)) * 60_000
        var local = start.millisecondsSince1970 + offset
        guard !self.days.isEmpty, self.opensAt < self.closesAt else {
            return start.adding(minutes: minutes)
        }
        // Each pass moves to the next day; SLAs are at most a year, and holidays are listed,
        // so ten years of days is more than any real calendar needs.
        for _ in 0..<3660 {
            let day = Self.floorDivide(local, dayLength)
            let date = CalendarDate(daysSinceEpoch: Int(day))
            let midnight = day * dayLength
            if self.days.contains(Weekday(date)), !self.holidays.contains(date) {
                let open = midnight + Int64(self.opensAt) * 60_000
                let close = midnight + Int64(self.closesAt) * 60_000
                if local < open { local = open }
                if local < close {
                    if remaining <= close - local {
                        return Timestamp(millisecondsSince1970: local + remaining - offset)
                    }
                    remaining -= close - local
                }
            }
            local = midnight + dayLength
        }
        return start.adding(minutes: minutes)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }
}
