/// The language a bot's users write in, chosen from its `locale` setting: it supplies the
/// stemmer, the stop words, the yes/no phrases, the number words and the date words.
///
/// A value with no state; every table it selects is built once and shared.
///
/// ```swift
/// let language = Language(locale: "de-AT")  // .german
/// language?.stem("erstattungen")  // "erstatt"
/// ```
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English (`en`, `en-*`): the Snowball English stemmer and English words.
    case english = "en"
    /// German (`de`, `de-*`): the Snowball German stemmer and German words.
    case german = "de"

    /// The language of a locale (`en`, `en-GB`, `de`, `de-AT`, `de-CH`, ...), or `nil` when the
    /// engine has no rules for it.
    public init?(locale: String) {
        if locale == "en" || locale.hasPrefix("en-") {
            self = .english
        } else if locale == "de" || locale.hasPrefix("de-") {
            self = .german
        } else {
            return nil
        }
    }

    /// The locales the engine supports, as a setting's message lists them.
    public static let supportedLocales = "\"en\" (and \"en-*\"), \"de\" (and \"de-*\")"

    /// Appends the stem of `word` (normalized, lower-case UTF-8 bytes) to `output`.
    @inline(__always)
    public func stem(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        switch self {
        case .english: EnglishStemmer().stem(word, into: &output)
        case .german: GermanStemmer().stem(word, into: &output)
        }
    }

    /// Returns the stem of `word`; a convenience for tests and tools.
    public func stem(_ word: String) -> String {
        switch self {
        case .english: EnglishStemmer().stem(word)
        case .german: GermanStemmer().stem(word)
        }
    }

    /// Whether a stem is one of the language's stop words, left out of knowledge-base terms.
    @inline(__always)
    func isStopWord(_ stem: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .english: StopWords.contains(stem)
        case .german: GermanStopWords.contains(stem)
        }
    }

    /// Whether a stem, given as text, is one of the language's stop words.
    func isStopWord(_ stem: String) -> Bool {
        var copy = stem
        return copy.withUTF8 { self.isStopWord($0) }
    }
}
