/// The currencies the money extractor knows: ISO codes, signs and everyday names.
enum CurrencyTable {
    /// The ISO 4217 codes recognised when written after or before an amount.
    static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "CNY", "HKD", "SGD", "SEK",
        "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "INR", "BRL", "MXN", "ZAR",
        "KRW", "ILS", "AED", "SAR", "THB", "MYR", "IDR", "PHP", "TWD", "ARS", "CLP", "COP",
    ]

    /// Codes that are also ordinary words; these count only when written in upper case.
    static let wordLikeCodes: Set<String> = ["try", "php", "cad", "ils"]

    /// Currency names written after an amount ("20 euros", "10 bucks").
    static let names: [String: String] = [
        "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "euro": "EUR",
        "euros": "EUR", "pound": "GBP", "pounds": "GBP", "quid": "GBP", "yen": "JPY",
    ]

    /// Letters written before `$` to name a dollar ("US$", "CA$", "A$").
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "ca": "CAD", "c": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD",
        "hk": "HKD",
    ]

    /// Currency signs by their UTF-8 bytes.
    static let signs: [[UInt8]: String] = [
        Array("$".utf8): "USD", Array("€".utf8): "EUR", Array("£".utf8): "GBP",
        Array("¥".utf8): "JPY",
    ]

    /// The currency of the sign at token `index`, or `nil`.
    static func sign(_ text: EntityText, _ index: Int) -> String? {
        guard text.isKind(index, .symbol) else { return nil }
        return self.signs[Array(text.bytes(of: index))]
    }

    /// The code written by the word at `index` ("usd", "EUR"), or `nil`.
    static func code(_ text: EntityText, _ index: Int) -> String? {
        guard text.isKind(index, .word) else { return nil }
        return self.code(spelledBy: text.bytes(of: index))
    }

    /// The code spelled by the ASCII letters `word`, or `nil`; codes that are also
    /// ordinary words count only in upper case.
    static func code(spelledBy word: ArraySlice<UInt8>) -> String? {
        guard word.count == 3 else { return nil }
        let upper = String(decoding: word.map(ASCIIByte.uppercased), as: UTF8.self)
        guard self.codes.contains(upper) else { return nil }
        let isUpperCase = word.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        let lower = String(decoding: word.map(ASCIIByte.lowercased), as: UTF8.self)
        if !isUpperCase, self.wordLikeCodes.contains(lower) { return nil }
        return upper
    }

    /// The currency named by the word at `index` ("euros", "bucks"), or `nil`.
    static func name(_ text: EntityText, _ index: Int) -> String? {
        text.word(index).flatMap { self.names[$0] }
    }

    /// Whether the bytes at `index` begin a currency sign, code or name that ends the number
    /// before them, after optional spaces or tabs: used by scanners to keep amounts out of
    /// phone numbers.
    ///
    /// A currency on the next line is not this number's, and neither is one followed by
    /// digits, which begins the next amount (`555-123-4567 $1,234.56`).
    static func startsCurrency(_ bytes: [UInt8], at index: Int) -> Bool {
        var start = index
        while start < bytes.count, Self.isBlank(bytes[start]) { start += 1 }
        var end = start
        if let sign = self.signs.keys.first(where: { bytes[start...].starts(with: $0) }) {
            end = start + sign.count
        } else {
            while end < bytes.count, ASCIIByte.isLetter(bytes[end]) { end += 1 }
            guard end > start else { return false }
            let word = String(
                decoding: bytes[start..<end].map(ASCIIByte.lowercased), as: UTF8.self)
            guard self.names[word] != nil || self.code(spelledBy: bytes[start..<end]) != nil
            else { return false }
        }
        while end < bytes.count, Self.isBlank(bytes[end]) { end += 1 }
        return !(end < bytes.count && ASCIIByte.isDigit(bytes[end]))
    }

    /// Whether the bytes just before `index`, past optional spaces or tabs, end a currency
    /// sign that begins the number at `index`.
    ///
    /// A sign on the line before is not this number's, and neither is one right after
    /// digits, which ends the amount before it (`12,50 € 06298 872822`).
    static func endsCurrencySign(_ bytes: [UInt8], before index: Int) -> Bool {
        var end = index
        while end > 0, Self.isBlank(bytes[end - 1]) { end -= 1 }
        for sign in self.signs.keys where end >= sign.count {
            guard bytes[(end - sign.count)..<end].elementsEqual(sign) else { continue }
            var before = end - sign.count
            while before > 0, Self.isBlank(bytes[before - 1]) { before -= 1 }
            return !(before > 0 && ASCIIByte.isDigit(bytes[before - 1]))
        }
        return false
    }

    /// A space or a tab: what may stand between a number and its currency on one line.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
