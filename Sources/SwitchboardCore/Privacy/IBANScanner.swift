/// Finds International Bank Account Numbers with valid check digits.
///
/// An IBAN is two letters, two digits and 11 to 30 letters or digits, in either case. For a
/// country in the IBAN registry, whose length is known, the characters after the check digits
/// may be grouped in any way, the groups separated by single spaces, dashes or dots, mixed
/// (`DE89 3704 0044 0532 0130 00`, `DE89-3704-0044-0532-0130-00`,
/// `DE89 3704-0044 0532 0130 00`, or bank code and account number as German statements print
/// them, `DE89 37040044 0532013000`): the groups are read until they hold the country's
/// length, no further, so a number after a complete IBAN stays out of it, and a group that
/// would run past the length makes it none. Grouped other than in fours, the characters after
/// the check digits must have more digits than letters, so a few words after `at12` are never
/// read as an Austrian account. For a country outside the registry, only one run
/// (`XK05…`) or groups of four separated by single spaces are read; dashed and dotted ids
/// (`AB12-3456-7890-1234`) are order or reference numbers. Either way the mod-97 check must
/// pass.
///
/// The scan is linear in the text's bytes: an IBAN has at most 34 characters, so no start
/// reads more than 34 characters and their separators.
enum IBANScanner {
    /// The byte ranges of the IBANs in `bytes`, in order.
    static func scan(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard ASCIIByte.isAlphanumeric(bytes[index]) else {
                index += 1
                continue
            }
            let first = self.run(bytes, index)
            if self.startsCleanly(bytes, index), let end = self.iban(bytes, first) {
                found.append(index..<end)
                index = end
            } else {
                index = first.upperBound
            }
        }
        return found
    }

    /// The maximal run of letters and digits starting at `index`, read no further than
    /// `limit` characters (a longer run ends at `index + limit + 1`).
    private static func run(_ bytes: [UInt8], _ index: Int, limit: Int = .max) -> Range<Int> {
        var end = index
        while end < bytes.count, end - index <= limit, ASCIIByte.isAlphanumeric(bytes[end]) {
            end += 1
        }
        return index..<end
    }

    /// Whether the run at `index` may start an IBAN: a country code and check digits,
    /// not glued to a word before.
    private static func startsCleanly(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index + 4 <= bytes.count, ASCIIByte.isLetter(bytes[index]),
            ASCIIByte.isLetter(bytes[index + 1]), ASCIIByte.isDigit(bytes[index + 2]),
            ASCIIByte.isDigit(bytes[index + 3])
        else { return false }
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        return !ASCIIByte.isAlphanumeric(before) && !Array("_-/.".utf8).contains(before)
    }

    /// What may separate the groups of an IBAN.
    private static let separators = Array(" -.".utf8)

    /// The registered length of the IBANs of the country whose code starts at `index`, or
    /// `nil` for a country outside the IBAN registry.
    private static func registeredLength(_ bytes: [UInt8], _ index: Int) -> Int? {
        let country =
            UInt16(ASCIIByte.uppercased(bytes[index])) << 8
            | UInt16(ASCIIByte.uppercased(bytes[index + 1]))
        return IBANChecksum.registeredLengths[country]
    }

    /// The end of the IBAN starting with the run `first`, or `nil`.
    private static func iban(_ bytes: [UInt8], _ first: Range<Int>) -> Int? {
        if let length = self.registeredLength(bytes, first.lowerBound) {
            return self.registeredIBAN(bytes, first, length: length)
        }
        guard first.count == 4 else {
            return IBANChecksum.isValid(Array(bytes[first])) ? first.upperBound : nil
        }
        return self.spacedIBAN(bytes, first)
    }

    /// The end of the IBAN of a registered country, `length` characters long, starting with
    /// the run `first`: the groups after it are read until they hold `length` characters.
    private static func registeredIBAN(
        _ bytes: [UInt8], _ first: Range<Int>, length: Int
    ) -> Int? {
        guard first.count <= length else { return nil }
        var characters = Array(bytes[first])
        var end = first.upperBound
        var isInFours = first.count == 4
        var previousCount = first.count
        while characters.count < length {
            guard end + 1 < bytes.count, Self.separators.contains(bytes[end]),
                ASCIIByte.isAlphanumeric(bytes[end + 1])
            else { return nil }
            let remaining = length - characters.count
            let next = self.run(bytes, end + 1, limit: remaining)
            guard next.count <= remaining else { return nil }
            // Groups of four, the last one shorter, are how every country prints an IBAN.
            if previousCount != 4 || next.count > 4 { isInFours = false }
            previousCount = next.count
            characters += bytes[next]
            end = next.upperBound
        }
        guard
            end == first.upperBound || isInFours
                || self.hasMoreDigitsThanLetters(characters[4...])
        else { return nil }
        return IBANChecksum.isValid(characters) ? end : nil
    }

    /// Whether `characters` hold more digits than letters.
    private static func hasMoreDigitsThanLetters(_ characters: ArraySlice<UInt8>) -> Bool {
        let digits = characters.reduce(0) { $0 + (ASCIIByte.isDigit($1) ? 1 : 0) }
        return digits * 2 > characters.count
    }

    /// The end of the IBAN of a country outside the registry starting with the run `first`
    /// of four characters: groups of four separated by single spaces, the last one shorter,
    /// as many as pass the check.
    private static func spacedIBAN(_ bytes: [UInt8], _ first: Range<Int>) -> Int? {
        let separator = UInt8(ascii: " ")
        guard ASCIIByte.at(bytes, first.upperBound) == separator else { return nil }
        var groups = [first]
        // At most 34 characters: nine groups.
        while groups.count < 9, let last = groups.last, last.count == 4,
            last.upperBound + 1 < bytes.count, bytes[last.upperBound] == separator,
            ASCIIByte.isAlphanumeric(bytes[last.upperBound + 1])
        {
            let next = self.run(bytes, last.upperBound + 1, limit: 4)
            guard next.count <= 4 else { break }
            groups.append(next)
        }
        let characters = groups.flatMap { bytes[$0] }
        var length = characters.count
        while groups.count > 1 {
            if length >= 15, IBANChecksum.isValid(Array(characters[..<length])) {
                return groups[groups.count - 1].upperBound
            }
            length -= groups.removeLast().count
        }
        return nil
    }
}
