/// Finds the values of a list entity by their canonical names and synonyms, compared as stems.
///
/// When synonyms overlap ("card" and "credit card"), the longest match wins.
public struct ListExtractor: EntityExtractor {
    private let analyzer: TextAnalyzer
    private let dictionary: TermDictionary
    /// Each value's canonical name and its phrasings as stem ids, longest first.
    private let phrases: [(value: String, stems: [Int])]

    /// Creates an extractor for list values.
    public init(values: [ListValue], analyzer: TextAnalyzer = TextAnalyzer()) {
        self.analyzer = analyzer
        var dictionary = TermDictionary(minimumCapacity: 256)
        var phrases: [(value: String, stems: [Int])] = []
        for value in values {
            let spoken = value.canonical.replacing("_", with: " ")
            for phrasing in [spoken] + value.synonyms {
                var ids: [Int] = []
                analyzer.analyze(phrasing).forEachStem { ids.append(dictionary.intern($0)) }
                if !ids.isEmpty { phrases.append((value.canonical, ids)) }
            }
        }
        self.dictionary = dictionary
        self.phrases = phrases.enumerated().sorted {
            $0.element.stems.count != $1.element.stems.count
                ? $0.element.stems.count > $1.element.stems.count : $0.offset < $1.offset
        }.map(\.element)
    }

    /// The values mentioned, in order of appearance, each once.
    public func extract(from text: String, in context: ExtractionContext) -> [EntityMatch] {
        self.extract(from: self.analyzer.analyze(text), in: context)
    }

    /// The values mentioned in a message already analysed, in order of appearance, each once.
    public func extract(from text: AnalyzedText, in context: ExtractionContext) -> [EntityMatch] {
        var words: [Int] = []
        words.reserveCapacity(text.wordCount)
        var knowsAny = false
        text.forEachStem {
            let id = self.dictionary.id(of: $0) ?? -1
            knowsAny = knowsAny || id >= 0
            words.append(id)
        }
        // Most messages name no value at all.
        guard knowsAny else { return [] }
        var taken = [Bool](repeating: false, count: words.count)
        var found: [(position: Int, value: String)] = []
        for phrase in self.phrases where phrase.stems.count <= words.count {
            for start in 0...(words.count - phrase.stems.count)
            where words[start] == phrase.stems[0] {
                let span = start..<(start + phrase.stems.count)
                guard span.allSatisfy({ !taken[$0] }),
                    zip(words[span], phrase.stems).allSatisfy({ $0 == $1 })
                else { continue }
                for index in span { taken[index] = true }
                if !found.contains(where: { $0.value == phrase.value }) {
                    found.append((start, phrase.value))
                }
            }
        }
        let whole = 0..<text.original.utf8.count
        return found.sorted { $0.position < $1.position }.map {
            EntityMatch(value: .text($0.value), range: whole, text: text.original)
        }
    }
}
