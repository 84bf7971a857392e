/// The rule a TZif file's footer gives for times after its last transition, in the POSIX `TZ`
/// form: `CET-1CEST,M3.5.0,M10.5.0/3` (standard name and offset, daylight name, and the rules
/// for when daylight time starts and ends).
///
/// Offsets in the string count west of UTC (`CET-1` is one hour east); ``offsetSeconds(at:)``
/// answers east, as ``TimeZoneRules`` does. Rules are `Mm.w.d` (month, week 1–5 where 5 is the
/// last, weekday 0 = Sunday), `Jn` (day of a 365-day year) or `n` (day from 0), each with an
/// optional `/time` that may be negative or past 24 hours (RFC 8536).
struct PosixTimeZoneRule: Sendable, Hashable {
    /// When in the year daylight time starts or ends.
    enum Day: Sendable, Hashable {
        /// Day `week` (5: the last) of weekday `weekday` (0: Sunday) in `month`.
        case monthWeekDay(month: Int, week: Int, weekday: Int)
        /// Day 1–365, February 29 never counted.
        case julianNoLeap(Int)
        /// Day 0–365, February 29 counted.
        case julian(Int)
    }

    /// A wall-clock moment of the year: a day and seconds after its midnight.
    struct Moment: Sendable, Hashable {
        var day: Day
        var seconds: Int
    }

    /// Daylight time: its offset, seconds east of UTC, and when it starts and ends.
    struct Daylight: Sendable, Hashable {
        var offset: Int
        var start: Moment
        var end: Moment
    }

    /// Standard time's offset, seconds east of UTC.
    let standardOffset: Int
    /// Daylight time, when the zone has it.
    let daylight: Daylight?

    /// Parses a `TZ` string; `nil` when it is not one this reads.
    init?(_ text: String) {
        var scanner = Scanner(bytes: Array(text.utf8))
        guard scanner.name(), let standard = scanner.offset() else { return nil }
        self.standardOffset = -standard
        if scanner.atEnd {
            self.daylight = nil
            return
        }
        guard scanner.name() else { return nil }
        var daylightOffset = self.standardOffset + 3600
        if !scanner.peek(UInt8(ascii: ",")) {
            guard let offset = scanner.offset() else { return nil }
            daylightOffset = -offset
        }
        guard scanner.take(UInt8(ascii: ",")), let start = scanner.transition(),
            scanner.take(UInt8(ascii: ",")), let end = scanner.transition(), scanner.atEnd
        else { return nil }
        self.daylight = Daylight(offset: daylightOffset, start: start, end: end)
    }

    /// The offset, seconds east of UTC, at an instant (seconds since 1970).
    func offsetSeconds(at seconds: Int64) -> Int {
        guard let daylight = self.daylight else { return self.standardOffset }
        let year = CalendarDate(
            daysSinceEpoch: Int(Timestamp.floorDivide(seconds + Int64(self.standardOffset), 86_400))
        ).year
        // Daylight time starts at a standard-time wall clock and ends at a daylight one.
        let start =
            Self.localSeconds(daylight.start, year: year) - Int64(self.standardOffset)
        let end = Self.localSeconds(daylight.end, year: year) - Int64(daylight.offset)
        let inDaylight =
            start < end ? (seconds >= start && seconds < end) : !(seconds >= end && seconds < start)
        return inDaylight ? daylight.offset : self.standardOffset
    }

    /// Seconds since 1970 of a rule's wall-clock moment in `year`, as if the wall clock were UTC.
    static func localSeconds(_ moment: Moment, year: Int) -> Int64 {
        let days: Int
        switch moment.day {
        case .monthWeekDay(let month, let week, let weekday):
            let first = CalendarDate(year: year, month: month, day: 1)?.daysSinceEpoch ?? 0
            // POSIX counts weekdays from Sunday (0).
            let firstWeekday = (CalendarDate(daysSinceEpoch: first).weekdayFromMonday + 1) % 7
            var day = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let length = CalendarDate.daysIn(month: month, year: year)
            while day - first >= length { day -= 7 }
            days = day
        case .julianNoLeap(let number):
            let january = CalendarDate(year: year, month: 1, day: 1)?.daysSinceEpoch ?? 0
            let isLeap = CalendarDate.daysIn(month: 2, year: year) == 29
            days = january + number - 1 + (isLeap && number >= 60 ? 1 : 0)
        case .julian(let number):
            days = (CalendarDate(year: year, month: 1, day: 1)?.daysSinceEpoch ?? 0) + number
        }
        return Int64(days) * 86_400 + Int64(moment.seconds)
    }
}

/// Reads the parts of a `TZ` string.
private struct Scanner {
    let bytes: [UInt8]
    var position = 0

    var atEnd: Bool { self.position >= self.bytes.count }

    func peek(_ byte: UInt8) -> Bool {
        self.position < self.bytes.count && self.bytes[self.position] == byte
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard self.peek(byte) else { return false }
        self.position += 1
        return true
    }

    /// A zone abbreviation: three or more letters, or anything in `<…>`.
    mutating func name() -> Bool {
        if self.take(UInt8(ascii: "<")) {
            while !self.atEnd, !self.peek(UInt8(ascii: ">")) { self.position += 1 }
            return self.take(UInt8(ascii: ">"))
        }
        let start = self.position
        while !self.atEnd, ASCIIByte.isLetter(self.bytes[self.position]) { self.position += 1 }
        return self.position - start >= 3
    }

    /// An unsigned number of at most `limit`.
    mutating func number(upTo limit: Int) -> Int? {
        var value = 0
        var digits = 0
        while !self.atEnd, ASCIIByte.isDigit(self.bytes[self.position]), digits < 4 {
            value = value * 10 + Int(self.bytes[self.position] - UInt8(ascii: "0"))
            self.position += 1
            digits += 1
        }
        return digits > 0 && value <= limit ? value : nil
    }

    /// `[+-]hh[:mm[:ss]]` in seconds, `hours` at most `maxHours`.
    mutating func offset(maxHours: Int = 24) -> Int? {
        var sign = 1
        if self.take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            _ = self.take(UInt8(ascii: "+"))
        }
        guard let hours = self.number(upTo: maxHours) else { return nil }
        var seconds = hours * 3600
        if self.take(UInt8(ascii: ":")) {
            guard let minutes = self.number(upTo: 59) else { return nil }
            seconds += minutes * 60
            if self.take(UInt8(ascii: ":")) {
                guard let rest = self.number(upTo: 59) else { return nil }
                seconds += rest
            }
        }
        return sign * seconds
    }

    /// A rule's day and optional `/time` (default 02:00).
    mutating func transition() -> PosixTimeZoneRule.Moment? {
        let day: PosixTimeZoneRule.Day
        if self.take(UInt8(ascii: "M")) {
            guard let month = self.number(upTo: 12), month >= 1, self.take(UInt8(ascii: ".")),
                let week = self.number(upTo: 5), week >= 1, self.take(UInt8(ascii: ".")),
                let weekday = self.number(upTo: 6)
            else { return nil }
            day = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else if self.take(UInt8(ascii: "J")) {
            guard let number = self.number(upTo: 365), number >= 1 else { return nil }
            day = .julianNoLeap(number)
        } else {
            guard let number = self.number(upTo: 365) else { return nil }
            day = .julian(number)
        }
        var time = 7200
        if self.take(UInt8(ascii: "/")) {
            guard let seconds = self.offset(maxHours: 167) else { return nil }
            time = seconds
        }
        return PosixTimeZoneRule.Moment(day: day, seconds: time)
    }
}
