/// Finds email addresses, internationalised ones included, and gives them as typed with the
/// domain (and a local part in ASCII) in lower case.
///
/// Reads a practical subset of RFC 5322 and RFC 6531: a local part of letters, combining marks
/// and digits of any script and `. _ % + -` (no leading, trailing or doubled dot, at most 64
/// bytes of UTF-8), then `@` and a domain of at least two labels of letters, marks, digits
/// and inner hyphens, whose last label is two or more letters of any script (`пример.рф`,
/// `例子.广告`) or an internationalised one in its ASCII form (`xn--p1ai`). Punctuation that
/// ends a sentence or closes a bracket is not part of the address; nor is text in a script
/// written without spaces glued to an address in ASCII (`メールはjane@example.comです` gives
/// `jane@example.com`). Fullwidth forms are read as the ASCII they stand for and invisible
/// characters are left out, as the masker reads them (see ``FoldedText``), so every address
/// this finds is one the masker hides.
///
/// The value keeps the address as typed except for case: a domain is case-insensitive
/// (IDNA maps it to lower case before encoding it), so it is lower-cased, with Unicode's
/// case mapping (`MÜLLER.de` is `müller.de`); a local part in ASCII is lower-cased too, as mail
/// services treat it (`Jane.Doe@` is `jane.doe@`). A local part with letters outside ASCII is
/// kept as typed: RFC 6531 leaves its case to the receiving server, and Unicode's lower-casing
/// is not one-to-one (`Σ` becomes `σ` where a word ends in `ς`, `İ` becomes `i` and a dot
/// above), so a lower-cased copy might be no mailbox at all.
public struct EmailExtractor: EntityExtractor {
    /// Creates an email extractor.
    public init() {}

