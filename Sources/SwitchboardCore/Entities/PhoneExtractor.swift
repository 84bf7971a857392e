/// Finds telephone numbers and gives their digits, with a leading `+` when one was typed.
///
/// International (`+44 20 7946 0958`, `+1 (555) 123-4567`, `+44 (0)20 7946 0958`, which
/// drops the bracketed trunk zero) and national formats (`(555) 123-4567`, `555-123-4567`,
/// `555.123.4567`, `07700 900123`, `06 12 34 56 78`, and a slash after the area code as in
/// Germany and Austria, `030/1234567`, `0664/123 45 67`) are read; a number has 7 to 15
/// digits.
///
/// Plenty of other digits look like phone numbers, so the scanner is strict outside
/// `+` numbers: dates, amounts, times, IP addresses, thousands (`1 234 567`), digits glued
/// to letters or `#` (order ids), payment card numbers and IBANs are not phones. A run of
/// digits with no separator counts only when it starts with a trunk `0` (10 or 11 digits)
/// or is a North American number (10 digits, or 11 starting with 1).
public struct PhoneExtractor: EntityExtractor {
    /// Creates a phone number extractor.
    public init() {}

    /// Returns the phone numbers in `text`, in order of appearance.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let bytes = Array(text.utf8)
        return Self.scan(bytes).map { found in
            EntityMatch(value: .text(found.number), range: found.range, in: bytes)
        }
    }

    /// The phone numbers in `bytes`, in order: their byte ranges and normalised numbers.
    static func scan(_ bytes: [UInt8]) -> [(range: Range<Int>, number: String)] {
        let taken = DisjointRanges(
            PaymentCardScanner.scan(bytes) + IBANScanner.scan(bytes) + EmailExtractor.scan(bytes))
        var found: [(range: Range<Int>, number: String)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard ASCIIByte.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")
            else {
                index += 1
                continue
            }
            guard let layout = PhoneLayout(bytes, at: index) else {
                index += 1
                continue
            }
            if self.startsCleanly(bytes, index),
                let count = self.longestPhone(bytes, layout, taken: taken)
            {
                let range = index..<layout.ends[count - 1]
                found.append((range, layout.number(bytes, groups: count)))
                index = range.upperBound
            } else if layout.runs.count > 8 || self.isThousands(bytes, layout, layout.runs.count) {
                // `1 234 567 890` is one number, and so is a long run of groups: do not
                // look for a phone in their tails (this also keeps the scan linear).
                index = layout.ends[layout.runs.count - 1]
            } else {
                index = layout.ends[0]
            }
        }
        return found
    }

    /// Whether a phone number may start at `index`.
    ///
    /// It may not start inside a word, an identifier or another number, nor after a
    /// currency sign; a colon after a word is fine (`tel:`).
    private static func startsCleanly(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        if before == UInt8(ascii: ":") {
            return index < 2 || !ASCIIByte.isDigit(bytes[index - 2])
        }
        if ASCIIByte.isAlphanumeric(before) || Array("_.,/-#$@%&=+*".utf8).contains(before) {
            return false
        }
        return !CurrencyTable.endsCurrencySign(bytes, before: index)
    }

    /// The number of leading groups of `layout` forming the longest valid phone number.
    ///
    /// Trailing groups are dropped only where a space (`call 555 123 4567 2 times`,
    /// `07298 311022 27.11.2026`) or a slash comes before them, since a slash joins a phone
    /// number only after its area code: `0151 4111 12/03/2026` is a phone number and a date.
    private static func longestPhone(
        _ bytes: [UInt8], _ layout: PhoneLayout, taken: DisjointRanges
    ) -> Int? {
        let total = layout.runs.count
        guard total <= 8 else { return nil }
        for count in stride(from: total, through: 1, by: -1) {
            guard
                count == total
                    || [UInt8(ascii: " "), UInt8(ascii: "/")].contains(layout.separators[count - 1])
            else { continue }
            if self.isPhone(bytes, layout, count, taken: taken) { return count }
        }
        return nil
    }

    /// Whether the first `count` groups of `layout` form a phone number.
    private static func isPhone(
        _ bytes: [UInt8], _ layout: PhoneLayout, _ count: Int, taken: DisjointRanges
    ) -> Bool {
        let end = layout.ends[count - 1]
        let range = layout.start..<end
        guard DigitGroups.endsCleanly(bytes, end), !taken.overlaps(range)
        else { return false }
        let widths = layout.runs[..<count].map(\.count)
        let total = layout.digitCount(groups: count)
        guard (7...15).contains(total), widths.allSatisfy({ $0 <= 12 }) else { return false }
        let first = layout.runs[0]
        let leadingZeros = bytes[first].prefix(2).prefix { $0 == UInt8(ascii: "0") }.count
        if layout.separators[..<(count - 1)].contains(UInt8(ascii: "/")),
            !self.isSlashedAreaCode(layout, widths, leadingZeros: leadingZeros)
        {
            return false
        }
        if layout.plus {
            return count == 1 || widths[0] <= 4 || layout.parenthesized == 0
        }
        if count == 1 {
            return layout.parenthesized == nil && self.isPlainRun(bytes, first)
        }
        let separators = Array(layout.separators[..<(count - 1)])
        let later = separators.dropFirst()
        let dot = UInt8(ascii: ".")
        guard total <= (leadingZeros == 2 ? 15 : 12), widths[0] <= 5,
            widths.dropFirst().allSatisfy({ (2...8).contains($0) }),
            later.allSatisfy({ $0 == later.first }),
            !separators.contains(dot) || (separators.allSatisfy { $0 == dot } && count >= 3)
        else { return false }
        if count == 2 {
            return leadingZeros > 0 || layout.parenthesized == 0
                || (widths == [3, 4] && separators[0] != dot)
        }
        return !self.looksLikeOtherNumber(bytes, layout, widths, separators)
    }

    /// Whether the groups' only slash follows a national area code.
    ///
    /// As in `030/1234567` or `0151/12345678`: the trunk zero and two to four digits, then at
    /// least five digits. Dates (`27/11/2026`), fractions and numbers of a year (`030/2026`)
    /// are no phones.
    private static func isSlashedAreaCode(
        _ layout: PhoneLayout, _ widths: [Int], leadingZeros: Int
    ) -> Bool {
        let slash = UInt8(ascii: "/")
        let separators = layout.separators[..<(widths.count - 1)]
        return !layout.plus && layout.parenthesized == nil && leadingZeros == 1
            && separators.first == slash && !separators.dropFirst().contains(slash)
            && (3...5).contains(widths[0]) && widths.dropFirst().reduce(0, +) >= 5
    }

    /// Whether grouped digits read better as a date, an IP address, a large amount or
    /// blocks of four like an account or serial number.
    private static func looksLikeOtherNumber(
        _ bytes: [UInt8], _ layout: PhoneLayout, _ widths: [Int], _ separators: [UInt8]
    ) -> Bool {
        if widths.allSatisfy({ $0 == 4 }), bytes[layout.runs[0].lowerBound] != UInt8(ascii: "0") {
            return true
        }
        if widths.count == 3, layout.parenthesized == nil {
            if widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 { return true }
            if widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 { return true }
        }
        if widths.count == 4, separators.allSatisfy({ $0 == UInt8(ascii: ".") }),
            widths.allSatisfy({ $0 <= 3 })
        {
            return true
        }
        return widths[0] <= 2 && self.isThousands(bytes, layout, widths.count)
    }

    /// Whether the first `count` groups are written like thousands: a head of one to
    /// three digits not starting with 0, then groups of three, all joined the same way.
    private static func isThousands(_ bytes: [UInt8], _ layout: PhoneLayout, _ count: Int) -> Bool {
        let runs = layout.runs[..<count]
        guard count >= 2, !layout.plus, layout.parenthesized == nil, runs[0].count <= 3,
            bytes[runs[0].lowerBound] != UInt8(ascii: "0"),
            runs.dropFirst().allSatisfy({ $0.count == 3 })
        else { return false }
        let separators = layout.separators[..<(count - 1)]
        return separators.allSatisfy { $0 == separators.first }
    }

    /// Whether an unseparated run of digits is a phone number: 10 or 11 digits after a
    /// trunk zero, or a North American number (an area code starting with 2 to 9, after
    /// an optional 1).
    private static func isPlainRun(_ bytes: [UInt8], _ run: Range<Int>) -> Bool {
        let digits = bytes[run].map(ASCIIByte.digitValue)
        if digits[0] == 0 { return digits.count == 10 || digits.count == 11 }
        let national: ArraySlice<UInt8>
        if digits.count == 11, digits[0] == 1 {
            national = digits[1...]
        } else if digits.count == 10 {
            national = digits[...]
        } else {
            return false
        }
        return national[national.startIndex] >= 2
    }
}
