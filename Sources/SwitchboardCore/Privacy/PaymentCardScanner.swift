/// Finds payment card numbers: 13 to 19 digits passing the Luhn check.
///
/// The digits may be one run (`4111111111111111`) or grouped with single spaces, dashes or
/// dots, in fours (`4111 1111 1111 1111`, `4111.1111.1111.1111`) or as Amex and Diners print
/// them (`3782 822463 10005`). A number split by one line break is joined on stricter terms
/// (see `PaymentCardScanner+LineBreaks.swift`).
enum PaymentCardScanner {
    /// The byte ranges of the card numbers in `bytes`, in order.
    ///
    /// Each run of digits joined by separators is read once, and every group in it that
    /// starts cleanly is tried as the start of a card of at most eight groups (no card has
    /// more), so a card followed by other numbers (`4111 1111 1111 1111 191 2026-11-27
    /// 27.11.2026`) is found and the scan stays linear.
    static func scan(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard ASCIIByte.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let chain = DigitGroups(bytes, at: index, separators: Array(" -.".utf8))
            index = chain.runs[chain.runs.count - 1].upperBound
            var first = 0
            while first < chain.runs.count {
                let start = chain.runs[first].lowerBound
                let window = self.window(chain, from: first)
                let reachesEnd = first + window.runs.count == chain.runs.count
                guard self.startsCleanly(bytes, start),
                    let end = self.longestCard(bytes, window)
                        ?? (reachesEnd ? self.cardAcrossLineBreak(bytes, window) : nil)
                else {
                    first += 1
                    continue
                }
                found.append(start..<end)
                guard end < index else {
                    // Joined across a line break, or ending with the chain.
                    index = end
                    break
                }
                // Go on after the card, with the next group of the chain.
                while first < chain.runs.count, chain.runs[first].lowerBound < end { first += 1 }
            }
        }
        return found
    }

    /// At most eight groups of `chain`, from the group at `first` on.
    private static func window(_ chain: DigitGroups, from first: Int) -> DigitGroups {
        let end = min(chain.runs.count, first + 8)
        guard first > 0 || end < chain.runs.count else { return chain }
        var window = chain
        window.runs = Array(chain.runs[first..<end])
        window.separators = Array(chain.separators[first..<(end - 1)])
        return window
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

    /// Whether a card number may end at `end`: it is not followed by a letter, a digit, an
    /// identifier connector, more digits after punctuation (`1,5`, `10:30`, `1.2`) or a
    /// percent sign.
    ///
    /// Unlike ``DigitGroups/endsCleanly(_:_:)``, a currency after the number does not make it
    /// an amount: no amount has 13 to 19 digits grouped as a card and passing the Luhn check,
    /// and a card number before `$20`, `EUR` or, on the next line, `$1,234.56` must go all the
    /// same (PSD2); with the currency rule it was left as typed.
    static func endsCleanly(_ bytes: [UInt8], _ end: Int) -> Bool {
        DigitGroups.endsCleanly(bytes, end, currencyMakesAmount: false)
    }

    /// The end of the longest card number made of leading groups, or `nil`.
    ///
    /// A card ends with the last group or before a space: what follows it may be a number
    /// of its own joined otherwise (`4111 1111 1111 1111 27.11.2026`), so a dot or a dash
    /// further on does not stop the search.
    private static func longestCard(_ bytes: [UInt8], _ groups: DigitGroups) -> Int? {
        var count = groups.runs.count
        while count > 0 {
            if count == groups.runs.count || groups.separators[count - 1] == UInt8(ascii: " "),
                self.isCard(bytes, groups, count)
            {
                return groups.runs[count - 1].upperBound
            }
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
            self.endsCleanly(bytes, runs[runs.endIndex - 1].upperBound)
        else { return false }
        let grouped =
            count == 1 || widths == [4, 6, 5] || widths == [4, 6, 4]
            || (widths.dropLast().allSatisfy { $0 == 4 } && widths[count - 1] <= 4)
        guard grouped else { return false }
        return Luhn.isValid(runs.flatMap { bytes[$0].map(ASCIIByte.digitValue) })
    }
}
