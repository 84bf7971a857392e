/// Finds International Bank Account Numbers with valid check digits.
///
/// An IBAN is two letters, two digits and 11 to 30 letters or digits, written in one run
/// (`DE89370400440532013000`) or in groups of four separated by single spaces
/// (`DE89 3704 0044 0532 0130 00`), dashes (`DE89-3704-0044-0532-0130-00`) or dots, the same
/// all along, in either case. Dashes and dots also join order and reference ids
/// (`AB12-3456-7890-1234`), so an IBAN written with them must be of a country in the IBAN
/// registry, at that country's length, as well as pass the check.
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

    /// The maximal run of letters and digits starting at `index`.
    private static func run(_ bytes: [UInt8], _ index: Int) -> Range<Int> {
        var end = index
        while end < bytes.count, ASCIIByte.isAlphanumeric(bytes[end]) { end += 1 }
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

    /// Whether the run `first` starts with the country code of a country in the IBAN registry.
    private static func isRegistered(_ bytes: [UInt8], _ first: Range<Int>) -> Bool {
        let country =
            UInt16(ASCIIByte.uppercased(bytes[first.lowerBound])) << 8
            | UInt16(ASCIIByte.uppercased(bytes[first.lowerBound + 1]))
        return IBANChecksum.registeredLengths[country] != nil
    }

    /// The end of the IBAN starting with the run `first`, or `nil`.
    private static func iban(_ bytes: [UInt8], _ first: Range<Int>) -> Int? {
        guard first.count == 4 else {
            return IBANChecksum.isValid(Array(bytes[first])) ? first.upperBound : nil
        }
        let separator = ASCIIByte.at(bytes, first.upperBound) ?? 0
        guard Self.separators.contains(separator),
            separator == UInt8(ascii: " ") || self.isRegistered(bytes, first)
        else { return nil }
        var groups = [first]
        // At most 34 characters: nine groups.
        while groups.count < 9, let last = groups.last, last.count == 4,
            last.upperBound + 1 < bytes.count, bytes[last.upperBound] == separator,
            ASCIIByte.isAlphanumeric(bytes[last.upperBound + 1])
        {
            let next = self.run(bytes, last.upperBound + 1)
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
