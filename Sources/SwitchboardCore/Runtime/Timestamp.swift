/// A moment in UTC, to the millisecond: when a turn happened, when a handoff is due.
///
/// Timestamps print and parse as ISO 8601 (`2026-11-27T18:16:32Z`, with `.123` when the
/// milliseconds are not zero), without Foundation.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var millisecondsSince1970: Int64

    /// Creates a timestamp from milliseconds since the Unix epoch.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// The timestamp `minutes` later.
    public func adding(minutes: Int) -> Timestamp {
        Timestamp(millisecondsSince1970: self.millisecondsSince1970 + Int64(minutes) * 60_000)
    }

    /// The calendar day, in UTC.
    public var date: CalendarDate {
        CalendarDate(daysSinceEpoch: Int(Self.floorDivide(self.millisecondsSince1970, 86_400_000)))
    }

    /// ISO 8601 in UTC, such as `2026-11-27T18:16:32Z`.
    public var isoString: String {
        let millisecondsOfDay =
            self.millisecondsSince1970 - Self.floorDivide(self.millisecondsSince1970, 86_400_000)
            * 86_400_000
        let seconds = Int(millisecondsOfDay / 1000)
        let milliseconds = Int(millisecondsOfDay % 1000)
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text =
            "\(self.date.isoString)T\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))"
        if milliseconds != 0 { text += ".\(pad(milliseconds, 3))" }
        return text + "Z"
    }

    /// A short form for people: `2026-11-27 18:16 UTC`.
    ///
    /// The time is found after the date rather than at a fixed place, so a year past 9999 (a due
    /// time after a transcript's `given clock 9999-12-31T23:59:59Z`) reads
    /// `10000-01-01 23:59 UTC`, not `10000-01-0 T23:5 UTC`.
    public var displayText: String {
        let day = self.date.isoString
        let time = self.isoString.dropFirst(day.count + 1).prefix(5)
        return "\(day) \(time) UTC"
    }

    /// The ISO form.
    public var description: String { self.isoString }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]Z` (or `+00:00`), or a bare date `YYYY-MM-DD` (midnight UTC).
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 10, let date = CalendarDate(isoBytes: bytes[0..<10]) else {
            return nil
        }
        var milliseconds = Int64(date.daysSinceEpoch) * 86_400_000
        if bytes.count > 10 {
            guard bytes.count >= 16, bytes[10] == 84 || bytes[10] == 32, let hour = number(11..<13),
                bytes[13] == 58,
                let minute = number(14..<16), hour < 24, minute < 60
            else { return nil }
            var index = 16
            var second = 0
            var fraction = 0
            if index < bytes.count, bytes[index] == 58 {
                guard let value = number((index + 1)..<(index + 3)), value < 61 else { return nil }
                second = value
                index += 3
                if index < bytes.count, bytes[index] == 46 {
                    var digits = 0
                    index += 1
                    while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                        if digits < 3 { fraction = fraction * 10 + Int(bytes[index] - 48) }
                        digits += 1
                        index += 1
                    }
                    guard digits > 0 else { return nil }
                    for _ in 0..<max(0, 3 - digits) { fraction *= 10 }
                }
            }
            let rest = String(decoding: bytes[index...], as: UTF8.self)
            guard rest == "Z" || rest == "+00:00" || rest.isEmpty else { return nil }
            milliseconds += Int64(hour * 3_600_000 + minute * 60_000 + second * 1000 + fraction)
        }
        self.init(millisecondsSince1970: milliseconds)
    }

    /// Orders timestamps in time.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }

    /// Encodes as the ISO string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.isoString)
    }

    /// Decodes from an ISO string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timestamp = Timestamp(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not an ISO 8601 UTC time: \(text)")
        }
        self = timestamp
    }

    /// `a / b` rounded down (toward minus infinity), for times before 1970.
    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }
}
