/// A day in the proleptic Gregorian calendar, with no time zone.
public struct CalendarDate: Sendable, Hashable, Comparable {
    /// The year, such as 2026.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// Creates a date from its parts, or `nil` when the parts name no real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a date written exactly `YYYY-MM-DD` (ASCII digits, no spaces) that names a real
    /// day, or returns `nil`.
    ///
    /// This is the engine's one strict reader of written dates: conditions, action results,
    /// holidays, transcripts, timestamps and saved state all read dates through it.
    ///
    /// ```swift
    /// CalendarDate(iso: "2026-11-27")  // 27 November 2026
    /// CalendarDate(iso: "2026-2-30")   // nil
    /// ```
    public init?(iso text: some StringProtocol) {
        self.init(isoBytes: text.utf8)
    }

    /// Reads a date from exactly the 10 bytes `YYYY-MM-DD`; see ``init(iso:)``.
    init?(isoBytes bytes: some Collection<UInt8>) {
        guard bytes.count == 10 else { return nil }
        var fields = [0, 0, 0]
        var field = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                field += 1
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        self.init(year: fields[0], month: fields[1], day: fields[2])
    }

    /// Creates the date that lies `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = self.month <= 2 ? self.year - 1 : self.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = self.month > 2 ? self.month - 3 : self.month + 9
        let doy = (153 * mp + 2) / 5 + self.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day of the week, Monday = 0 to Sunday = 6.
    public var weekdayFromMonday: Int {
        // 1970-01-01 was a Thursday.
        ((self.daysSinceEpoch % 7) + 7 + 3) % 7
    }

    /// The date as `YYYY-MM-DD`.
    public var isoString: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(self.year, 4))-\(pad(self.month, 2))-\(pad(self.day, 2))"
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: self.daysSinceEpoch + days)
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return isLeap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// Compares two dates by their order in time.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
