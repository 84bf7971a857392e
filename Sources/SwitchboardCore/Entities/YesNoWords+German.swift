extension YesNoWords {
    /// German, as normalized: umlauts folded (`nö` reads `no`, `natürlich` `naturlich`) and `ß`
    /// as `ss` (`weiß` reads `weiss`).
    static let german = YesNoWords(
        yes: [
            ["ja"], ["jawohl"], ["jo"], ["jep"], ["jap"], ["jup"], ["japp"], ["genau"], ["klar"],
            ["na", "klar"], ["klaro"], ["alles", "klar"], ["geht", "klar"], ["gerne"], ["gern"],
            ["sehr", "gern"], ["sehr", "gerne"], ["gerne", "doch"], ["ok"], ["okay"], ["oki"],
            ["passt"], ["passt", "so"], ["das", "passt"], ["stimmt"], ["das", "stimmt"],
            ["stimmt", "genau"], ["richtig"], ["das", "ist", "richtig"], ["korrekt"],
            ["auf", "jeden", "fall"], ["einverstanden"], ["mach", "das"], ["mach", "es"],
            ["mach", "mal"], ["machen", "sie", "das"], ["machen", "sie", "es"], ["bitte"],
            ["ja", "bitte"], ["ja", "gerne"], ["ja", "genau"], ["natuerlich"], ["naturlich"],
            ["sicher"], ["sicherlich"], ["selbstverstandlich"], ["absolut"], ["unbedingt"],
            ["in", "ordnung"], ["sehr", "gut"], ["alles", "gut"], ["bestatigt"], ["bestatige"],
            ["ich", "bestatige"], ["zustimmen"], ["ich", "stimme", "zu"], ["los", "gehts"],
            ["bitte", "sehr"], ["das", "ware", "gut"], ["yes"], [Self.agreement],
        ],
        no: [
            ["nein"], ["nee"], ["ne"], ["no"], ["nope"], ["nein", "danke"], ["ne", "danke"],
            ["nee", "danke"], ["danke", "nein"], ["lieber", "nicht"], ["besser", "nicht"],
            ["eher", "nicht"], ["auf", "keinen", "fall"], ["keinesfalls"], ["keineswegs"],
            ["nicht"], ["nicht", "mehr"], ["nicht", "jetzt"], ["noch", "nicht"],
            ["nicht", "wirklich"], ["gar", "nicht"], ["uberhaupt", "nicht"], ["nie"],
            ["niemals"], ["falsch"], ["das", "ist", "falsch"], ["stimmt", "nicht"],
            ["das", "stimmt", "nicht"], ["nicht", "richtig"], ["inkorrekt"], ["kein"],
            ["keine"], ["keinen"], ["ich", "nicht"], ["mach", "das", "nicht"],
            ["bitte", "nicht"],
        ],
        doubt: [
            ["weiss", "nicht"], ["weiss", "ich", "nicht"], ["weis", "nicht"], ["vielleicht"],
            ["keine", "ahnung"], ["nicht", "sicher"], ["unsicher"], ["eventuell"], ["evtl"],
            ["moglicherweise"], ["vermutlich"], ["wahrscheinlich"], ["ich", "glaube", "schon"],
            ["glaub", "schon"], ["kann", "sein"], ["kommt", "drauf", "an"],
            ["kommt", "darauf", "an"], ["egal"], ["mal", "sehen"], ["mal", "schauen"], ["hmm"],
            ["ka"], ["macht", "nichts"], ["erinnere", "mich", "nicht"], ["schwer", "zu", "sagen"],
        ],
        agreeing: [
            ["kein", "problem"], ["kein", "thema"], ["keine", "sorge"], ["keine", "sorgen"],
            ["nichts", "dagegen"], ["ich", "habe", "nichts", "dagegen"],
            ["hab", "nichts", "dagegen"], ["warum", "nicht"], ["wieso", "nicht"],
            ["nicht", "schlimm"], ["ohne", "zweifel"], ["nicht", "verkehrt"],
        ],
        negations: [
            "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nein", "nee",
            "nichts",
        ],
        courtesy: "bitte")
}
