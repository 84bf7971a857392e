/// Checks an extracted slot value must pass.
public struct SlotValidation: Sendable, Hashable {
    /// Smallest number or amount allowed.
    public var min: Double?
    /// Largest number or amount allowed.
    public var max: Double?
    /// Shortest text allowed, in characters.
    public var minLength: Int?
    /// Longest text allowed, in characters.
    public var maxLength: Int?
    /// A pattern the whole text must match.
    public var pattern: CompiledPattern?
    /// The values allowed.
    public var oneOf: [String]?
    /// Dates may not be after today.
    public var notFuture: Bool
    /// Dates may not be before today.
    public var notPast: Bool
    /// Dates may be at most this many days ago.
    public var maxDaysAgo: Int?
    /// Said when a check fails.
    public var message: MessageTemplate?
    /// Where each check is written (`min`, `pattern`, ...), when read from a file, so a check
    /// that cannot apply to the slot's values is reported at its key.
    public var origins: [String: Origin] = [:]

    /// Creates a validation with no checks.
    public init(
        min: Double? = nil, max: Double? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        pattern: CompiledPattern? = nil, oneOf: [String]? = nil, notFuture: Bool = false,
        notPast: Bool = false, maxDaysAgo: Int? = nil, message: MessageTemplate? = nil
    ) {
        self.min = min
        self.max = max
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.oneOf = oneOf
        self.notFuture = notFuture
        self.notPast = notPast
        self.maxDaysAgo = maxDaysAgo
        self.message = message
    }

    /// Whether `value` passes every check, given today's date.
    public func accepts(_ value: SlotValue, today: CalendarDate) -> Bool {
        if let number = value.numericValue, !Self.isDate(value) {
            if let min = self.min, number < min { return false }
            if let max = self.max, number > max { return false }
        }
        if case .date(let date) = value {
            if self.notFuture, date > today { return false }
            if self.notPast, date < today { return false }
            if let days = self.maxDaysAgo, today.daysSinceEpoch - date.daysSinceEpoch > days {
                return false
            }
        }
        let text = value.displayText
        let length = text.count
        if let minLength = self.minLength, length < minLength { return false }
        if let maxLength = self.maxLength, length > maxLength { return false }
        if let pattern = self.pattern, !pattern.matchesWhole(text) { return false }
        if let allowed = self.oneOf,
            !allowed.contains(where: { $0.lowercased() == text.lowercased() })
        {
            return false
        }
        return true
    }

    private static func isDate(_ value: SlotValue) -> Bool {
        if case .date = value { return true }
        return false
    }
}
