public import SwitchboardCore

/// Formats the REPL's views of a conversation as plain text: `/why`, `/state`, `/slots`, `/kb`.
public enum ExplanationFormatter {
    /// The explanation of a turn.
    public static func explanation(_ explanation: TurnExplanation) -> String {
        var lines: [String] = []
        lines.append(
            "stage:      \(explanation.stage.rawValue)   (\(explanation.stateBefore) -> \(explanation.stateAfter))"
        )
        if !explanation.input.isEmpty {
            lines.append("input:      \"\(explanation.input)\"")
            lines.append("normalized: \"\(explanation.normalized)\"")
        }
        if let intent = explanation.intent {
            lines.append("intent:     \(intent.name) (\(format(intent.confidence)))")
        }
        if let rule = explanation.rule { lines.append("rule:       \(rule)") }
        if !explanation.candidates.isEmpty {
            lines.append(
                "candidates: "
                    + explanation.candidates.map { "\($0.name) \(format($0.score))" }.joined(
                        separator: ", "))
        }
        if !explanation.terms.isEmpty {
            lines.append(
                "terms:      "
                    + explanation.terms.map { "\"\($0.name)\" \(format($0.score))" }.joined(
                        separator: ", "))
        }
        if !explanation.articles.isEmpty {
            lines.append(
                "articles:   "
                    + explanation.articles.map { "\($0.name) \(format($0.score))" }.joined(
                        separator: ", "))
        }
        if !explanation.slotChanges.isEmpty {
            lines.append(
                "slots:      "
                    + explanation.slotChanges.map { "\($0.slot) = \($0.value ?? "(cleared)")" }
                    .joined(separator: ", "))
        }
        if !explanation.steps.isEmpty {
            lines.append("steps:")
            lines += explanation.steps.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// Where the conversation is.
    public static func state(_ state: ConversationState) -> String {
        var lines = ["position:   \(state.position)"]
        if state.stack.isEmpty {
            lines.append("flows:      (none)")
        } else {
            for (index, frame) in state.stack.enumerated().reversed() {
                var line = index == state.stack.count - 1 ? "flows:      " : "            "
                line += "\(frame.flow).\(frame.state)"
                if frame.attempts > 0 { line += "  attempts \(frame.attempts)" }
                if let returnTo = frame.returnTo { line += "  (called; returns to \(returnTo))" }
                if frame.isDigression { line += "  (digression)" }
                lines.append(line)
            }
        }
        if let pending = state.pending {
            let text: String
            switch pending {
            case .offerHuman: text = "offer of a human"
            case .articleFeedback(let article, let next):
                text = "whether article \(article) helped" + (next.map { " (next: \($0))" } ?? "")
            case .choice(let intents): text = "which intent: " + intents.joined(separator: " or ")
            case .csat: text = "satisfaction rating"
            }
            lines.append("waiting:    \(text)")
        }
        lines.append(
            "turn:       \(state.turn)   fallbacks in a row: \(state.consecutiveFallbacks)")
        if let intent = state.lastIntent { lines.append("last intent: \(intent)") }
        if !state.articlesTried.isEmpty {
            lines.append("articles:   " + state.articlesTried.joined(separator: ", "))
        }
        if let ticket = state.ticket { lines.append("ticket:     \(ticket)") }
        return lines.joined(separator: "\n")
    }

    /// The slots filled so far, sensitive ones masked.
    public static func slots(_ state: ConversationState, bot: Bot) -> String {
        guard !state.slots.isEmpty else { return "No slots filled." }
        return state.slots.keys.sorted().compactMap { name in
            guard let value = state.slots[name] else { return nil }
            let sensitive = bot.definition.slot(name)?.isSensitive ?? false
            return "\(name) = \(sensitive ? "[redacted]" : value.displayText)"
        }.joined(separator: "\n")
    }

    /// Knowledge-base search results with scores and snippets.
    public static func search(_ query: String, in bot: Bot, limit: Int = 5) -> String {
        let kb = bot.knowledgeBase
        let hits = kb.search(query, limit: limit)
        guard !hits.isEmpty else { return "No article matches." }
        let threshold = bot.definition.settings.thresholds.kb
        let least = bot.definition.settings.thresholds.kbCoverage
        return hits.enumerated().map { rank, hit in
            let article = kb.articles[hit.article]
            let coverage = kb.coverage(of: query, by: hit.article)
            let mark =
                if hit.score < threshold {
                    "  (below the answer threshold \(format(threshold)))"
                } else if coverage < least {
                    "  (has \(DecimalText.percent(coverage)) of the query's words, below kbCoverage "
                        + "\(DecimalText.percent(least)))"
                } else {
                    ""
                }
            return "\(rank + 1). \(article.id)  \(format(hit.score))  \(article.title)\(mark)\n   "
                + kb.snippet(for: hit.article, query: query)
        }.joined(separator: "\n")
    }

    /// A score with three decimals.
    static func format(_ value: Double) -> String {
        DecimalText.format(value, places: 3)
    }
}
