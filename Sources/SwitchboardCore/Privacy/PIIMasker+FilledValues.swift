extension PIIMasker {
    /// What masking writes in place of personal data, and `[redacted]` for a sensitive slot:
    /// text that is masked already.
    static let maskedTexts: [[UInt8]] = {
        let kinds: [Kinds] = [.email, .phone, .paymentCard, .iban, .credential]
        return (kinds.map(\.placeholder) + ["[redacted]"]).map { Array($0.utf8) }
    }()

    /// Returns `text` with each finding that takes in part of a filled-in value replaced by
    /// its placeholder; the rest of the text is left as it is.
    ///
    /// For a text put together from a template and values: the values were masked one by
    /// one, but values harmless apart ("4111 1111" and "1111 1111"), or a value and the words
    /// around it ("PIN " and "4821"), can make a finding together. The template's own words
    /// are the author's and are left alone, as in a text without values. Text masked already
    /// (`[card]`, `[redacted]`, ...) is not part of a value here, so it is never masked again
    /// ("password [redacted]" stays as it is).
    ///
    /// ```swift
    /// let text = "Your PIN is 4821."
    /// PIIMasker(kinds: .paymentSecrets).mask(text, touching: [12..<16])
    /// // "Your PIN is [credential]."
    /// ```
    ///
    /// - Parameters:
    ///   - text: the text with its values filled in.
    ///   - values: where the values are in it, as UTF-8 byte offsets.
    func mask(_ text: String, touching values: [Range<Int>]) -> String {
        let bytes = Array(text.utf8)
        let found = self.findings(in: bytes)
        guard !found.isEmpty else { return text }
        var isValue = [Bool](repeating: false, count: bytes.count)
        for value in values {
            let range = value.clamped(to: 0..<bytes.count)
            isValue.replaceSubrange(range, with: repeatElement(true, count: range.count))
        }
        for masked in Self.maskedRanges(in: bytes) {
            isValue.replaceSubrange(masked, with: repeatElement(false, count: masked.count))
        }
        let touching = found.filter { isValue[$0.range].contains(true) }
        guard !touching.isEmpty else { return text }
        return Self.replacing(touching, in: bytes)
    }

    /// Where `bytes` hold one of ``maskedTexts``.
    private static func maskedRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "["),
                let masked = Self.maskedTexts.first(where: {
                    bytes[index...].starts(with: $0)
                })
            else {
                index += 1
                continue
            }
            ranges.append(index..<(index + masked.count))
            index += masked.count
        }
        return ranges
    }
}
