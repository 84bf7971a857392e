/// The shape of a would-be phone number: an optional `+`, digit groups, their separators,
/// and at most one group in brackets.
struct PhoneLayout: Sendable {
    /// Where the number starts (at the `+`, the `(` or the first digit).
    var start: Int
    /// Whether the number starts with `+`.
    var plus: Bool
    /// The digit runs, in order.
    var runs: [Range<Int>]
    /// Where each group ends, including its closing bracket.
    var ends: [Int]
    /// The separator after each group but the last: a space, `-`, `.`, `/`, or 0 for none
    /// (after a closing bracket, or before an opening one).
    var separators: [UInt8]
    /// The index of the group written in brackets, if any.
    var parenthesized: Int?
    /// Whether the second group is the bracketed trunk zero of `+44 (0)20`, which is
    /// not dialled from abroad and is left out of the number.
    var hasTrunkZero = false

    /// Reads the layout at `index`, or returns `nil` when no digits start there.
    init?(_ bytes: [UInt8], at index: Int) {
        self.start = index
        self.plus = bytes[index] == UInt8(ascii: "+")
        self.runs = []
        self.ends = []
        self.separators = []
        self.parenthesized = nil
        var position = self.plus ? index + 1 : index
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "("), self.parenthesized == nil,
                self.runs.isEmpty || (self.plus && self.runs.count == 1)
            {
                var close = position + 1
                while close < bytes.count, ASCIIByte.isDigit(bytes[close]) { close += 1 }
                guard (1...5).contains(close - position - 1), close < bytes.count,
                    bytes[close] == UInt8(ascii: ")")
                else { break }
                self.parenthesized = self.runs.count
                self.runs.append((position + 1)..<close)
                self.ends.append(close + 1)
                position = close + 1
            } else if ASCIIByte.isDigit(bytes[position]) {
                var end = position
                while end < bytes.count, ASCIIByte.isDigit(bytes[end]) { end += 1 }
                self.runs.append(position..<end)
                self.ends.append(end)
                position = end
            } else {
                break
            }
            guard let next = self.separator(bytes, at: position) else { break }
            self.separators.append(next.separator)
            position = next.position
        }
        guard !self.runs.isEmpty else { return nil }
        if self.separators.count == self.runs.count {
            self.separators.removeLast()
        }
        self.hasTrunkZero =
            self.plus && self.parenthesized == 1 && self.runs[1].count == 1
            && bytes[self.runs[1].lowerBound] == UInt8(ascii: "0")
    }

    /// The separator at `position` and where the next group starts, or `nil` when no
    /// group follows.
    private func separator(_ bytes: [UInt8], at position: Int) -> (separator: UInt8, position: Int)?
    {
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        let opensGroup = self.parenthesized == nil && self.plus && self.runs.count == 1
        if ASCIIByte.isDigit(byte), self.parenthesized == self.runs.count - 1 {
            return (0, position)
        }
        if byte == UInt8(ascii: "("), opensGroup { return (0, position) }
        guard Array(" -./".utf8).contains(byte), let next = ASCIIByte.at(bytes, position + 1)
        else { return nil }
        if ASCIIByte.isDigit(next) || (next == UInt8(ascii: "(") && opensGroup && byte == 0x20) {
            return (byte, position + 1)
        }
        return nil
    }

    /// The number of digits in the first `groups` groups, not counting a bracketed trunk
    /// zero after a country code.
    func digitCount(groups: Int) -> Int {
        var total = 0
        for (index, run) in self.runs[..<groups].enumerated() where !self.isTrunkZero(index) {
            total += run.count
        }
        return total
    }

    /// The digits of the first `groups` groups, after a `+` when one was typed.
    func number(_ bytes: [UInt8], groups: Int) -> String {
        var digits: [UInt8] = self.plus ? [UInt8(ascii: "+")] : []
        for (index, run) in self.runs[..<groups].enumerated() where !self.isTrunkZero(index) {
            digits += bytes[run]
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Whether group `index` is the `(0)` of `+44 (0)20`.
    private func isTrunkZero(_ index: Int) -> Bool {
        self.hasTrunkZero && index == 1
    }
}
