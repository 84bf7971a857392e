/// Writes a count with the noun (or verb) that agrees with it, in English: `1 line`,
/// `2 lines`, `0 lines`.
///
/// Every message that says how many of something there are goes through here, so none
/// says `1 lines`.
///
/// ```swift
/// Plural.count(1, "unreadable line")            // "1 unreadable line"
/// Plural.count(3, "query", plural: "queries")   // "3 queries"
/// Plural.pick(1, one: "names", other: "name")   // "names", as in "1 line names no user"
/// ```
package enum Plural {
    /// `count`, a space and `noun` in the form the count takes: singular for exactly 1,
    /// plural otherwise (0 included).
    ///
    /// - Parameters:
    ///   - count: how many.
    ///   - noun: the singular, with any words before it (`unreadable line`).
    ///   - plural: the plural when it is not the singular with an `s` added.
    package static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + Self.pick(count, one: noun, other: plural ?? noun + "s")
    }

    /// `one` when `count` is exactly 1, `other` otherwise: for a word that agrees with a count
    /// written elsewhere (a verb, a pronoun).
    package static func pick(_ count: Int, one: String, other: String) -> String {
        count == 1 ? one : other
    }
}
