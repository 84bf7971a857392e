/// Reads which of a prompt's numbered options a short answer picks: "2", "option 2",
/// "number two", "the second one", "2nd", "the last one".
///
/// Only answers made of the pick and a few filler words count ("the", "one", "option",
/// "please"), so "I have two accounts" or "the second time it failed" pick nothing. A German
/// bot reads German picks the same way: "2", "Nummer zwei", "die zweite", "die letzte".
///
/// ```swift
/// OptionPick.number(in: "the second one", count: 5)  // 2
/// OptionPick.number(in: "the last one", count: 5)    // 5
/// ```
enum OptionPick {
    /// Ordinal words and their abbreviations, by the option they pick.
    private static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
        "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    ]

    /// The most bytes an answer that picks an option can have: five words, none longer than
    /// the longest word of the lists here and ``NumberWords/units`` ("seventeen"), with the
    /// spaces between them.
    private static let longestPick = 5 * 9 + 4

    /// Words that may stand around a pick without changing it.
    private static let fillers: Set<String> = [
        "the", "option", "number", "no", "choice", "answer", "please", "pls", "its", "it",
        "is", "that", "i", "pick", "choose", "guess", "one",
    ]

    /// Words that may stand around a number: fewer, so "the one" or "it is two" pick nothing.
    private static let cardinalFillers: Set<String> = [
        "option", "number", "no", "choice", "answer", "please", "pls",
    ]

    /// The option (1-based, at most `count`) that a normalized answer picks, if any.
    ///
    /// - Parameters:
    ///   - normalized: the answer as ``TextNormalizer`` gives it (lower case, words spaced).
    ///   - count: how many options the prompt offered.
    ///   - language: the language of the ordinal, number and filler words.
    static func number(
        in normalized: String, count: Int, language: Language = .english
    ) -> Int? {
        // Most answers are a bare number, or a sentence too long to be a pick: both are told
        // without splitting the text into words.
        if let number = Int(normalized) { return number >= 1 && number <= count ? number : nil }
        let german = language == .german
        guard normalized.utf8.count <= (german ? Self.longestGermanPick : Self.longestPick) else {
            return nil
        }
        let ordinals = german ? Self.germanOrdinals : Self.ordinals
        let lasts: Set<String> = german ? Self.germanLasts : ["last"]
        let fillers = german ? Self.germanFillers : Self.fillers
        let cardinalFillers = german ? Self.germanCardinalFillers : Self.cardinalFillers
        let units = german ? NumberWords.germanUnits : NumberWords.units
        let words = normalized.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, count > 0 else { return nil }
        // An ordinal ("second", "last") with fillers around it, or else one cardinal ("2",
        // "two") with fewer fillers around it.
        var ordinal = 0
        var ordinalCount = 0
        var cardinal = 0
        var cardinals = 0
        var othersAreFillers = true
        var restIsCardinalFillers = true
        for word in words {
            let key = String(word)
            if let value = ordinals[key] ?? (lasts.contains(key) ? count : nil) {
                ordinal = value
                ordinalCount += 1
                continue
            }
            if !fillers.contains(key) { othersAreFillers = false }
            if let value = Int(key) ?? units[key] {
                cardinal = value
                cardinals += 1
            } else if !cardinalFillers.contains(key) {
                restIsCardinalFillers = false
            }
        }
        let pick: Int
        if ordinalCount > 0 {
            guard ordinalCount == 1, othersAreFillers else { return nil }
            pick = ordinal
        } else {
            guard cardinals == 1, restIsCardinalFillers else { return nil }
            pick = cardinal
        }
        return pick >= 1 && pick <= count ? pick : nil
    }
}
