extension CalendarDate: Codable {
    private enum CodingKeys: String, CodingKey {
        case year, month, day
    }

    /// The years a decoded date may have: far beyond any conversation's dates, and far enough
    /// from `Int`'s limits that counting days never overflows.
    static let decodableYears = -1_000_000...1_000_000

    /// Decodes `{"year","month","day"}`, refusing parts that name no real day (`2026-02-30`,
    /// month 13) or a year outside ``decodableYears``, which a saved state file may hold when
    /// damaged or edited by hand.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a day that does not exist.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let year = try container.decode(Int.self, forKey: .year)
        let month = try container.decode(Int.self, forKey: .month)
        let day = try container.decode(Int.self, forKey: .day)
        guard Self.decodableYears.contains(year),
            let date = CalendarDate(year: year, month: month, day: day)
        else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath,
                    debugDescription: "\(year)-\(month)-\(day) is not a day of the calendar"))
        }
        self = date
    }

    /// Encodes as `{"year","month","day"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.year, forKey: .year)
        try container.encode(self.month, forKey: .month)
        try container.encode(self.day, forKey: .day)
    }
}
