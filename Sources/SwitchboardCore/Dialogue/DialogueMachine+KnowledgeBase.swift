extension DialogueMachine {
    /// Asks whether the article just given answered the question.
    mutating func askArticleFeedback(next: String?, _ turn: inout TurnRecorder) {
        guard let article = self.state.articlesTried.last else { return }
        self.say(self.settings.messages.kbFeedback, &turn)
        self.state.pending = .articleFeedback(article: article, next: next)
    }

    /// Says an article with the bot's knowledge-base answer message and notes it as tried.
    mutating func present(article position: Int, _ turn: inout TurnRecorder) {
        let article = self.bot.knowledgeBase.articles[position]
        var values = RenderValues()
        values.title = article.title
        values.summary = self.bot.knowledgeBase.summary(of: position)
        values.url = article.url ?? ""
        self.say([self.settings.messages.kbAnswer], values, article: article.id, &turn)
        if !self.state.articlesTried.contains(article.id) {
            self.state.articlesTried.append(article.id)
        }
        turn.step("answered with article \(article.id)")
    }

    /// Answers with the best article when it clears the bot's threshold.
    ///
    /// - Parameter explainsMessage: whether the query is the user's message, so its candidates
    ///   and terms belong in the explanation (an `answer` state's own query does not).
    mutating func answerFromKnowledgeBase(
        _ query: AnalyzedText, explainsMessage: Bool = true, _ turn: inout TurnRecorder
    ) -> Bool {
        self.answerFromKnowledgeBase(
            query, explainsMessage: explainsMessage, offersNext: false, &turn) != nil
    }

    /// Answers with the best article when it clears the bot's threshold.
    ///
    /// - Returns: `nil` when no article clears it; otherwise the id of the next best article
    ///   that also clears it, if `offersNext` and there is one (wrapped, so `.some(nil)` means
    ///   answered with nothing to offer next).
    mutating func answerFromKnowledgeBase(
        _ query: AnalyzedText, explainsMessage: Bool = true, offersNext: Bool,
        _ turn: inout TurnRecorder
    ) -> String?? {
        let knowledgeBase = self.bot.knowledgeBase
        let hits = knowledgeBase.search(query, limit: 3)
        if explainsMessage, self.explainsTurns {
            turn.explanation.articles = hits.map {
                TurnExplanation.Scored(name: knowledgeBase.articles[$0.article].id, score: $0.score)
            }
        }
        guard let chosen = self.offered(among: hits, for: query, &turn) else {
            if !explainsMessage {
                // The state's query filled in with slot values: masked as the explanation's
                // input is, since `/why` prints it and logs may keep it.
                turn.step(
                    "no article for \"\(self.bot.mask(query.original))\" clears the threshold")
            }
            return nil
        }
        let answer = hits[chosen]
        if explainsMessage, self.explainsTurns {
            let terms = knowledgeBase.contributingTerms(query, to: answer.article)
            turn.explanation.terms = terms.map {
                TurnExplanation.Scored(name: $0.term, score: $0.weight)
            }
        }
        self.present(article: answer.article, &turn)
        // The runner-up is worth offering only if it also clears the thresholds and comes close
        // to the best (within a quarter of its score): otherwise it is likely about something else.
        let next = chosen + 1
        guard offersNext, next < hits.count, Self.isRunnerUp(hits[next], to: hits[0]),
            self.offers(hits[next], for: query, &turn)
        else { return .some(nil) }
        return .some(knowledgeBase.articles[hits[next].article].id)
    }

    /// Whether an article may answer a query: its match clears `thresholds.kb`, and it has
    /// enough of the query's informative words to clear `thresholds.kbCoverage` (a message
    /// sharing one common word with it, "pizza account", is not answered by it).
    func offers(_ hit: KnowledgeBase.Hit, for query: AnalyzedText) -> Bool {
        hit.score >= self.settings.thresholds.kb
            && self.bot.knowledgeBase.coverage(of: query, by: hit.article)
                >= self.settings.thresholds.kbCoverage
    }

    /// Which of `hits` (best first) answers the query: the best when ``offers(_:for:)``;
    /// when its coverage turns it away, the next that the runner-up rules allow (it clears
    /// `thresholds.kb` and is within a quarter of the best's score) and that covers enough.
    ///
    /// The best turned away for coverage matches the query's words well but misses most of
    /// the rare ones, the words that say what the question is about; an article close behind
    /// that has them passes every test the best must pass, and is about the question where
    /// the best is not ("gift card receiver unwrapped it": the article on gift cards matches
    /// "gift card" best, the one on returning a gift has "receiver" and "unwrapped"). When the
    /// query's rare words are in no article ("pizza account"), every article covers as little
    /// and nothing is offered, as before; on tidepool no question its transcripts answer
    /// reaches this (their best articles cover 48% or more). The quarter keeps out an article
    /// the ranking puts far behind, as it does for the runner-up.
    func offered(among hits: [KnowledgeBase.Hit], for query: AnalyzedText) -> Int? {
        guard let best = hits.first else { return nil }
        for (index, hit) in hits.enumerated() {
            guard index == 0 || Self.isRunnerUp(hit, to: best) else { return nil }
            guard hit.score >= self.settings.thresholds.kb else { return nil }
            // Past the match threshold, only an article turned away for its coverage lets the
            // next be tried.
            if self.bot.knowledgeBase.coverage(of: query, by: hit.article)
                >= self.settings.thresholds.kbCoverage
            {
                return index
            }
        }
        return nil
    }

    /// ``offered(among:for:)``, noting among the steps each article turned away for its
    /// coverage, and the article offered in the best's place.
    private func offered(
        among hits: [KnowledgeBase.Hit], for query: AnalyzedText, _ turn: inout TurnRecorder
    ) -> Int? {
        guard let chosen = self.offered(among: hits, for: query) else {
            // Say why the best was not offered, if it was its coverage.
            if let best = hits.first { _ = self.offers(best, for: query, &turn) }
            return nil
        }
        guard chosen > 0 else { return 0 }
        for hit in hits[..<chosen] { _ = self.offers(hit, for: query, &turn) }
        let hit = hits[chosen]
        let knowledgeBase = self.bot.knowledgeBase
        let coverage = knowledgeBase.coverage(of: query, by: hit.article)
        turn.step(
            "article \(knowledgeBase.articles[hit.article].id) matches "
                + "\(DecimalText.format(hit.score, places: 3)), within a quarter of the best, "
                + "and has \(DecimalText.percent(coverage)) of the query's words: offered instead")
        return chosen
    }

    /// Whether `hit` is close enough to `best` to be offered after it, or in its place: within
    /// a quarter of its score.
    static func isRunnerUp(_ hit: KnowledgeBase.Hit, to best: KnowledgeBase.Hit) -> Bool {
        hit.score >= 0.75 * best.score
    }

    /// ``offers(_:for:)``, noting an article turned away for its coverage among the steps.
    private func offers(
        _ hit: KnowledgeBase.Hit, for query: AnalyzedText, _ turn: inout TurnRecorder
    ) -> Bool {
        guard hit.score >= self.settings.thresholds.kb else { return false }
        let coverage = self.bot.knowledgeBase.coverage(of: query, by: hit.article)
        guard coverage >= self.settings.thresholds.kbCoverage else {
            turn.step(
                "article \(self.bot.knowledgeBase.articles[hit.article].id) matches "
                    + "\(DecimalText.format(hit.score, places: 3)) but has "
                    + "\(DecimalText.percent(coverage)) of the query's words (kbCoverage "
                    + "\(DecimalText.percent(self.settings.thresholds.kbCoverage))): not offered")
            return false
        }
        return true
    }
}
