/// Finds calendar dates, written out or relative to today.
///
/// Understood forms:
/// - numeric: `2026-11-27`, `27/11/2026`, `27.11.2026`, `27-11-26` (day first unless
///   `dayFirst` is off; a reading that names no real day falls back to the other order);
/// - with month names: `27 Nov 2026`, `Nov 27`, `November 27th, 2026`, `27th of November`,
///   `Friday, 27 November 2026`, `27-Nov-2026`;
/// - relative: `today`, `yesterday`, `tomorrow`, `the day before yesterday`,
///   `the day after tomorrow`, `3 days ago`, `two weeks ago`, `a month ago`, `in 3 days`,
///   `last week`, `next week`, `last night`, `this morning`;
/// - weekdays: `Monday` / `on Monday` / `last Monday` (the most recent such day before
///   today), `next Friday` (the first one after today), `this Friday` (in the current
///   Monday-to-Sunday week).
///
/// A German extractor (``Language/german``) reads German instead: `3. März 2026`, `3. Mär.`,
/// `03.03.2026` (always day first with dots), `heute`, `morgen` (not in `guten Morgen` or
/// `heute Morgen`), `übermorgen`, `gestern`, `vorgestern`, `vor 3 Tagen`, `in zwei Wochen`,
/// `letzte Woche`, `nächste Woche`, `am Montag`, `letzten Montag`, `nächsten Freitag`,
/// `diesen Freitag`; month names include `Jänner` and `Maerz`.
///
/// A date without a year is the most recent such day that is not in the future: support
/// users mostly talk about what already happened. Dates that do not exist (`Feb 30`) are
/// not matched.
public struct DateExtractor: EntityExtractor {
    /// Whether `01/02/2026` reads as 1 February (true) or as January 2 (false).
    public var dayFirst: Bool

    /// The language of the month, weekday and relative words.
    public var language: Language

    /// Creates a date extractor.
    public init(dayFirst: Bool = true, language: Language = .english) {
        self.dayFirst = dayFirst
        self.language = language
    }

