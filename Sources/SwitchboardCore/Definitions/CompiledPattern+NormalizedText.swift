extension CompiledPattern {
    /// A character the pattern asks for literally that normalized text never contains, if any.
    ///
    /// Hand rules run on the normalized message (``TextNormalizer``): lower case, with ASCII
    /// punctuation turned into spaces. A rule written `^Refund` or `refund\?` can therefore
    /// never fire. This finds the first upper-case ASCII letter (unless the pattern turns on
    /// `(?i)`) or ASCII punctuation mark that the pattern matches as itself: outside character
    /// classes, escaped (`\?`) or not (`,`), and not part of the pattern's own syntax (groups,
    /// quantifiers, escapes such as `\S` or `\p{Lu}`).
    var literalNeverInNormalizedText: Character? {
        let characters = Array(self.source)
        let ignoresCase = self.ignoresCase || self.source.contains("(?i")
        var index = 0
        func skip(through end: Character) {
            while index < characters.count, characters[index] != end { index += 1 }
            index += 1
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                guard index + 1 < characters.count else { return nil }
                let escaped = characters[index + 1]
                index += 2
                if escaped.isASCII, escaped.isPunctuation || escaped.isSymbol { return escaped }
                if "pPxuN".contains(escaped), index < characters.count, characters[index] == "{" {
                    skip(through: "}")
                }
            case "[":
                // A class: skip it whole (its first `]`, or one after `^`, is a member).
                index += 1
                if index < characters.count, characters[index] == "^" { index += 1 }
                if index < characters.count, characters[index] == "]" { index += 1 }
                while index < characters.count, characters[index] != "]" {
                    index += characters[index] == "\\" ? 2 : 1
                }
                index += 1
            case "(":
                index += 1
                guard index < characters.count, characters[index] == "?" else { continue }
                index += 1
                if index < characters.count, characters[index] == "P" { index += 1 }
                guard index < characters.count else { return nil }
                switch characters[index] {
                case "<" where index + 1 < characters.count && "=!".contains(characters[index + 1]):
                    index += 2
                case "<", "'":
                    // A named group: skip the name, from after its opening delimiter.
                    let close: Character = characters[index] == "<" ? ">" : "'"
                    index += 1
                    skip(through: close)
                case ":", "=", "!", ">", "|":
                    index += 1
                case "#":
                    skip(through: ")")
                default:
                    // Flags, such as `(?i)` or `(?i:`.
                    while index < characters.count, !":)".contains(characters[index]) {
                        index += 1
                    }
                    index += 1
                }
            case "{":
                // A quantifier such as `{2,5}`; a `{` that starts none is a literal brace.
                guard let close = characters[index...].firstIndex(of: "}"),
                    characters[(index + 1)..<close].allSatisfy({ $0.isNumber || $0 == "," }),
                    close > index + 1
                else { return character }
                index = close + 1
            case ".", "*", "+", "?", "|", ")", "^", "$":
                index += 1
            default:
                if character.isASCII, character.isUppercase, !ignoresCase { return character }
                if character.isASCII, character.isPunctuation || character.isSymbol {
                    return character
                }
                index += 1
            }
        }
        return nil
    }
}
