/// Card numbers split by a line break: `4111 1111` ⏎ `1111 1111`, `my card is 4111 1111 1111`
/// ⏎ `1111`, as a narrow chat window or a pasted note wraps them.
///
/// Any two numbers joined pass the Luhn check one time in ten, and two numbers on two lines
/// are usually two numbers, so a number is joined to the one on the next line only:
/// - across exactly one line break (a line feed, a carriage return or both, with spaces or
///   tabs around it), never across a blank line;
/// - when both pieces are printed in groups of four (the last group of the second piece may
///   be shorter), or a word near the number names a card (``cardWords``: "card", "Karte",
///   "Kreditkarte", "visa", "mastercard", "amex"…);
/// - when the digits joined have a card's length, start as a card of a known scheme
///   with one of its lengths (``PaymentCardIssuer``), and pass the Luhn check.
///
/// Of 20,000 random pairs of numbers in groups of four that add up to 13 to 19 digits, 681
/// (3.4 in 100) are joined, and of 20,000 random runs of digits under a word naming a card,
/// 299 (1.5 in 100; none without the word), against about 10 in 100 for the Luhn check alone
/// (`PaymentCardLineBreakTests`). A number already a card on its own line is never joined to
/// more, and each side of the line break is read as at most eight groups, so the scan stays
/// linear.
extension PaymentCardScanner {
    /// Words that name a payment card, in lower case; a card number after or before one of
    /// them may be split by a line break in any grouping.
    static let cardWords: Set<[UInt8]> = Set(
        [
            "card", "cards", "creditcard", "debitcard", "visa", "mastercard", "amex", "maestro",
            "karte", "kreditkarte", "debitkarte", "girokarte", "bankkarte", "kartennummer",
        ].map { Array($0.utf8) })

    /// How far before and after a number a word naming a card counts as near it, in bytes.
    private static let cardWordReach = (before: 64, after: 32)

    /// The end of a card number made of the groups `first` and the groups on the line after
    /// them, or `nil`.
    static func cardAcrossLineBreak(_ bytes: [UInt8], _ first: DigitGroups) -> Int? {
        guard first.runs.count <= 8, let last = first.runs.last,
            let next = self.lineBreakSkipped(bytes, from: last.upperBound),
            ASCIIByte.at(bytes, next).map(ASCIIByte.isDigit) == true
        else { return nil }
        let second = DigitGroups(bytes, at: next, separators: Array(" -.".utf8))
        guard self.isUniform(first.separators) else { return nil }
        let firstWidths = first.runs.map(\.count)
        let firstTotal = firstWidths.reduce(0, +)
        let isFirstInFours = firstWidths.allSatisfy { $0 == 4 }
        var nameIsNear: Bool?
        // At most eight groups on the second line, ending with the last or before a space.
        var count = min(second.runs.count, 8)
        while count > 0 {
            let runs = second.runs[..<count]
            let widths = runs.map(\.count)
            let total = firstTotal + widths.reduce(0, +)
            let end = runs[runs.endIndex - 1].upperBound
            if (13...19).contains(total), self.isUniform(second.separators[..<(count - 1)]),
                count == second.runs.count || second.separators[count - 1] == UInt8(ascii: " "),
                self.endsCleanly(bytes, end)
            {
                let digits = (first.runs + runs).flatMap { bytes[$0].map(ASCIIByte.digitValue) }
                let isInFours =
                    isFirstInFours && widths.dropLast().allSatisfy { $0 == 4 }
                    && widths[count - 1] <= 4
                if PaymentCardIssuer.isKnown(digits), Luhn.isValid(digits) {
                    if isInFours { return end }
                    let near =
                        nameIsNear
                        ?? self.namesCard(bytes, near: first.runs[0].lowerBound..<end)
                    nameIsNear = near
                    if near { return end }
                }
            }
            count -= 1
        }
        return nil
    }

    /// Where the text goes on after spaces or tabs, one line break and spaces or tabs from
    /// `start`, or `nil` when there is no line break there or more than one.
    private static func lineBreakSkipped(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        func skipBlanks() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            }
        }
        skipBlanks()
        guard let byte = ASCIIByte.at(bytes, index), byte == 0x0A || byte == 0x0D else {
            return nil
        }
        index += byte == 0x0D && ASCIIByte.at(bytes, index + 1) == 0x0A ? 2 : 1
        skipBlanks()
        return index
    }

    /// Whether all of `separators` are the same byte.
    private static func isUniform(_ separators: some Collection<UInt8>) -> Bool {
        separators.allSatisfy { $0 == separators.first }
    }

    /// Whether one of ``cardWords`` stands within ``cardWordReach`` of `number`.
    private static func namesCard(_ bytes: [UInt8], near number: Range<Int>) -> Bool {
        let start = max(0, number.lowerBound - self.cardWordReach.before)
        let end = min(bytes.count, number.upperBound + self.cardWordReach.after)
        var index = start
        // A word cut by the window's start is not read.
        while index > 0, index < end, ASCIIByte.isLetter(bytes[index]),
            ASCIIByte.isLetter(bytes[index - 1])
        {
            index += 1
        }
        while index < end {
            guard ASCIIByte.isLetter(bytes[index]) else {
                index += 1
                continue
            }
            var wordEnd = index
            while wordEnd < bytes.count, ASCIIByte.isLetter(bytes[wordEnd]) { wordEnd += 1 }
            if wordEnd - index <= 12,
                self.cardWords.contains(bytes[index..<wordEnd].map(ASCIIByte.lowercased))
            {
                return true
            }
            index = wordEnd
        }
        return false
    }
}
