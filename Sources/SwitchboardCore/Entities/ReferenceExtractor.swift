/// Finds order numbers, ticket ids and other references written to a fixed format.
///
/// The format is a mini-language: `#` stands for a digit, `A` for a letter, `X` for a
/// letter or digit, and `\` makes the next character literal (`\A`). Every other
/// character is a literal; letters match in either case. The separators `-`, space, `/`
/// and `.` are forgiving: the user may type the format's own separator, a hyphen, a
/// space, or nothing at all. Format `TP-########` finds `TP-12345678`, `tp 12345678`
/// and `TP12345678`, all given as `TP-12345678`: the format's literals with the user's
/// letters in upper case. A run of digits may be grouped by single spaces or hyphens, as
/// people copy it from a receipt: `TP 1234 5678` and `TP-1234-5678` are `TP-12345678` too.
///
/// A reference must stand alone: `XTP-12345678` and `TP-123456789` hold no match.
public struct ReferenceExtractor: EntityExtractor {
    /// One position of a format.
    enum Element: Sendable, Equatable {
        /// Any ASCII digit (`#`).
        case digit
        /// Any ASCII letter (`A`).
        case letter
        /// Any ASCII letter or digit (`X`).
        case alphanumeric
        /// A separator the user may type loosely or leave out.
        case separator(UInt8)
        /// A byte that must be typed as it is (letters in either case).
        case literal(UInt8)
    }

    /// The format the extractor was made from.
    public let format: String
    /// The parsed format.
    let elements: [Element]

    /// Creates an extractor for `format`, or returns `nil` when the format has no
    /// placeholder (`#`, `A` or `X`) or ends in a lone `\`.
    public init?(format: String) {
        var elements: [Element] = []
        var escaped = false
        for byte in format.utf8 {
            if escaped {
                elements.append(.literal(byte))
                escaped = false
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                escaped = true
            case UInt8(ascii: "#"):
                elements.append(.digit)
            case UInt8(ascii: "A"):
                elements.append(.letter)
            case UInt8(ascii: "X"):
                elements.append(.alphanumeric)
            case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "."):
                elements.append(.separator(byte))
            default:
                elements.append(.literal(byte))
            }
        }
        let placeholders = elements.filter { [.digit, .letter, .alphanumeric].contains($0) }
        guard !escaped, !placeholders.isEmpty else { return nil }
        self.format = format
        self.elements = elements
    }

    /// Returns the references in `text`, in canonical form, in order of appearance.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let bytes = Array(text.utf8)
        var matches: [EntityMatch] = []
        var index = 0
        while index < bytes.count {
            if Self.startsCleanly(bytes, index) {
                var canonical: [UInt8] = []
                if let end = self.match(bytes, index, element: 0, into: &canonical) {
                    let value = SlotValue.text(String(decoding: canonical, as: UTF8.self))
                    matches.append(EntityMatch(value: value, range: index..<end, in: bytes))
                    index = end
                    continue
                }
            }
            index += 1
        }
        return matches
    }

    /// Matches the elements from `element` on against the bytes from `position`,
    /// appending the canonical text; returns the end of a match that ends cleanly.
    private func match(
        _ bytes: [UInt8], _ position: Int, element: Int, into canonical: inout [UInt8]
    ) -> Int? {
        guard element < self.elements.count else {
            return Self.endsCleanly(bytes, position) ? position : nil
        }
        let byte = ASCIIByte.at(bytes, position)
        let mark = canonical.count
        switch self.elements[element] {
        case .separator(let separator):
            canonical.append(separator)
            if let typed = byte, [separator, UInt8(ascii: "-"), UInt8(ascii: " ")].contains(typed),
                let end = self.match(bytes, position + 1, element: element + 1, into: &canonical)
            {
                return end
            }
            canonical.removeSubrange(mark...)
            canonical.append(separator)
            if let end = self.match(bytes, position, element: element + 1, into: &canonical) {
                return end
            }
        case .literal(let literal):
            guard let typed = byte,
                ASCIIByte.lowercased(typed) == ASCIIByte.lowercased(literal)
            else { return nil }
            canonical.append(ASCIIByte.uppercased(literal))
            if let end = self.match(bytes, position + 1, element: element + 1, into: &canonical) {
                return end
            }
        case .digit, .letter, .alphanumeric:
            // Digits may come grouped, as people copy them from receipts: "TP 1234 5678".
            // One space or hyphen between two digits of the same run is skipped.
            if let typed = byte, typed == UInt8(ascii: " ") || typed == UInt8(ascii: "-"),
                self.elements[element] == .digit, element > 0,
                self.elements[element - 1] == .digit,
                let previous = ASCIIByte.at(bytes, position - 1), ASCIIByte.isDigit(previous),
                let following = ASCIIByte.at(bytes, position + 1), ASCIIByte.isDigit(following)
            {
                return self.match(bytes, position + 1, element: element, into: &canonical)
            }
            guard let typed = byte, self.accepts(self.elements[element], typed) else {
                return nil
            }
            canonical.append(ASCIIByte.uppercased(typed))
            if let end = self.match(bytes, position + 1, element: element + 1, into: &canonical) {
                return end
            }
        }
        canonical.removeSubrange(mark...)
        return nil
    }

    /// Whether the placeholder `element` accepts `byte`.
    private func accepts(_ element: Element, _ byte: UInt8) -> Bool {
        switch element {
        case .digit:
            return ASCIIByte.isDigit(byte)
        case .letter:
            return ASCIIByte.isLetter(byte)
        default:
            return ASCIIByte.isAlphanumeric(byte)
        }
    }

    /// Whether a reference may start at `index`: not inside a longer identifier.
    private static func startsCleanly(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        if ASCIIByte.isAlphanumeric(before) || before == UInt8(ascii: "_") { return false }
        guard Array("-/.".utf8).contains(before), let earlier = ASCIIByte.at(bytes, index - 2)
        else { return true }
        return !ASCIIByte.isAlphanumeric(earlier)
    }

    /// Whether a reference may end at `index`: not followed by more of an identifier.
    private static func endsCleanly(_ bytes: [UInt8], _ index: Int) -> Bool {
        guard let after = ASCIIByte.at(bytes, index) else { return true }
        if ASCIIByte.isAlphanumeric(after) || after == UInt8(ascii: "_") { return false }
        guard Array("-/.".utf8).contains(after), let next = ASCIIByte.at(bytes, index + 1)
        else { return true }
        return !ASCIIByte.isAlphanumeric(next)
    }
}
