extension OptionPick {
    /// German ordinals in their usual forms, folded (`fünfte` as `funfte`).
    static let germanOrdinals: [String: Int] = {
        let stems: [(String, Int)] = [
            ("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4), ("funft", 5), ("fuenft", 5),
            ("sechst", 6), ("siebt", 7), ("acht", 8), ("neunt", 9), ("zehnt", 10),
        ]
        var ordinals: [String: Int] = [:]
        for (stem, value) in stems {
            for ending in ["e", "er", "es", "en", "ens"] {
                ordinals[stem + ending] = value
            }
        }
        return ordinals
    }()

    /// The words for the last option.
    static let germanLasts: Set<String> = ["letzte", "letzter", "letztes", "letzten"]

    /// Words that may stand around a German pick without changing it.
    static let germanFillers: Set<String> = [
        "die", "der", "das", "den", "option", "nummer", "nr", "auswahl", "antwort", "bitte",
        "ich", "nehme", "wahle", "mochte", "ist", "es", "davon", "punkt",
    ]

    /// Words that may stand around a German number.
    static let germanCardinalFillers: Set<String> = [
        "option", "nummer", "nr", "auswahl", "antwort", "bitte",
    ]

    /// The most bytes a German pick can have: five words of up to twelve bytes, spaced.
    static let longestGermanPick = 5 * 12 + 4
}
