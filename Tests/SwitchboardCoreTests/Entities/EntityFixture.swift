@testable import SwitchboardCore

/// Shared fixtures for the entity extractor tests.
enum EntityFixture {
    /// A Wednesday.
    static let today = day(2026, 3, 18)

    /// The context every extractor test runs in.
    static let context = ExtractionContext(today: today)

    /// A calendar date that the test knows to exist.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate(daysSinceEpoch: 0)
    }

    /// The match of `value` over the first occurrence of `needle` in `text`.
    static func match(_ value: SlotValue, _ needle: String, in text: String) -> EntityMatch {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        var start = 0
        while start + pattern.count <= haystack.count {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { break }
            start += 1
        }
        return EntityMatch(value: value, range: start..<(start + pattern.count), text: needle)
    }

    /// Runs `extractor` over `text` in the shared context.
    static func extract(_ extractor: some EntityExtractor, _ text: String) -> [EntityMatch] {
        extractor.extract(from: text, in: self.context)
    }
}
