/// Finds amounts of money: "$12.50", "US$12", "12.50 USD", "EUR 20", "20€", "20 euros",
/// "£5", "10 bucks", "12.345,67 EUR", "$1.5k".
///
/// Amounts are exact: they are read digit by digit into minor units (hundredths), never
/// through floating point. Both groupings are understood: `12,345.67` and `12.345,67`
/// (the last separator is the decimal one when one or two digits follow it; three digits
/// after a lone separator group thousands), as are thousands grouped by single spaces
/// (`1 000 €`). Signs map to USD, EUR, GBP and JPY; ISO codes
/// from a built-in list of the common currencies work in either position. Yen keep the
/// hundredths convention of `Money`: `¥500` is 50 000 minor units.
public struct MoneyExtractor: EntityExtractor {
    /// Whether an amount with no currency counts, in the context's default currency.
    ///
    /// Turn this on when a procedure asks for an amount, so "12.50" answers the question.
    public var acceptsBareNumbers: Bool

    /// The language of amounts spelled in words ("twenty euros", "zwanzig Euro").
    public var language: Language

    /// Creates a money extractor.
    public init(acceptsBareNumbers: Bool = false, language: Language = .english) {
        self.acceptsBareNumbers = acceptsBareNumbers
        self.language = language
    }

    /// Returns the amounts in `text`, in order of appearance.
    ///
    /// When bare numbers are accepted but the text also names a currency somewhere
    /// ("500 coins for $4.99"), only the amounts with a currency are returned: the bare
    /// numbers are then counts, not prices.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let tokens = EntityText(text, germanLetters: self.language == .german)
        var explicit: [EntityMatch] = []
        var bare: [EntityMatch] = []
        for index in 0..<tokens.count {
            var start = index
            var negative = false
            if self.isMinusSign(tokens, index) {
                start = index + 1
                negative = true
            }
            if let (money, last) = self.prefixed(tokens, start) {
                explicit.append(self.match(tokens, money, negative, index, last))
            }
            if let (money, last, isBare) = self.suffixed(tokens, start, context) {
                let match = self.match(tokens, money, negative, index, last)
                if isBare { bare.append(match) } else { explicit.append(match) }
            }
        }
        return EntityMatch.nonOverlapping(explicit.isEmpty ? bare : explicit)
    }

    /// The match of `money`, negated when a minus sign came first, over tokens `first`
    /// through `last`.
    private func match(
        _ tokens: EntityText, _ money: Money, _ negative: Bool, _ first: Int, _ last: Int
    ) -> EntityMatch {
        var value = money
        if negative { value.minorUnits = -value.minorUnits }
        return tokens.match(.money(value), first, last)
    }

    /// An amount after its currency ("$12", "US$12", "USD 12.50", "€20").
    private func prefixed(_ tokens: EntityText, _ index: Int) -> (Money, Int)? {
        var amountIndex = index + 1
        let currency: String
        if let prefix = tokens.word(index), let dollar = CurrencyTable.dollarPrefixes[prefix],
            tokens.isSymbol(index + 1, UInt8(ascii: "$")), tokens.isAdjacent(index + 1),
            !tokens.isGluedBefore(index)
        {
            currency = dollar
            amountIndex = index + 2
        } else if let sign = CurrencyTable.sign(tokens, index), !tokens.isGluedBefore(index) {
            currency = sign
        } else if let code = CurrencyTable.code(tokens, index) {
            currency = code
        } else {
            return nil
        }
        guard tokens.isKind(amountIndex, .number),
            let (minor, last) = self.digits(tokens, amountIndex), !tokens.isGluedAfter(last)
        else { return nil }
        return (Money(minorUnits: minor, currency: currency), last)
    }

    /// An amount before its currency ("12.50 USD", "20€", "20 euros"), or a bare amount
    /// when those are accepted.
    private func suffixed(
        _ tokens: EntityText, _ index: Int, _ context: ExtractionContext
    ) -> (Money, Int, isBare: Bool)? {
        let amount: (minor: Int64, last: Int)
        if tokens.isKind(index, .number) {
            guard !tokens.isGluedBefore(index), let digits = self.digits(tokens, index) else {
                return nil
            }
            amount = digits
        } else if let (value, last) = NumberWords.parse(
            tokens, at: index, language: self.language)
        {
            amount = (Int64(value) * 100, last)
        } else {
            return nil
        }
        let next = amount.last + 1
        let spelled = tokens.isKind(index, .word)
        if let currency = CurrencyTable.sign(tokens, next)
            ?? CurrencyTable.code(tokens, next) ?? CurrencyTable.name(tokens, next),
            !spelled || tokens.tokens[next].isSpaced, !tokens.isGluedAfter(next)
        {
            return (Money(minorUnits: amount.minor, currency: currency), next, false)
        }
        guard self.acceptsBareNumbers, !tokens.isGluedAfter(amount.last) else { return nil }
        let money = Money(minorUnits: amount.minor, currency: context.defaultCurrency)
        return (money, amount.last, true)
    }

    /// A written amount in minor units at the number token `index`, with an optional
    /// `k` for thousands, and the index of its last token.
    private func digits(_ tokens: EntityText, _ index: Int) -> (minor: Int64, last: Int)? {
        guard !tokens.continuesChain(index), let chain = tokens.numericChain(at: index),
            var minor = Self.minorUnits(tokens, chain)
        else { return nil }
        var last = chain.last
        if tokens.isAdjacent(last + 1), tokens.isWord(last + 1, "k") {
            let (thousands, overflow) = minor.multipliedReportingOverflow(by: 1000)
            guard !overflow else { return nil }
            minor = thousands
            last += 1
        }
        return (minor, last)
    }

    /// Whether token `index` is a minus sign for the amount right after it.
    private func isMinusSign(_ tokens: EntityText, _ index: Int) -> Bool {
        tokens.isSymbol(index, UInt8(ascii: "-")) && tokens.isAdjacent(index + 1)
            && (!tokens.isAdjacent(index) || tokens.isSymbol(index - 1, UInt8(ascii: "(")))
    }

    /// The amount written by a numeric chain, in minor units, or `nil` when the chain is
    /// no amount (a date, a version, a time) or too large.
    static func minorUnits(_ tokens: EntityText, _ chain: NumericChain) -> Int64? {
        let comma = UInt8(ascii: ",")
        let dot = UInt8(ascii: ".")
        var separators = chain.separators
        var groups = chain.numbers.map { Array(tokens.bytes(of: $0)) }
        guard separators.allSatisfy([comma, dot, EntityText.space].contains) else {
            return nil
        }
        var fraction: [UInt8] = []
        if let decimalSeparator = separators.last, decimalSeparator != EntityText.space,
            let last = groups.last, last.count <= 2
        {
            fraction = last
            groups.removeLast()
            separators.removeLast()
            guard !separators.contains(decimalSeparator) else { return nil }
        }
        if let grouping = separators.first {
            guard separators.allSatisfy({ $0 == grouping }), groups[0].count <= 3,
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
        }
        let digits = groups.joined()
        guard digits.count <= 15 else { return nil }
        var minor: Int64 = 0
        for digit in digits {
            minor = minor * 10 + Int64(ASCIIByte.digitValue(digit))
        }
        minor *= 100
        if let tenths = fraction.first {
            minor += Int64(ASCIIByte.digitValue(tenths)) * 10
        }
        if fraction.count == 2 {
            minor += Int64(ASCIIByte.digitValue(fraction[1]))
        }
        return minor
    }
}