    /// Returns the dates in `text`, in order of appearance.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        let german = self.language == .german
        let tokens = EntityText(text, germanLetters: german)
        let today = context.today
        var candidates: [EntityMatch] = []
        for index in 0..<tokens.count {
            let found =
                german
                ? [
                    self.numeric(tokens, index), self.germanWritten(tokens, index, today),
                    self.germanRelative(tokens, index, today),
                ]
                : [
                    self.numeric(tokens, index), self.written(tokens, index, today),
                    self.relative(tokens, index, today),
                ]
            for case (let date, let first, let last)? in found
            where Self.writableYears.contains(date.year) {
                candidates.append(tokens.match(.date(date), first, last))
            }
        }
        return EntityMatch.nonOverlapping(candidates)
    }

    /// The years of the dates it finds: those ``CalendarDate/init(iso:)`` reads.
    ///
    /// So every date the engine holds is written as `YYYY-MM-DD` and read back the same, in
    /// saved state, action arguments and transcripts. A span that leaves them (`in 999999
    /// years`) is no date: such a year once reached a bridge's state file, which then failed
    /// to load.
    static let writableYears = 0...9999

    /// A found date and its first and last token.
    typealias Found = (date: CalendarDate, first: Int, last: Int)

    // MARK: Numeric dates

    /// `2026-11-27`, `27/11/2026`, `11/27/2026`, `27.11.26`.
    private func numeric(_ tokens: EntityText, _ index: Int) -> Found? {
        guard tokens.isKind(index, .number), !tokens.continuesChain(index),
            !tokens.isGluedBefore(index), let chain = tokens.numericChain(at: index),
            chain.numbers.count == 3, let separator = chain.separators.first,
            chain.separators.allSatisfy({ $0 == separator }),
            Array("-/.".utf8).contains(separator)
        else { return nil }
        let last = chain.last
        if tokens.isGluedAfter(last) {
            // Only an ISO time may follow: 2026-11-27T10:30.
            guard tokens.isAdjacent(last + 1), tokens.isWord(last + 1, "t"),
                tokens.isAdjacent(last + 2), tokens.isKind(last + 2, .number)
            else { return nil }
        }
        let widths = chain.numbers.map { tokens.digitCount($0) }
        let values = chain.numbers.map { tokens.integer($0) ?? 0 }
        if widths[0] == 4, widths[1] <= 2, widths[2] <= 2 {
            guard let date = CalendarDate(year: values[0], month: values[1], day: values[2])
            else { return nil }
            return (date, index, last)
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 4 || widths[2] == 2 else {
            return nil
        }
        let year = widths[2] == 2 ? 2000 + values[2] : values[2]
        let dayMonth = CalendarDate(year: year, month: values[1], day: values[0])
        let monthDay = CalendarDate(year: year, month: values[0], day: values[1])
        // German writes dates with dots day first, whatever the setting says.
        let dayFirst = self.dayFirst || (self.language == .german && separator == UInt8(ascii: "."))
        guard let date = dayFirst ? dayMonth ?? monthDay : monthDay ?? dayMonth else {
            return nil
        }
        return (date, index, last)
    }

    // MARK: Dates with month names

    /// The months by their names and usual abbreviations.
    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// `27 Nov 2026`, `Nov 27`, `November 27th, 2026`, `27th of November`, with an optional
    /// weekday in front (`Friday, 27 November`).
    private func written(_ tokens: EntityText, _ index: Int, _ today: CalendarDate) -> Found? {
        var start = index
        if self.weekday(tokens, index, abbreviated: true) != nil {
            start = index + 1
            if tokens.isSymbol(start, UInt8(ascii: ",")), tokens.isAdjacent(start) {
                start += 1
            }
            guard tokens.isKind(start, .word) || tokens.isKind(start, .number),
                tokens.tokens[start].isSpaced
            else { return nil }
        }
        guard let parts = self.dayThenMonth(tokens, start) ?? self.monthThenDay(tokens, start)
        else { return nil }
        let date: CalendarDate?
        if let year = parts.year {
            date = CalendarDate(year: year, month: parts.month, day: parts.day)
        } else {
            date = Self.mostRecent(month: parts.month, day: parts.day, notAfter: today)
        }
        guard let date else { return nil }
        return (date, index, parts.last)
    }

    /// The parts of a written date and its last token.
    private typealias Parts = (day: Int, month: Int, year: Int?, last: Int)

    /// `27 Nov [2026]`, `27th of November`, `27-Nov-2026`.
    private func dayThenMonth(_ tokens: EntityText, _ index: Int) -> Parts? {
        guard let (day, dayLast) = self.day(tokens, index) else { return nil }
        var next = dayLast + 1
        let hyphen = UInt8(ascii: "-")
        let hyphenated =
            tokens.isSymbol(next, hyphen) && tokens.isAdjacent(next) && tokens.isAdjacent(next + 1)
        if hyphenated {
            next += 1
        } else {
            guard next < tokens.count, tokens.tokens[next].isSpaced else { return nil }
            if tokens.isWord(next, "of"), tokens.isKind(next + 1, .word),
                tokens.tokens[next + 1].isSpaced
            {
                next += 1
            }
        }
        guard let month = self.month(tokens, next, hyphenated: hyphenated) else { return nil }
        if let (year, last) = self.year(tokens, after: next, hyphenated: hyphenated) {
            return (day, month, year, last)
        }
        return hyphenated ? nil : (day, month, nil, next)
    }

    /// `Nov 27`, `November 27th, 2026`, `Nov. 27 2026`, `November the 27th`.
    private func monthThenDay(_ tokens: EntityText, _ index: Int) -> Parts? {
        guard let month = self.month(tokens, index, hyphenated: false) else { return nil }
        var next = index + 1
        if tokens.isSymbol(next, UInt8(ascii: ".")), tokens.isAdjacent(next) { next += 1 }
        guard next < tokens.count, tokens.tokens[next].isSpaced else { return nil }
        if tokens.isWord(next, "the"), tokens.isKind(next + 1, .number) { next += 1 }
        guard let (day, dayLast) = self.day(tokens, next) else { return nil }
        if let (year, last) = self.year(tokens, after: dayLast, hyphenated: false) {
            return (day, month, year, last)
        }
        return (day, month, nil, dayLast)
    }

    /// The month named at `index`.
    ///
    /// "may" counts only capitalised, being also a verb. A `hyphenated` month
    /// (`27-Nov-2026`) may follow the day through a hyphen.
    private func month(_ tokens: EntityText, _ index: Int, hyphenated: Bool) -> Int? {
        guard let word = tokens.word(index), hyphenated || !tokens.isGluedBefore(index) else {
            return nil
        }
        if word == "may", !tokens.isCapitalized(index) { return nil }
        return Self.months[word]
    }

    /// A day of the month at `index` (`27`, `27th`) and its last token.
    private func day(_ tokens: EntityText, _ index: Int) -> (day: Int, last: Int)? {
        guard tokens.isKind(index, .number), tokens.digitCount(index) <= 2,
            !tokens.isGluedBefore(index), !tokens.continuesChain(index),
            tokens.numericChain(at: index)?.numbers.count == 1,
            let day = tokens.integer(index), (1...31).contains(day)
        else { return nil }
        var last = index
        if tokens.isAdjacent(index + 1), let suffix = tokens.word(index + 1),
            ["st", "nd", "rd", "th"].contains(suffix)
        {
            last += 1
        }
        let hyphenatedMonth =
            tokens.isSymbol(last + 1, UInt8(ascii: "-")) && tokens.isAdjacent(last + 1)
            && tokens.isAdjacent(last + 2) && self.month(tokens, last + 2, hyphenated: true) != nil
        guard !tokens.isGluedAfter(last) || hyphenatedMonth else { return nil }
        return (day, last)
    }

    /// A four-digit year after the token `index` (`, 2026`, ` 2026`, `-2026`).
    func year(
        _ tokens: EntityText, after index: Int, hyphenated: Bool
    ) -> (year: Int, last: Int)? {
        var next = index + 1
        if hyphenated {
            guard tokens.isSymbol(next, UInt8(ascii: "-")), tokens.isAdjacent(next),
                tokens.isAdjacent(next + 1)
            else { return nil }
            next += 1
        } else {
            if tokens.isAdjacent(next),
                tokens.isSymbol(next, UInt8(ascii: ",")) || tokens.isSymbol(next, UInt8(ascii: "."))
            {
                next += 1
            }
            guard next < tokens.count, tokens.tokens[next].isSpaced else { return nil }
        }
        guard tokens.isKind(next, .number), tokens.digitCount(next) == 4,
            tokens.numericChain(at: next)?.numbers.count == 1, !tokens.isGluedAfter(next),
            let year = tokens.integer(next), year >= 1000
        else { return nil }
        return (year, next)
    }

    /// The most recent `month`/`day` on or before `today`, or `nil` when there is none.
    static func mostRecent(month: Int, day: Int, notAfter today: CalendarDate) -> CalendarDate? {
        for back in 0...8 {
            if let date = CalendarDate(year: today.year - back, month: month, day: day),
                date <= today
            {
                return date
            }
        }
        return nil
    }

    // MARK: Relative dates

    /// The weekdays by name, Monday first.
    private static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
        "sunday": 6,
    ]

    /// Weekday abbreviations, read only when capitalised next to "on", "last", "next",
    /// "this", or before a date: "sat" and "sun" are also words.
    private static let weekdayAbbreviations: [String: Int] = [
        "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
        "sat": 5, "sun": 6,
    ]

    /// The weekday named at `index` (Monday = 0).
    private func weekday(_ tokens: EntityText, _ index: Int, abbreviated: Bool) -> Int? {
        guard let word = tokens.word(index), !tokens.isGluedBefore(index),
            !tokens.isGluedAfter(index)
        else { return nil }
        if let day = Self.weekdays[word] { return day }
        guard abbreviated, tokens.isCapitalized(index) else { return nil }
        return Self.weekdayAbbreviations[word]
    }

    /// The weekday of `date`, Monday = 0.
    static func weekday(of date: CalendarDate) -> Int {
        date.weekdayFromMonday
    }

    /// `today`, `yesterday`, `3 days ago`, `last Monday` and the other relative forms.
    private func relative(_ tokens: EntityText, _ index: Int, _ today: CalendarDate) -> Found? {
        guard tokens.isKind(index, .word) || tokens.isKind(index, .number),
            !tokens.isGluedBefore(index)
        else { return nil }
        let word = tokens.word(index) ?? ""
        let next = index + 1
        let nextWord = tokens.isKind(next, .word) && tokens.tokens[next].isSpaced
        switch word {
        case "today", "tonight":
            return (today, index, index)
        case "yesterday":
            return (today.adding(days: -1), index, index)
        case "tomorrow":
            return (today.adding(days: 1), index, index)
        case "the":
            return self.dayBeforeOrAfter(tokens, next, today).map { ($0.date, index, $0.last) }
        case "day":
            return self.dayBeforeOrAfter(tokens, index, today).map { ($0.date, index, $0.last) }
        case "last", "next", "this", "on":
            guard nextWord else { return nil }
            return self.qualified(word, tokens, index, today)
        case "in":
            guard let (count, unitLast, days) = self.span(tokens, next) else { return nil }
            return (self.shift(today, by: count, days), index, unitLast)
        default:
            if let day = self.weekday(tokens, index, abbreviated: false) {
                return (Self.lastWeekday(day, before: today), index, index)
            }
            guard let (count, unitLast, days) = self.span(tokens, index),
                tokens.isWord(unitLast + 1, "ago"), tokens.tokens[unitLast + 1].isSpaced
            else { return nil }
            return (self.shift(today, by: -count, days), index, unitLast + 1)
        }
    }

    /// `last Monday`, `next Friday`, `this Friday`, `on Sat`, `last week`, `last night`,
    /// `this morning`.
    private func qualified(
        _ qualifier: String, _ tokens: EntityText, _ index: Int, _ today: CalendarDate
    ) -> Found? {
        let next = index + 1
        if let day = self.weekday(tokens, next, abbreviated: true) {
            switch qualifier {
            case "next":
                return (Self.nextWeekday(day, after: today), index, next)
            case "this":
                let monday = today.adding(days: -Self.weekday(of: today))
                return (monday.adding(days: day), index, next)
            case "on":
                return (Self.lastWeekday(day, before: today), next, next)
            default:
                return (Self.lastWeekday(day, before: today), index, next)
            }
        }
        switch (qualifier, tokens.word(next)) {
        case ("last", "week"):
            return (today.adding(days: -7), index, next)
        case ("next", "week"):
            return (today.adding(days: 7), index, next)
        case ("last", "night"):
            return (today.adding(days: -1), index, next)
        case ("this", "morning"), ("this", "afternoon"), ("this", "evening"):
            return (today, index, next)
        default:
            return nil
        }
    }

    /// `day before yesterday` / `day after tomorrow` starting at the word "day".
    private func dayBeforeOrAfter(
        _ tokens: EntityText, _ index: Int, _ today: CalendarDate
    ) -> (date: CalendarDate, last: Int)? {
        guard tokens.isWord(index, "day"), tokens.tokens[index].isSpaced || index == 0 else {
            return nil
        }
        let last = index + 2
        guard last < tokens.count, tokens.tokens[index + 1].isSpaced, tokens.tokens[last].isSpaced
        else { return nil }
        if tokens.isWord(index + 1, "before"), tokens.isWord(last, "yesterday") {
            return (today.adding(days: -2), last)
        }
        if tokens.isWord(index + 1, "after"), tokens.isWord(last, "tomorrow") {
            return (today.adding(days: 2), last)
        }
        return nil
    }

    /// A count and a unit (`3 days`, `two weeks`, `a month`): the count, the unit's token,
    /// and whether the unit is days (true, with weeks turned into days) or months.
    private func span(
        _ tokens: EntityText, _ index: Int
    ) -> (count: Int, last: Int, days: Bool)? {
        let count: Int
        let countLast: Int
        if tokens.isKind(index, .number) {
            guard tokens.digitCount(index) <= 4, !tokens.isGluedBefore(index),
                !tokens.isGluedAfter(index), let value = tokens.integer(index)
            else { return nil }
            (count, countLast) = (value, index)
        } else if let (value, last) = NumberWords.parse(tokens, at: index, article: true) {
            (count, countLast) = (value, last)
        } else {
            return nil
        }
        let unit = countLast + 1
        guard let word = tokens.word(unit), tokens.tokens[unit].isSpaced else { return nil }
        switch word {
        case "day", "days":
            return (count, unit, true)
        case "week", "weeks":
            return (count * 7, unit, true)
        case "month", "months":
            return (count, unit, false)
        case "year", "years":
            return (count * 12, unit, false)
        default:
            return nil
        }
    }

    /// `date` moved by `count` days or months (keeping the day within the month).
    func shift(_ date: CalendarDate, by count: Int, _ days: Bool) -> CalendarDate {
        if days { return date.adding(days: count) }
        let total = date.year * 12 + (date.month - 1) + count
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day) ?? date
    }

    /// The most recent `weekday` strictly before `today`.
    static func lastWeekday(_ weekday: Int, before today: CalendarDate) -> CalendarDate {
        let back = (Self.weekday(of: today) - weekday + 7) % 7
        return today.adding(days: -(back == 0 ? 7 : back))
    }

    /// The first `weekday` strictly after `today`.
    static func nextWeekday(_ weekday: Int, after today: CalendarDate) -> CalendarDate {
        let ahead = (weekday - Self.weekday(of: today) + 7) % 7
        return today.adding(days: ahead == 0 ? 7 : ahead)
    }
}
