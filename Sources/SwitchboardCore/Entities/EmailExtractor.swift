/// Finds email addresses and gives them in lower case.
///
/// Reads a practical subset of RFC 5322: a local part of letters, digits and `. _ % + -`
/// (no leading, trailing or doubled dot), then `@` and a domain of at least two labels
/// whose last label is two or more letters. Punctuation that ends a sentence or closes
/// a bracket is not part of the address.
public struct EmailExtractor: EntityExtractor {
    /// Creates an email extractor.
    public init() {}

    /// Returns the email addresses in `text`, in order of appearance.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let bytes = Array(text.utf8)
        return Self.scan(bytes).map { range in
            let address = String(decoding: bytes[range].map(ASCIIByte.lowercased), as: UTF8.self)
            return EntityMatch(value: .text(address), range: range, in: bytes)
        }
    }

    /// The byte ranges of the email addresses in `bytes`, in order.
    static func scan(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var floor = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "@"), let range = self.address(bytes, index, floor) {
                found.append(range)
                floor = range.upperBound
                index = range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The byte ranges to mask, in order: each address of ``scan(_:)`` with the rest of its
    /// local part when that part has letters outside ASCII (`rené.dupont@example.fr`,
    /// `jäne@example.com`), which `scan` leaves out, so masking them left `rené.[email]`.
    ///
    /// The address is read back to a space or ASCII punctuation that is not part of a local
    /// part; text glued to it in a script without spaces goes too, which masks a word more
    /// rather than a part of the address less.
    static func scanForMasking(_ bytes: [UInt8]) -> [Range<Int>] {
        var floor = 0
        return self.scan(bytes).map { range in
            defer { floor = range.upperBound }
            var start = range.lowerBound
            var hasOtherLetters = false
            while start > floor, bytes[start - 1] >= 0x80 || self.isLocal(bytes[start - 1]) {
                hasOtherLetters = hasOtherLetters || bytes[start - 1] >= 0x80
                start -= 1
            }
            guard hasOtherLetters else { return range }
            while start < range.lowerBound, bytes[start] < 0x80,
                !ASCIIByte.isAlphanumeric(bytes[start])
            {
                start += 1
            }
            return start..<range.upperBound
        }
    }

    /// Whether `byte` may appear in the local part.
    private static func isLocal(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || Array("._%+-".utf8).contains(byte)
    }

    /// The address around the `@` at `at`, not reaching back before `floor`.
    private static func address(_ bytes: [UInt8], _ at: Int, _ floor: Int) -> Range<Int>? {
        let dot = UInt8(ascii: ".")
        var start = at
        while start > floor, self.isLocal(bytes[start - 1]) { start -= 1 }
        while start < at, !ASCIIByte.isAlphanumeric(bytes[start]) { start += 1 }
        guard start < at, bytes[at - 1] != dot, at - start <= 64 else { return nil }
        for index in start..<(at - 1) where bytes[index] == dot && bytes[index + 1] == dot {
            return nil
        }
        guard let end = self.domainEnd(bytes, at + 1) else { return nil }
        return start..<end
    }

    /// The end of the domain starting at `start`, or `nil` when there is no valid domain.
    ///
    /// Labels are letters, digits and inner hyphens; trailing labels are dropped until
    /// the last one is a top-level domain of two or more letters.
    private static func domainEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
        var labels: [Range<Int>] = []
        var index = start
        while true {
            let labelStart = index
            while index < bytes.count,
                ASCIIByte.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")
            {
                index += 1
            }
            guard index > labelStart else { break }
            labels.append(labelStart..<index)
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."),
                ASCIIByte.isAlphanumeric(bytes[index + 1])
            else { break }
            index += 1
        }
        let hyphen = UInt8(ascii: "-")
        for label in labels {
            guard label.count <= 63, bytes[label.lowerBound] != hyphen,
                bytes[label.upperBound - 1] != hyphen
            else { return nil }
        }
        while labels.count >= 2 {
            if let top = labels.last, top.count >= 2, bytes[top].allSatisfy(ASCIIByte.isLetter) {
                return top.upperBound
            }
            labels.removeLast()
        }
        return nil
    }
}
