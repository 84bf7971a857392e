/// Finds plain numbers: digits ("42", "-7", "3.5", "1,200.50") and English number words
/// ("twelve", "twenty-five", "a hundred").
///
/// Digits that belong to something else are skipped: identifiers (`TP-123`, `v2`, `4g`),
/// dates, times, phone numbers and versions (`2026-11-27`, `10:30`, `1.2.3`). Two numbers
/// joined by one hyphen are read as a range: `10-20` gives 10 and 20. A German extractor
/// reads German number words instead ("zwölf", "einundzwanzig", "zweihundert").
public struct NumberExtractor: EntityExtractor {
    /// The language of the number words.
    public let language: Language

    /// Creates a number extractor for a language's number words.
    public init(language: Language = .english) {
        self.language = language
    }

    /// Returns the numbers in `text`, in order of appearance.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let tokens = EntityText(text, germanLetters: self.language == .german)
        var matches: [EntityMatch] = []
        var index = 0
        while index < tokens.count {
            if tokens.isKind(index, .number) {
                let (found, next) = self.digits(tokens, at: index)
                matches += found
                index = next
            } else if let (value, last) = NumberWords.parse(
                tokens, at: index, language: self.language)
            {
                matches.append(tokens.match(.number(Double(value)), index, last))
                index = last + 1
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The numbers of the numeric chain at `index`, and the index after the chain.
    private func digits(_ tokens: EntityText, at index: Int) -> ([EntityMatch], Int) {
        guard let chain = tokens.numericChain(at: index) else { return ([], index + 1) }
        let next = chain.last + 1
        let afterDot =
            tokens.isAdjacent(chain.first) && tokens.isSymbol(index - 1, UInt8(ascii: "."))
        guard !afterDot, !tokens.isGluedBefore(chain.first), !tokens.isGluedAfter(chain.last)
        else { return ([], next) }
        let hyphen = UInt8(ascii: "-")
        if chain.separators == [hyphen] {
            // A range such as "10-20": two numbers, neither negative.
            return (chain.numbers.map { self.plain(tokens, $0) }, next)
        }
        guard let value = Self.value(tokens, chain) else { return ([], next) }
        var first = chain.first
        var number = value
        if self.hasMinusSign(tokens, before: first) {
            first -= 1
            number = -number
        }
        return ([tokens.match(.number(number), first, chain.last)], next)
    }

    /// A match for the single number token `index`.
    private func plain(_ tokens: EntityText, _ index: Int) -> EntityMatch {
        let value = Self.decimal(Array(tokens.bytes(of: index))) ?? 0
        return tokens.match(.number(value), index, index)
    }

    /// Whether a minus sign stands right before token `index` and belongs to it: the sign
    /// follows whitespace, the start of the text, or an opening bracket.
    private func hasMinusSign(_ tokens: EntityText, before index: Int) -> Bool {
        let sign = index - 1
        guard tokens.isAdjacent(index), tokens.isSymbol(sign, UInt8(ascii: "-")) else {
            return false
        }
        if !tokens.isAdjacent(sign) { return true }
        return tokens.isSymbol(sign - 1, UInt8(ascii: "("))
            || tokens.isSymbol(sign - 1, UInt8(ascii: "["))
    }

    /// The value of a chain written as `1200`, `3.5`, `1,200`, `1 200` or `1,200.50`,
    /// or `nil`.
    static func value(_ tokens: EntityText, _ chain: NumericChain) -> Double? {
        let comma = UInt8(ascii: ",")
        let dot = UInt8(ascii: ".")
        let space = EntityText.space
        var separators = chain.separators
        var groups = chain.numbers
        var fraction: [UInt8] = []
        if separators.last == dot, let last = groups.last {
            fraction = Array(tokens.bytes(of: last))
            separators.removeLast()
            groups.removeLast()
        }
        guard let head = groups.first,
            separators.allSatisfy({ $0 == comma }) || separators.allSatisfy({ $0 == space })
        else { return nil }
        if !separators.isEmpty {
            guard tokens.digitCount(head) <= 3, tokens.bytes(of: head).first != 0x30,
                groups.dropFirst().allSatisfy({ tokens.digitCount($0) == 3 })
            else { return nil }
        }
        var literal: [UInt8] = []
        for group in groups { literal += tokens.bytes(of: group) }
        if !fraction.isEmpty { literal += [dot] + fraction }
        return Self.decimal(literal)
    }

    /// Converts ASCII digits with an optional decimal point to a number.
    static func decimal(_ literal: [UInt8]) -> Double? {
        Double(String(decoding: literal, as: UTF8.self))
    }
}
