/// Groups unanswered questions by the significant terms they share, deterministically.
///
/// Each question is analysed as the matchers analyse messages (``TextAnalyzer``: normalised,
/// split into words, stemmed) after the masking placeholders (`[email]`, ...) are taken out;
/// stop words, one-letter words and numbers are left out, and the remaining stems are
/// interned as term ids in a ``TermDictionary``. Then, greedily: the term shared by the most
/// questions not yet grouped (ties: the term first in byte order) makes a group of those
/// questions, labelled by the terms they all share, until no term is shared by two of them.
/// Questions left over are grouped by their normalised text, labelled by their own terms.
/// Groups come out largest first (ties: by label, then example).
///
/// ```swift
/// let groups = QuestionGrouper().groups(
///     ["where is my drone delivery", "drone delivery late", "asdf"], limit: 10)
/// // [drone + delivery: 2, "asdf": 1]
/// ```
public struct QuestionGrouper: Sendable {
    private let analyzer: TextAnalyzer

    /// Creates a grouper that stems and drops stop words as `language` does.
    public init(language: Language = .english) {
        self.analyzer = TextAnalyzer(language: language)
    }

    /// One analysed question.
    private struct Question {
        var text: String
        var normalized: String
        var terms: [Int]
    }

    /// The largest groups of `questions`, at most `limit` of them.
    public func groups(_ questions: [String], limit: Int) -> [QuestionGroup] {
        guard limit > 0, !questions.isEmpty else { return [] }
        var dictionary = TermDictionary(minimumCapacity: 256)
        var surfaces: [[String: Int]] = []
        var analysed: [Question] = []
        analysed.reserveCapacity(questions.count)
        for text in questions {
            let analysis = self.analyzer.analyze(Self.withoutPlaceholders(text))
            let words = analysis.normalizedText.split(separator: " ").map(String.init)
            var terms: [Int] = []
            for (word, stem) in zip(words, analysis.stems)
            where Self.isSignificant(stem, language: self.analyzer.language) {
                let id = dictionary.intern(stem)
                if id == surfaces.count { surfaces.append([:]) }
                surfaces[id][word, default: 0] += 1
                if !terms.contains(id) { terms.append(id) }
            }
            analysed.append(
                Question(text: text, normalized: analysis.normalizedText, terms: terms))
        }
        let names = (0..<dictionary.count).map { dictionary.term($0) }
        var postings = [[Int]](repeating: [], count: names.count)
        for (index, question) in analysed.enumerated() {
            for term in question.terms { postings[term].append(index) }
        }
        let overallFrequency = postings.map(\.count)
        var frequency = overallFrequency
        var grouped = [Bool](repeating: false, count: analysed.count)
        var groups: [QuestionGroup] = []

        while let term = Self.mostShared(frequency, names: names) {
            let members = postings[term].filter { !grouped[$0] }
            var shared = Set(analysed[members[0]].terms)
            for member in members {
                grouped[member] = true
                shared.formIntersection(analysed[member].terms)
                for other in analysed[member].terms { frequency[other] -= 1 }
            }
            let others = shared.subtracting([term]).sorted {
                (overallFrequency[$0], names[$1]) > (overallFrequency[$1], names[$0])
            }
            let labelTerms = ([term] + others).prefix(3).map { Self.commonest(surfaces[$0]) }
            groups.append(
                QuestionGroup(
                    terms: labelTerms, count: members.count,
                    example: Self.example(members.map { analysed[$0].text })))
        }

        var leftOver: [String: [Int]] = [:]
        for (index, question) in analysed.enumerated() where !grouped[index] {
            leftOver[question.normalized, default: []].append(index)
        }
        for members in leftOver.values {
            let terms = analysed[members[0]].terms.sorted {
                (overallFrequency[$0], names[$1]) > (overallFrequency[$1], names[$0])
            }
            groups.append(
                QuestionGroup(
                    terms: terms.prefix(3).map { Self.commonest(surfaces[$0]) },
                    count: members.count,
                    example: Self.example(members.map { analysed[$0].text })))
        }
        groups.sort {
            if $0.count != $1.count { return $0.count > $1.count }
            if $0.label != $1.label { return $0.label < $1.label }
            return $0.example < $1.example
        }
        return Array(groups.prefix(limit))
    }

    /// The term shared by the most ungrouped questions (at least two); ties go to the term
    /// first in byte order.
    private static func mostShared(_ frequency: [Int], names: [String]) -> Int? {
        var best: Int?
        for (term, count) in frequency.enumerated() where count >= 2 {
            guard let current = best else {
                best = term
                continue
            }
            if count > frequency[current]
                || (count == frequency[current] && names[term] < names[current])
            {
                best = term
            }
        }
        return best
    }

    /// Whether a stem carries meaning: not a stop word, not a single letter, not a number.
    private static func isSignificant(_ stem: String, language: Language) -> Bool {
        guard stem.utf8.count >= 2, !stem.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return false
        }
        return !language.isStopWord(stem)
    }

    /// The most frequent form; ties go to the one first in byte order.
    private static func commonest(_ counts: [String: Int]) -> String {
        counts.min { ($0.value, $1.key) > ($1.value, $0.key) }?.key ?? ""
    }

    /// The most frequent text, then the shortest, then the first in byte order.
    private static func example(_ texts: [String]) -> String {
        var counts: [String: Int] = [:]
        for text in texts { counts[text, default: 0] += 1 }
        return counts.min {
            if $0.value != $1.value { return $0.value > $1.value }
            if $0.key.utf8.count != $1.key.utf8.count {
                return $0.key.utf8.count < $1.key.utf8.count
            }
            return $0.key < $1.key
        }?.key ?? ""
    }

    /// The text with masking placeholders (`[email]`, `[redacted]`, ...) blanked out, so they
    /// do not count as shared terms.
    static func withoutPlaceholders(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        var output: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "["),
                let close = bytes[(index + 1)...].prefix(12).firstIndex(of: UInt8(ascii: "]")),
                close > index + 1,
                bytes[(index + 1)..<close].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
            {
                output.append(0x20)
                index = close + 1
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
