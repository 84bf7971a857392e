/// A sentence as a search result shows it: the query's words marked `**`, and cut to a length
/// around the first of them.
///
/// Punctuation stays outside the marks (`**cancel**.`), neighbouring marked words share one
/// mark (`**forgot password**`), and a sentence longer than the length is cut between words,
/// with `…` where words were left out, keeping the first marked word and up to three words
/// before it. The length counts every character of the result, marks included, so a mark is
/// never cut in two.
struct Snippet {
    /// A word of the sentence: its leading punctuation, its letters and digits (with whatever
    /// punctuation they enclose, as in `sign-in`), and its trailing punctuation.
    struct Word {
        var lead: Substring
        var core: Substring
        var trail: Substring
        var marked: Bool
    }

    /// The sentence's words.
    let words: [Word]

    /// Splits a sentence at spaces and marks the words `marks` says are the query's.
    init(_ sentence: Substring, marks: (Substring) -> Bool) {
        self.words = sentence.split(separator: " ").map { word in
            let isWordCharacter = { (character: Character) in
                character.isLetter || character.isNumber
            }
            guard let first = word.firstIndex(where: isWordCharacter),
                let last = word.lastIndex(where: isWordCharacter)
            else {
                return Word(lead: word, core: "", trail: "", marked: false)
            }
            let core = word[first...last]
            return Word(
                lead: word[..<first], core: core, trail: word[word.index(after: last)...],
                marked: marks(core))
        }
    }

    /// The snippet, at most `maxLength` characters long.
    func text(maxLength: Int) -> String {
        guard maxLength > 0 else { return "" }
        let whole = self.render(0..<self.words.count)
        if whole.count <= maxLength { return whole }
        let first = self.words.firstIndex(where: \.marked) ?? 0
        guard self.render(first..<(first + 1)).count <= maxLength else {
            // One word longer than the length: its first characters, unmarked.
            let plain = self.words[first...].map { "\($0.lead)\($0.core)\($0.trail)" }
            let text = (first > 0 ? "…" : "") + plain.joined(separator: " ")
            return String(text.prefix(maxLength - 1)) + "…"
        }
        var start = first
        for before in 1...3 where first - before >= 0 {
            guard self.render((first - before)..<(first + 1)).count <= maxLength else { break }
            start = first - before
        }
        var end = first + 1
        while end < self.words.count, self.render(start..<(end + 1)).count <= maxLength {
            end += 1
        }
        return self.render(start..<end)
    }

    /// Some of the words, with `…` before and after when words were left out there.
    private func render(_ range: Range<Int>) -> String {
        var text = range.lowerBound > 0 ? "…" : ""
        for index in range {
            let word = self.words[index]
            if index > range.lowerBound { text += " " }
            text += word.lead
            let joinsPrevious =
                index > range.lowerBound && self.words[index - 1].marked
                && self.words[index - 1].trail.isEmpty && word.lead.isEmpty
            let joinsNext =
                index + 1 < range.upperBound && self.words[index + 1].marked
                && word.trail.isEmpty && self.words[index + 1].lead.isEmpty
            if word.marked && !joinsPrevious { text += "**" }
            text += word.core
            if word.marked && !joinsNext { text += "**" }
            text += word.trail
        }
        if range.upperBound < self.words.count { text += "…" }
        return text
    }
}
