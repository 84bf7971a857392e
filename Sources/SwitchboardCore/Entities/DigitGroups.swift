/// Runs of ASCII digits joined by single separator bytes, as in `4111 1111` or `555-1234`.
struct DigitGroups: Sendable {
    /// The byte ranges of the digit runs, in order; never empty.
    var runs: [Range<Int>]
    /// The byte between each run and the next: `separators[k]` follows `runs[k]`.
    var separators: [UInt8]

    /// Reads the groups starting at the digit at `index`: each separator must be one of
    /// `separators` and be followed by a digit.
    init(_ bytes: [UInt8], at index: Int, separators: [UInt8]) {
        var runs: [Range<Int>] = []
        var joiners: [UInt8] = []
        var start = index
        while true {
            var end = start
            while end < bytes.count, ASCIIByte.isDigit(bytes[end]) { end += 1 }
            runs.append(start..<end)
            guard end + 1 < bytes.count, separators.contains(bytes[end]),
                ASCIIByte.isDigit(bytes[end + 1])
            else { break }
            joiners.append(bytes[end])
            start = end + 1
        }
        self.runs = runs
        self.separators = joiners
    }

    /// Whether a number may end at `end`: it is not followed by a letter, a digit, an
    /// identifier connector, more digits after punctuation (`1,5`, `10:30`, `1.2`), a
    /// percent sign or, when `currencyMakesAmount`, its currency.
    static func endsCleanly(
        _ bytes: [UInt8], _ end: Int, currencyMakesAmount: Bool = true
    ) -> Bool {
        guard end < bytes.count else { return true }
        let after = bytes[end]
        if ASCIIByte.isAlphanumeric(after) || Array("_@%".utf8).contains(after) {
            return false
        }
        if Array(".,/:-".utf8).contains(after), let next = ASCIIByte.at(bytes, end + 1),
            ASCIIByte.isAlphanumeric(next)
        {
            return false
        }
        return !currencyMakesAmount || !CurrencyTable.startsCurrency(bytes, at: end)
    }
}
