/// Finds payment card numbers: 13 to 19 digits passing the Luhn check.
///
/// The digits may be one run (`4111111111111111`) or grouped with single spaces, dashes or
/// dots, in fours (`4111 1111 1111 1111`, `4111.1111.1111.1111`) or as Amex and Diners print
/// them (`3782 822463 10005`). A number split by one line break is joined on stricter terms
/// (see `PaymentCardScanner+LineBreaks.swift`).
enum PaymentCardScanner {
    /// The byte ranges of the card numbers in `bytes`, in order.
    static func scan(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard ASCIIByte.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let groups = DigitGroups(bytes, at: index, separators: Array(" -.".utf8))
            if self.startsCleanly(bytes, index),
                let end = self.longestCard(bytes, groups)
                    ?? self.cardAcrossLineBreak(bytes, groups)
            {
                found.append(index..<end)
                index = end
            } else if groups.runs.count > 8 {
                // No card has that many groups; skipping them all keeps the scan linear.
                index = groups.runs[groups.runs.count - 1].upperBound
            } else {
                index = groups.runs[0].upperBound
            }
        }
        return found
    }

    /// Whether a number may start at `index`: not inside a word or another number.
    private static func startsCleanly(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        if before == UInt8(ascii: ":") {
            return index < 2 || !ASCIIByte.isDigit(bytes[index - 2])
        }
        return !ASCIIByte.isAlphanumeric(before) && !Array("_.,/-+".utf8).contains(before)
    }

    /// The end of the longest card number made of leading groups, or `nil`.
    private static func longestCard(_ bytes: [UInt8], _ groups: DigitGroups) -> Int? {
        var count = groups.runs.count
        guard count <= 8 else { return nil }
        while count > 0 {
            if self.isCard(bytes, groups, count) { return groups.runs[count - 1].upperBound }
            guard count > 1, groups.separators[count - 2] == UInt8(ascii: " ") else { break }
            count -= 1
        }
        return nil
    }

    /// Whether the first `count` groups form a card number.
    private static func isCard(_ bytes: [UInt8], _ groups: DigitGroups, _ count: Int) -> Bool {
        let runs = groups.runs[..<count]
        let widths = runs.map(\.count)
        let total = widths.reduce(0, +)
        guard (13...19).contains(total),
            groups.separators[..<(count - 1)].allSatisfy({ $0 == groups.separators[0] }),
            DigitGroups.endsCleanly(bytes, runs[runs.endIndex - 1].upperBound)
        else { return false }
        let grouped =
            count == 1 || widths == [4, 6, 5] || widths == [4, 6, 4]
            || (widths.dropLast().allSatisfy { $0 == 4 } && widths[count - 1] <= 4)
        guard grouped else { return false }
        return Luhn.isValid(runs.flatMap { bytes[$0].map(ASCIIByte.digitValue) })
    }
}
