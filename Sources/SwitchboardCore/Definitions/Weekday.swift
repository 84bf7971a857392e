/// A day of the week, as business hours name it (`"mon"` … `"sun"`).
public enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Monday.
    case monday = "mon"
    /// Tuesday.
    case tuesday = "tue"
    /// Wednesday.
    case wednesday = "wed"
    /// Thursday.
    case thursday = "thu"
    /// Friday.
    case friday = "fri"
    /// Saturday.
    case saturday = "sat"
    /// Sunday.
    case sunday = "sun"

    /// The day of the week of a calendar date.
    public init(_ date: CalendarDate) {
        self = Self.allCases[date.weekdayFromMonday]
    }

    /// Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        (Self.allCases.firstIndex(of: lhs) ?? 0) < (Self.allCases.firstIndex(of: rhs) ?? 0)
    }
}
