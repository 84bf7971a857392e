/// The rules by which condition values compare, match and count as true.
///
/// Values are `SlotValue?`, where `nil` is null. See ``Condition`` for the rules in words.
enum ConditionSemantics {
    /// Applies a comparator to two values.
    static func compare(
        _ lhs: SlotValue?,
        _ comparator: ConditionComparator,
        _ rhs: SlotValue?
    ) -> Bool {
        switch comparator {
        case .equal:
            return Self.equals(lhs, rhs)
        case .notEqual:
            return !Self.equals(lhs, rhs)
        case .less:
            return Self.order(lhs, rhs).map { $0 < 0 } ?? false
        case .lessOrEqual:
            return Self.order(lhs, rhs).map { $0 <= 0 } ?? false
        case .greater:
            return Self.order(lhs, rhs).map { $0 > 0 } ?? false
        case .greaterOrEqual:
            return Self.order(lhs, rhs).map { $0 >= 0 } ?? false
        case .contains:
            guard case .text(let haystack)? = lhs, case .text(let needle)? = rhs else {
                return false
            }
            return Self.containsIgnoringCase(haystack, needle)
        }
    }

    /// Whether two values are equal: null only to null, text ignoring ASCII case.
    static func equals(_ lhs: SlotValue?, _ rhs: SlotValue?) -> Bool {
        guard let lhs, let rhs else {
            return lhs == nil && rhs == nil
        }
        if let (left, right) = Self.dates(lhs, rhs) {
            return left == right
        }
        if let (left, right) = Self.numbers(lhs, rhs) {
            return left == right
        }
        if let (left, right) = Self.booleans(lhs, rhs) {
            return left == right
        }
        switch (lhs, rhs) {
        case (.text(let left), .text(let right)):
            return Self.foldedBytes(left) == Self.foldedBytes(right)
        case (.bool(let left), .bool(let right)):
            return left == right
        default:
            return false
        }
    }

    /// The order of two values (negative, zero or positive), or `nil` when they have none.
    ///
    /// Null, booleans and mismatched types have no order. Text orders by UTF-8 bytes.
    static func order(_ lhs: SlotValue?, _ rhs: SlotValue?) -> Int? {
        guard let lhs, let rhs else { return nil }
        if let (left, right) = Self.dates(lhs, rhs) {
            return left < right ? -1 : (left == right ? 0 : 1)
        }
        if let (left, right) = Self.numbers(lhs, rhs) {
            if left < right {
                return -1
            }
            if left > right {
                return 1
            }
            return left == right ? 0 : nil
        }
        guard case .text(let left) = lhs, case .text(let right) = rhs else { return nil }
        if left.utf8.elementsEqual(right.utf8) {
            return 0
        }
        return left.utf8.lexicographicallyPrecedes(right.utf8) ? -1 : 1
    }

    /// Whether a value used on its own counts as true.
    ///
    /// True when present and not `false`, not zero (number or money) and not empty text. Text
    /// that reads as a boolean or a number counts as that value (`"false"` and `"0"` are not
    /// truthy), so a context value sent as a string means what the same JSON value would.
    static func isTruthy(_ value: SlotValue?) -> Bool {
        switch value {
        case nil:
            return false
        case .bool(let flag)?:
            return flag
        case .number(let number)?:
            return number != 0
        case .money(let money)?:
            return money.minorUnits != 0
        case .text(let text)?:
            if let flag = Self.parseBoolean(text) { return flag }
            if let number = Self.parseNumber(text) { return number != 0 }
            return !text.isEmpty
        case .date?:
            return true
        }
    }

    /// Two values as dates: two dates, or a date and text in `YYYY-MM-DD` form.
    private static func dates(_ lhs: SlotValue, _ rhs: SlotValue) -> (CalendarDate, CalendarDate)? {
        switch (lhs, rhs) {
        case (.date(let left), .date(let right)):
            return (left, right)
        case (.date(let left), .text(let text)):
            return Self.parseDate(text).map { (left, $0) }
        case (.text(let text), .date(let right)):
            return Self.parseDate(text).map { ($0, right) }
        default:
            return nil
        }
    }

