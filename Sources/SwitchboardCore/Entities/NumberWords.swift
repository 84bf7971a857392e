/// Reads numbers written as English words: "seven", "twenty-five", "a hundred and five".
enum NumberWords {
    /// The values of the words below twenty.
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    ]

    /// The values of the tens words.
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    /// The number spelled from token `index`, and the index of its last token.
    ///
    /// With `article`, a lone "a" or "an" counts as one ("a week ago"); "a hundred" and
    /// "a thousand" are always read. Numbers hyphenated to other words ("one-off") are not.
    static func parse(
        _ text: EntityText, at index: Int, article: Bool = false
    ) -> (value: Int, last: Int)? {
        guard text.isKind(index, .word), !text.isGluedBefore(index) else { return nil }
        guard let (value, last) = self.belowMillion(text, index, article: article),
            !text.isGluedAfter(last)
        else { return nil }
        return (value, last)
    }

    /// A number below one million: `[n] thousand [and] [n]`, or a number below 1000.
    private static func belowMillion(
        _ text: EntityText, _ index: Int, article: Bool
    ) -> (value: Int, last: Int)? {
        let head: (value: Int, last: Int)
        if self.isArticle(text, index), text.isWord(index + 1, "thousand"),
            text.tokens[index + 1].isSpaced
        {
            head = (1, index)
        } else if let below = self.belowThousand(text, index, article: article) {
            head = below
        } else {
            return nil
        }
        let next = head.last + 1
        guard head.value > 0, text.isWord(next, "thousand"), text.tokens[next].isSpaced else {
            return head
        }
        let thousands = head.value * 1000
        if let (rest, last) = self.tail(text, after: next, below: 1000) {
            return (thousands + rest, last)
        }
        return (thousands, next)
    }

    /// A number below one thousand: `[n] hundred [and] [n]`, or a number below 100.
    private static func belowThousand(
        _ text: EntityText, _ index: Int, article: Bool
    ) -> (value: Int, last: Int)? {
        let head: (value: Int, last: Int)
        if self.isArticle(text, index), text.isWord(index + 1, "hundred"),
            text.tokens[index + 1].isSpaced
        {
            head = (1, index)
        } else if let below = self.belowHundred(text, index) {
            head = below
        } else if article, self.isArticle(text, index) {
            return (1, index)
        } else {
            return nil
        }
        let next = head.last + 1
        guard head.value > 0, text.isWord(next, "hundred"), text.tokens[next].isSpaced else {
            return head
        }
        let hundreds = head.value * 100
        if let (rest, last) = self.tail(text, after: next, below: 100) {
            return (hundreds + rest, last)
        }
        return (hundreds, next)
    }

    /// The part after "hundred" or "thousand": an optional "and", then a number 1..<limit.
    private static func tail(
        _ text: EntityText, after index: Int, below limit: Int
    ) -> (value: Int, last: Int)? {
        var start = index + 1
        if text.isWord(start, "and"), text.tokens[start].isSpaced { start += 1 }
        guard text.isKind(start, .word), text.tokens[start].isSpaced else { return nil }
        let parsed =
            limit > 100
            ? self.belowThousand(text, start, article: false) : self.belowHundred(text, start)
        guard let (value, last) = parsed, value > 0, value < limit else { return nil }
        return (value, last)
    }

    /// A number below 100: a unit, a teen, or tens with an optional unit
    /// ("twenty-five", "twenty five").
    private static func belowHundred(
        _ text: EntityText, _ index: Int
    ) -> (value: Int, last: Int)? {
        guard let word = text.word(index) else { return nil }
        if let value = self.units[word] { return (value, index) }
        guard let value = self.tens[word] else { return nil }
        if text.isSymbol(index + 1, UInt8(ascii: "-")), text.isAdjacent(index + 1),
            text.isAdjacent(index + 2), let unitWord = text.word(index + 2),
            let unit = self.units[unitWord], (1...9).contains(unit)
        {
            return (value + unit, index + 2)
        }
        if let unitWord = text.word(index + 1), text.tokens[index + 1].isSpaced,
            let unit = self.units[unitWord], (1...9).contains(unit)
        {
            return (value + unit, index + 1)
        }
        return (value, index)
    }

    /// Whether token `index` is "a" or "an".
    private static func isArticle(_ text: EntityText, _ index: Int) -> Bool {
        text.isWord(index, "a") || text.isWord(index, "an")
    }
}
