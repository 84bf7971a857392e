/// Checks that need the compiled bot: similarity and rule precedence.
///
/// `switchboard check` runs them after loading. They only warn.
public enum BotChecks {
    /// Every warning the bot-level checks find.
    public static func run(on bot: Bot) -> [Diagnostic] {
        Self.nearDuplicateExamples(bot) + Self.shadowedGlobalIntents(bot)
    }

    /// How similar two examples of different intents may be before `check` warns.
    static let nearDuplicateSimilarity = 0.9

    /// Examples of different intents that are nearly the same text.
    static func nearDuplicateExamples(_ bot: Bot) -> [Diagnostic] {
        let matcher = IntentMatcher(
            examples: bot.definition.intents.map(\.examples), analyzer: bot.analyzer)
        let intents = bot.definition.intents
        var diagnostics: [Diagnostic] = []
        var reported: Set<[Int]> = []
        var document = 0
        for (intentIndex, intent) in intents.enumerated() {
            for (exampleIndex, example) in intent.examples.enumerated() {
                defer { document += 1 }
                let query = matcher.index.document(document)
                var scores = [Float](repeating: 0, count: matcher.index.documentCount)
                var touched: [Int32] = []
                matcher.index.accumulate(query, into: &scores, touched: &touched)
                for other in touched.sorted() {
                    let otherIntent = Int(matcher.exampleIntents[Int(other)])
                    guard otherIntent != intentIndex,
                        Double(scores[Int(other)]) >= Self.nearDuplicateSimilarity,
                        reported.insert([min(document, Int(other)), max(document, Int(other))])
                            .inserted
                    else { continue }
                    let origin = Origin(
                        file: intent.origin.file, location: intent.origin.location,
                        path: "\(intent.origin.path).examples[\(exampleIndex)]")
                    diagnostics.append(
                        .warning(
                            "similar-examples",
                            "\"\(example)\" is nearly the same as \"\(matcher.exampleText(Int(other)))\" "
                                + "of intent \"\(intents[otherIntent].id)\"",
                            at: origin))
                }
            }
        }
        return diagnostics
    }

    /// Examples of global intents that another intent's rule would take first.
    static func shadowedGlobalIntents(_ bot: Bot) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (intentIndex, intent) in bot.definition.intents.enumerated() where intent.isGlobal {
            for (exampleIndex, example) in intent.examples.enumerated() {
                guard let hit = bot.rules.match(bot.analyzer.analyze(example)),
                    hit.intent != intentIndex
                else {
                    continue
                }
                let other = bot.definition.intents[hit.intent]
                diagnostics.append(
                    .warning(
                        "shadowed-global",
                        "global intent \"\(intent.id)\": its example \"\(example)\" is taken by a rule of "
                            + "\"\(other.id)\" (\(hit.rule.summary))",
                        at: Origin(
                            file: intent.origin.file, location: intent.origin.location,
                            path: "\(intent.origin.path).examples[\(exampleIndex)]")))
            }
        }
        return diagnostics
    }
}