    /// Two values as booleans, when both are booleans or one is and the other is text that
    /// reads as one.
    ///
    /// Text reads as a boolean by ``parseBoolean(_:)``. Two texts are not booleans (they
    /// compare as text).
    private static func booleans(_ lhs: SlotValue, _ rhs: SlotValue) -> (Bool, Bool)? {
        switch (lhs, rhs) {
        case (.bool(let left), .bool(let right)):
            return (left, right)
        case (.bool(let left), .text(let text)):
            return Self.parseBoolean(text).map { (left, $0) }
        case (.text(let text), .bool(let right)):
            return Self.parseBoolean(text).map { ($0, right) }
        default:
            return nil
        }
    }

    /// Text as a boolean when it is `true` or `false` in any ASCII case, spaces around
    /// allowed: how frontends that send every value as a string write booleans.
    static func parseBoolean(_ text: String) -> Bool? {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Self.trimmed(text))
        let folded = Self.foldedBytes(String(view))
        if folded.elementsEqual("true".utf8) { return true }
        if folded.elementsEqual("false".utf8) { return false }
        return nil
    }

    /// Two values as numbers: numbers, money, and text that reads as a number.
    ///
    /// Two texts are not numbers (they compare as text), and money in two different
    /// given currencies does not compare.
    private static func numbers(_ lhs: SlotValue, _ rhs: SlotValue) -> (Double, Double)? {
        switch (lhs, rhs) {
        case (.text, .text):
            return nil
        case (.money(let left), .money(let right)):
            let currencies = (Self.foldedBytes(left.currency), Self.foldedBytes(right.currency))
            guard currencies.0.isEmpty || currencies.1.isEmpty || currencies.0 == currencies.1
            else { return nil }
            return (Self.amount(left), Self.amount(right))
        default:
            guard let left = Self.number(lhs), let right = Self.number(rhs) else { return nil }
            return (left, right)
        }
    }

    /// A value as a number, when it is a number, money, or text that reads as a number.
    private static func number(_ value: SlotValue) -> Double? {
        switch value {
        case .number(let number):
            return number
        case .money(let money):
            return Self.amount(money)
        case .text(let text):
            return Self.parseNumber(text)
        case .date, .bool:
            return nil
        }
    }

    /// Money as a number of whole currency units.
    private static func amount(_ money: Money) -> Double {
        Double(money.minorUnits) / 100
    }

    /// Text as a number when it is a plain decimal: `-?[0-9]+(.[0-9]+)?`, spaces around allowed.
    static func parseNumber(_ text: String) -> Double? {
        let scalars = Self.trimmed(text)
        var index = scalars.startIndex
        if index < scalars.endIndex, scalars[index] == "-" || scalars[index] == "+" {
            index += 1
        }
        let integerStart = index
        while index < scalars.endIndex, ConditionLexer.isDigit(scalars[index]) {
            index += 1
        }
        guard index > integerStart else { return nil }
        if index < scalars.endIndex, scalars[index] == "." {
            index += 1
            let fractionStart = index
            while index < scalars.endIndex, ConditionLexer.isDigit(scalars[index]) {
                index += 1
            }
            guard index > fractionStart else { return nil }
        }
        guard index == scalars.endIndex else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return Double(String(view)).flatMap { $0.isFinite ? $0 : nil }
    }

    /// Text as a date when it is exactly `YYYY-MM-DD` (spaces around allowed) and a real day,
    /// read by ``CalendarDate/init(iso:)``.
    static func parseDate(_ text: String) -> CalendarDate? {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Self.trimmed(text))
        return CalendarDate(iso: String(view))
    }

    /// Whether `haystack` contains `needle`, ignoring ASCII case.
    static func containsIgnoringCase(_ haystack: String, _ needle: String) -> Bool {
        let text = Self.foldedBytes(haystack)
        let part = Self.foldedBytes(needle)
        guard part.count <= text.count else { return false }
        guard !part.isEmpty else { return true }
        for start in 0...(text.count - part.count)
        where text[start..<(start + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }

    /// The UTF-8 bytes of text with ASCII upper case letters folded to lower case.
    private static func foldedBytes(_ text: String) -> [UInt8] {
        text.utf8.map { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
        }
    }

    /// The scalars of text without ASCII spaces, tabs and line breaks at either end.
    private static func trimmed(_ text: String) -> ArraySlice<Unicode.Scalar> {
        let scalars = Array(text.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { [" ", "\t", "\n", "\r"].contains($0) }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return scalars[first...last]
    }
}