    /// Returns the email addresses in `text`, in order of appearance.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let original = Array(text.utf8)
        let folded = FoldedText(original)
        let bytes = folded?.bytes ?? original
        return Self.scan(bytes).map { range in
            let value = Self.value(of: bytes[range])
            return EntityMatch(
                value: .text(value), range: folded?.originalRange(range) ?? range, in: original)
        }
    }

    /// The value of the address `address`: see the type's documentation.
    static func value(of address: ArraySlice<UInt8>) -> String {
        guard let at = address.lastIndex(of: UInt8(ascii: "@")) else {
            return String(decoding: address, as: UTF8.self)
        }
        let local = address[..<at]
        let domain = address[(at + 1)...]
        let localText =
            local.allSatisfy { $0 < 0x80 }
            ? String(decoding: local.map(ASCIIByte.lowercased), as: UTF8.self)
            : String(decoding: local, as: UTF8.self)
        let domainText =
            domain.allSatisfy { $0 < 0x80 }
            ? String(decoding: domain.map(ASCIIByte.lowercased), as: UTF8.self)
            : String(decoding: domain, as: UTF8.self).lowercased()
        return localText + "@" + domainText
    }

    /// The byte ranges of the email addresses in `bytes`, in order: the addresses the
    /// extractor gives (in bytes folded already).
    static func scan(_ bytes: [UInt8]) -> [Range<Int>] {
        let ascii = self.scan(bytes, reading: .ascii)
        return self.scan(bytes, reading: .address).map { range in
            // An address in ASCII inside it, with only text of a script written without
            // spaces around it, is the address; the rest is the sentence it was glued to.
            guard
                let inner = ascii.first(where: {
                    $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound
                }), inner != range,
                UTF8Scalar.isUnspacedScript(bytes, range.lowerBound..<inner.lowerBound),
                UTF8Scalar.isUnspacedScript(bytes, inner.upperBound..<range.upperBound)
            else { return range }
            return inner
        }
    }

    /// The byte ranges to mask, in order: the addresses of ``scan(_:)``, and more.
    ///
    /// A local part may hold letters, combining marks and digits of any script
    /// (`rené.dupont@example.fr`, `用户@example.com`). It is read back to a space or
    /// punctuation, so text glued to it in a script without spaces goes too, which masks a
    /// word more rather than a part of the address less; for the same reason a local part
    /// outside ASCII may be longer than 64 bytes or have doubled dots here. A domain label may
    /// hold them too (`müller-bäckerei.de`, `例子.广告`), and the top-level domain may be two or
    /// more letters of any script (`пример.рф`). `user@localhost`, `@mention`, `pkg@1.2.3` and
    /// `a@b` are no addresses here either.
    ///
    /// Every address read in ASCII is masked too, whole or within a longer one: read with
    /// letters of any script, an address glued to what follows it can lose its top-level
    /// domain (`ana@example.comé12.50` has the last label `50`), where read in ASCII it ends
    /// at `.com`.
    static func scanForMasking(_ bytes: [UInt8]) -> [Range<Int>] {
        let wide = self.scan(bytes, reading: .masking)
        let ascii = self.scan(bytes, reading: .ascii)
        guard ascii != wide else { return wide }
        return DisjointRanges(wide + ascii).spans
    }

    /// How the scan reads addresses.
    private enum Reading {
        /// In ASCII only: the whole address, or the part of it in ASCII.
        case ascii
        /// With letters of any script, as an address must be written.
        case address
        /// With letters of any script, leniently: what may be part of an address is masked.
        case masking

        /// Whether letters, marks and digits outside ASCII are read.
        var allowsUnicode: Bool { self != .ascii }
    }

    /// The byte ranges of the addresses in `bytes`, in order, read as `reading` says.
    private static func scan(_ bytes: [UInt8], reading: Reading) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var floor = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "@"),
                let range = self.address(bytes, index, floor, reading: reading)
            {
                found.append(range)
                floor = range.upperBound
                index = range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether `byte` may appear in the local part.
    private static func isLocal(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || Array("._%+-".utf8).contains(byte)
    }

    /// The address around the `@` at `at`, not reaching back before `floor`.
    private static func address(
        _ bytes: [UInt8], _ at: Int, _ floor: Int, reading: Reading
    ) -> Range<Int>? {
        let allowsUnicode = reading.allowsUnicode
        let dot = UInt8(ascii: ".")
        var start = at
        var isASCII = true
        while start > floor {
            if self.isLocal(bytes[start - 1]) {
                start -= 1
            } else if allowsUnicode, bytes[start - 1] >= 0x80,
                let scalar = UTF8Scalar(bytes, before: start), scalar.range.lowerBound >= floor,
                scalar.isWordCharacter
            {
                start = scalar.range.lowerBound
                isASCII = false
            } else {
                break
            }
        }
        while start < at, bytes[start] < 0x80, !ASCIIByte.isAlphanumeric(bytes[start]) {
            start += 1
        }
        guard start < at, bytes[at - 1] != dot else { return nil }
        if isASCII || reading != .masking {
            guard at - start <= 64 else { return nil }
            for index in start..<(at - 1) where bytes[index] == dot && bytes[index + 1] == dot {
                return nil
            }
        }
        guard
            let end = self.domainEnd(
                bytes, at + 1, allowsUnicode: allowsUnicode, cutsDigits: reading == .masking)
        else {
            return nil
        }
        return start..<end
    }

    /// The end of the domain starting at `start`, or `nil` when there is no valid domain.
    ///
    /// Labels are letters, digits and inner hyphens (of any script when `allowsUnicode`);
    /// trailing labels are dropped until the last one is a top-level domain.
    ///
    /// With `cutsDigits` (for masking), what is glued to the top-level domain's letters is not
    /// part of it: `ana@example.com0151` and `ana@example.comTP-1234` hold an address, masked
    /// up to its last letter (`…comTP`, since where the address ends cannot be told).
    private static func domainEnd(
        _ bytes: [UInt8], _ start: Int, allowsUnicode: Bool, cutsDigits: Bool = false
    ) -> Int? {
        var labels: [Range<Int>] = []
        var index = start
        while true {
            let labelStart = index
            index = self.labelEnd(bytes, index, allowsUnicode: allowsUnicode)
            guard index > labelStart else { break }
            labels.append(labelStart..<index)
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."),
                bytes[index + 1] != UInt8(ascii: "-"),
                self.labelEnd(bytes, index + 1, allowsUnicode: allowsUnicode) > index + 1
            else { break }
            index += 1
        }
        let hyphen = UInt8(ascii: "-")
        // A dash after the address is punctuation ("ana@example.com- thanks"), not part of it;
        // the `xn--` of an encoded label cut short is not.
        if var last = labels.popLast() {
            let isEncoded = bytes[last].prefix(4).map(ASCIIByte.lowercased) == Array("xn--".utf8)
            while !isEncoded, !last.isEmpty, bytes[last.upperBound - 1] == hyphen {
                last = last.lowerBound..<(last.upperBound - 1)
            }
            if !last.isEmpty { labels.append(last) }
        }
        for label in labels {
            // 63 is the limit of the ASCII form, which a label outside ASCII has only encoded.
            guard label.count <= 63 || bytes[label].contains(where: { $0 >= 0x80 }),
                bytes[label.lowerBound] != hyphen, bytes[label.upperBound - 1] != hyphen
            else { return nil }
        }
        while labels.count >= 2 {
            if let top = labels.last, self.isTopLevel(bytes, top, unicode: allowsUnicode) {
                return top.upperBound
            }
            if cutsDigits, let top = labels.last {
                let letters = bytes[top].prefix(while: ASCIIByte.isLetter).count
                if letters >= 2 { return top.lowerBound + letters }
            }
            labels.removeLast()
        }
        return nil
    }

    /// The end of the label (letters, digits, hyphens) starting at `start`: `start` when
    /// none starts there.
    private static func labelEnd(_ bytes: [UInt8], _ start: Int, allowsUnicode: Bool) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "-") {
                index += 1
            } else if allowsUnicode, byte >= 0x80, let scalar = UTF8Scalar(bytes, at: index),
                scalar.isWordCharacter
            {
                index = scalar.range.upperBound
            } else {
                break
            }
        }
        return index
    }

    /// Whether the label `top` may be a top-level domain: two or more letters (of any script
    /// when `unicode`), or an internationalised one in its ASCII form (`xn--p1ai`).
    private static func isTopLevel(_ bytes: [UInt8], _ top: Range<Int>, unicode: Bool) -> Bool {
        let characters = bytes[top]
        if characters.count > 4, characters.allSatisfy({ $0 < 0x80 }),
            characters.prefix(4).map(ASCIIByte.lowercased) == Array("xn--".utf8)
        {
            return true
        }
        var letters = 0
        var index = top.lowerBound
        while index < top.upperBound {
            if ASCIIByte.isLetter(bytes[index]) {
                index += 1
            } else if unicode, bytes[index] >= 0x80, let scalar = UTF8Scalar(bytes, at: index),
                scalar.isLetterOrMark
            {
                index = scalar.range.upperBound
            } else {
                return false
            }
            letters += 1
        }
        return letters >= 2
    }
}
