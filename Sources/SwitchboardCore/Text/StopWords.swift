/// Common English function words, left out of knowledge-base terms.
///
/// The list holds stems (as ``EnglishStemmer`` produces them), so it is compared after
/// stemming. Intent matching keeps stop words: "how do I" and "I want to" carry intent.
enum StopWords {
    private static let dictionary: TermDictionary = {
        var dictionary = TermDictionary(minimumCapacity: 256)
        // The list is written as words; terms are stems, and some stop words stem to
        // something else ("why" to "whi", "any" to "ani"), so both forms are kept.
        let stemmer = EnglishStemmer()
        for word in Self.list {
            _ = dictionary.intern(word)
            _ = dictionary.intern(stemmer.stem(word))
        }
        return dictionary
    }()

    private static let list =
        [
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at",
            "by",
            "for", "with", "from", "about", "as", "into", "over", "after", "before", "up", "out",
            "off",
            "i", "me", "my", "mine", "we", "us", "our", "you", "your", "yours", "it", "it", "its",
            "they",
            "them", "their", "he", "him", "his", "she", "her", "this", "that", "these", "those",
            "there",
            "here", "is", "am", "are", "was", "were", "be", "been", "am", "do", "doe", "did",
            "done",
            "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may",
            "might",
            "must", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "please",
            "pleas", "thank", "thanks", "hi", "hello", "hey", "just", "also", "very", "too", "any",
            "some",
            "im", "ive", "id", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "get",
            "got",
            "want", "need", "tell", "know", "one", "all", "than", "such", "via", "yes", "no", "not",
        ]

    /// Whether a stem is a stop word.
    static func contains(_ stem: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stem.count <= 6 else { return false }
        return Self.dictionary.id(of: stem) != nil
    }

    /// Whether a stem, given as text, is a stop word.
    static func contains(_ stem: String) -> Bool {
        var copy = stem
        return copy.withUTF8 { Self.contains($0) }
    }
}
