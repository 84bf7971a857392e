/// When a human queue is staffed, so that SLA due times count only working minutes.
///
/// Times are local to a named time zone (`Europe/Berlin`, read from the system's time zone
/// database, so daylight saving is followed) or to a fixed offset from UTC (`+01:00`).
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
    /// The local time's offset from UTC, in minutes (`+01:00` is 60), when there is no
    /// ``timeZone``.
    public var utcOffsetMinutes: Int
    /// The time zone local times are in; it takes the place of ``utcOffsetMinutes``.
    public var timeZone: TimeZoneRules?
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
        utcOffsetMinutes: Int = 0, timeZone: TimeZoneRules? = nil, days: Set<Weekday>,
        opensAt: Int, closesAt: Int, holidays: Set<CalendarDate> = []
    ) {
        self.utcOffsetMinutes = utcOffsetMinutes
        self.timeZone = timeZone
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
    /// Each day's opening and closing are local wall-clock times, so with a time zone a day
    /// opens at 09:00 local in winter and in summer.
    public func adding(minutes: Int, to start: Timestamp) -> Timestamp {
        let dayLength: Int64 = 86_400_000
        guard !self.days.isEmpty, self.opensAt < self.closesAt else {
            return start.adding(minutes: minutes)
        }
        var remaining = Int64(max(0, minutes)) * 60_000
        var now = start.millisecondsSince1970
        var day = Timestamp.floorDivide(now + self.offset(at: now), dayLength)
        // Each pass moves to the next day; SLAs are at most a year, and holidays are listed,
        // so ten years of days is more than any real calendar needs.
        for _ in 0..<3660 {
            let date = CalendarDate(daysSinceEpoch: Int(day))
            if self.days.contains(Weekday(date)), !self.holidays.contains(date) {
                let midnight = day * dayLength
                let open = self.instant(local: midnight + Int64(self.opensAt) * 60_000)
                let close = self.instant(local: midnight + Int64(self.closesAt) * 60_000)
                if now < open { now = open }
                if now < close {
                    if remaining <= close - now {
                        return Timestamp(millisecondsSince1970: now + remaining)
                    }
                    remaining -= close - now
                    now = close
                }
            }
            day += 1
        }
        return start.adding(minutes: minutes)
    }

    /// The offset from UTC, in milliseconds, at an instant.
    func offset(at instant: Int64) -> Int64 {
        guard let zone = self.timeZone else { return Int64(self.utcOffsetMinutes) * 60_000 }
        return Int64(zone.offsetSeconds(at: Timestamp.floorDivide(instant, 1000))) * 1000
    }

    /// The instant a local wall-clock time (milliseconds, as if local were UTC) happens: the
    /// offset is looked up where the guess lands, then once more, which settles it except in
    /// the hour a clock skips or repeats.
    func instant(local: Int64) -> Int64 {
        let guess = local - self.offset(at: local)
        return local - self.offset(at: guess)
    }
}
