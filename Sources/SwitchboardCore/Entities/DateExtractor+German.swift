extension DateExtractor {
    /// German months by name and usual abbreviation, as ``EntityText`` keys fold them.
    private static let germanMonths: [String: Int] = [
        "januar": 1, "janner": 1, "jaenner": 1, "februar": 2, "feber": 2, "marz": 3,
        "maerz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9,
        "oktober": 10, "november": 11, "dezember": 12, "jan": 1, "feb": 2, "mar": 3,
        "maer": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
        "nov": 11, "dez": 12,
    ]

    /// German weekdays, Monday first.
    private static let germanWeekdays: [String: Int] = [
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
        "samstag": 5, "sonnabend": 5, "sonntag": 6,
    ]

    /// Weekday abbreviations, read only before a date.
    ///
    /// Only capitalised and followed by a comma or a dot ("Fr., 27. Nov."): "so" and "do" are
    /// also words.
    private static let germanWeekdayAbbreviations: [String: Int] = [
        "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
    ]

    /// Words before "morgen" that make it the morning, not tomorrow: "guten Morgen",
    /// "heute Morgen", "gestern Morgen", "am Morgen", "jeden Morgen", "den ganzen Morgen".
    private static let morningBefore: Set<String> = [
        "guten", "gut", "heute", "gestern", "am", "jeden", "ganzen", "diesen", "den", "einen",
        "schonen",
    ]

    /// `3. März 2026`, `3. Mär.`, `3 März`, `Freitag, 27. November 2026`.
    func germanWritten(_ tokens: EntityText, _ index: Int, _ today: CalendarDate) -> Found? {
        var start = index
        if let word = tokens.word(index), !tokens.isGluedBefore(index) {
            let full = Self.germanWeekdays[word] != nil
            let short =
                Self.germanWeekdayAbbreviations[word] != nil && tokens.isCapitalized(index)
                && (tokens.isSymbol(index + 1, UInt8(ascii: ","))
                    || tokens.isSymbol(index + 1, UInt8(ascii: ".")))
            guard full || short else { return self.germanDayMonth(tokens, index, today) }
            start = index + 1
            while tokens.isAdjacent(start),
                tokens.isSymbol(start, UInt8(ascii: ","))
                    || tokens.isSymbol(start, UInt8(ascii: "."))
            {
                start += 1
            }
            if tokens.isWord(start, "den") { start += 1 }
            guard start < tokens.count, tokens.tokens[start].isSpaced,
                let found = self.germanDayMonth(tokens, start, today)
            else { return nil }
            return (found.date, index, found.last)
        }
        return self.germanDayMonth(tokens, index, today)
    }

    /// `3. März [2026]` from the day's number.
    private func germanDayMonth(
        _ tokens: EntityText, _ index: Int, _ today: CalendarDate
    ) -> Found? {
        guard tokens.isKind(index, .number), tokens.digitCount(index) <= 2,
            !tokens.isGluedBefore(index), !tokens.continuesChain(index),
            let day = tokens.integer(index), (1...31).contains(day)
        else { return nil }
        var next = index + 1
        if tokens.isSymbol(next, UInt8(ascii: ".")), tokens.isAdjacent(next) { next += 1 }
        guard let word = tokens.word(next), let month = Self.germanMonths[word],
            !tokens.isGluedAfter(next) || tokens.isSymbol(next + 1, UInt8(ascii: "."))
                || tokens.isSymbol(next + 1, UInt8(ascii: ","))
        else { return nil }
        var last = next
        if tokens.isSymbol(last + 1, UInt8(ascii: ".")), tokens.isAdjacent(last + 1),
            !tokens.isKind(last + 2, .number) || tokens.tokens[last + 2].isSpaced
        {
            // The abbreviation's dot ("Mär."), unless it joins a year ("Mär.2026" is rare).
            if let (year, yearLast) = self.year(tokens, after: last + 1, hyphenated: false) {
                return CalendarDate(year: year, month: month, day: day).map {
                    ($0, index, yearLast)
                }
            }
            last += 1
        }
        if let (year, yearLast) = self.year(tokens, after: next, hyphenated: false) {
            return CalendarDate(year: year, month: month, day: day).map { ($0, index, yearLast) }
        }
        return Self.mostRecent(month: month, day: day, notAfter: today).map { ($0, index, last) }
    }

    /// `heute`, `morgen`, `übermorgen`, `gestern`, `vorgestern`, `vor 3 Tagen`, `in zwei
    /// Wochen`, `letzte Woche`, `nächsten Montag`, `am Freitag`, `Dienstag`.
    func germanRelative(_ tokens: EntityText, _ index: Int, _ today: CalendarDate) -> Found? {
        guard let word = tokens.word(index), !tokens.isGluedBefore(index),
            !tokens.isGluedAfter(index)
        else { return nil }
        let next = index + 1
        let nextWord = tokens.isKind(next, .word) && tokens.tokens[next].isSpaced
        switch word {
        case "heute", "heut":
            return (today, index, index)
        case "morgen":
            if let previous = tokens.word(index - 1), tokens.tokens[index].isSpaced,
                Self.morningBefore.contains(previous)
            {
                return nil
            }
            return (today.adding(days: 1), index, index)
        case "ubermorgen", "uebermorgen":
            return (today.adding(days: 2), index, index)
        case "gestern":
            return (today.adding(days: -1), index, index)
        case "vorgestern":
            return (today.adding(days: -2), index, index)
        case "vor", "in":
            guard let (count, unitLast, days) = self.germanSpan(tokens, next) else { return nil }
            let sign = word == "vor" ? -1 : 1
            return (self.shift(today, by: sign * count, days), index, unitLast)
        case "letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen",
            "vergangener", "vorige", "vorigen", "voriger":
            guard nextWord else { return nil }
            if let day = self.germanWeekday(tokens, next) {
                return (Self.lastWeekday(day, before: today), index, next)
            }
            switch tokens.word(next) {
            case "woche": return (today.adding(days: -7), index, next)
            case "nacht": return (today.adding(days: -1), index, next)
            default: return nil
            }
        case "nachste", "nachsten", "nachster", "naechste", "naechsten", "kommende",
            "kommenden", "kommender":
            guard nextWord else { return nil }
            if let day = self.germanWeekday(tokens, next) {
                return (Self.nextWeekday(day, after: today), index, next)
            }
            return tokens.isWord(next, "woche") ? (today.adding(days: 7), index, next) : nil
        case "diese", "diesen", "dieser":
            guard nextWord, let day = self.germanWeekday(tokens, next) else { return nil }
            let monday = today.adding(days: -Self.weekday(of: today))
            return (monday.adding(days: day), index, next)
        case "am":
            guard nextWord, let day = self.germanWeekday(tokens, next) else { return nil }
            return (Self.lastWeekday(day, before: today), next, next)
        default:
            guard let day = Self.germanWeekdays[word] else { return nil }
            if let previous = tokens.word(index - 1),
                ["am", "letzten", "letzte", "nachsten", "nachste", "diesen", "kommenden"].contains(
                    previous)
            {
                return nil
            }
            return (Self.lastWeekday(day, before: today), index, index)
        }
    }

    /// The weekday written in full at `index`.
    private func germanWeekday(_ tokens: EntityText, _ index: Int) -> Int? {
        guard let word = tokens.word(index), !tokens.isGluedAfter(index) else { return nil }
        return Self.germanWeekdays[word]
    }

    /// A count and a unit (`3 Tagen`, `zwei Wochen`, `einem Monat`): the count, the unit's
    /// token, and whether the unit is days (weeks turned into days) or months.
    private func germanSpan(
        _ tokens: EntityText, _ index: Int
    ) -> (count: Int, last: Int, days: Bool)? {
        guard index < tokens.count, tokens.tokens[index].isSpaced else { return nil }
        let count: Int
        let countLast: Int
        if tokens.isKind(index, .number) {
            guard tokens.digitCount(index) <= 4, !tokens.isGluedAfter(index),
                let value = tokens.integer(index)
            else { return nil }
            (count, countLast) = (value, index)
        } else if let (value, last) = NumberWords.parseGerman(tokens, at: index, article: true) {
            (count, countLast) = (value, last)
        } else {
            return nil
        }
        let unit = countLast + 1
        guard let word = tokens.word(unit), tokens.tokens[unit].isSpaced else { return nil }
        switch word {
        case "tag", "tage", "tagen", "tages":
            return (count, unit, true)
        case "woche", "wochen":
            return (count * 7, unit, true)
        case "monat", "monate", "monaten", "monats":
            return (count, unit, false)
        case "jahr", "jahre", "jahren", "jahres":
            return (count * 12, unit, false)
        default:
            return nil
        }
    }
}
