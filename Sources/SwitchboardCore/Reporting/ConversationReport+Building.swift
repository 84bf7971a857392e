extension ConversationReport {
    /// One conversation as the report sees it.
    private struct Tally {
        var start: Timestamp
        var handoffReasons: [String] = []
        var ending: ConversationEndReason?
        var turns = 0
        var fallbackTexts: [String] = []
        var scores: [Int] = []
        /// Satisfaction questions asked and answered (ratings and refusals), in log order.
        var csat = CSATTally()
    }

    /// One conversation's satisfaction questions: each rating or refusal answers the
    /// question still open before it, or, with none open (a log from before questions were
    /// marked), counts as a question asked too.
    private struct CSATTally {
        var asked = 0
        var declined = 0
        var open = 0

        mutating func ask() {
            self.asked += 1
            self.open += 1
        }

        mutating func answer(declining: Bool) {
            if self.open > 0 { self.open -= 1 } else { self.asked += 1 }
            if declining { self.declined += 1 }
        }
    }

    /// A conversation's session: ids are the front end's, so two bots may both have a
    /// `web-42`, and they are two conversations.
    private struct SessionKey: Hashable {
        var bot: String
        var session: String
    }

    /// Builds a report from the conversation log's events and the handoff log's tickets.
    ///
    /// - Parameters:
    ///   - events: conversation events in log order.
    ///   - tickets: the handoff log's tickets with their lifecycle (``HandoffLedger``), for
    ///     the SLA figures.
    ///   - filter: the window and bot counted.
    ///   - now: the report's time: tickets not accepted and due before it are breaches.
    ///   - unansweredLimit: how many groups of unanswered questions to keep.
    ///   - language: the language whose stems and stop words group unanswered questions.
    public init(
        events: [ConversationEvent], tickets: [HandoffTicket], filter: ReportFilter,
        now: Timestamp, unansweredLimit: Int = 10, language: Language = .english
    ) {
        self.init(filter: filter, asOf: now)
        var tallies: [Tally] = []
        var current: [SessionKey: Int] = [:]
        for event in events where filter.includes(bot: event.bot) {
            let key = SessionKey(bot: event.bot, session: event.session)
            let index: Int
            if case .started = event.kind {
                index = tallies.count
                tallies.append(Tally(start: event.time))
                current[key] = index
                continue
            } else if let open = current[key] {
                index = open
            } else {
                // The log began in the middle of this session's conversation.
                index = tallies.count
                tallies.append(Tally(start: event.time))
                current[key] = index
            }
            switch event.kind {
            case .started:
                break
            case .turn(let turn):
                tallies[index].turns += 1
                if turn.isFallback { tallies[index].fallbackTexts.append(turn.text) }
                switch turn.csat {
                case .asked: tallies[index].csat.ask()
                case .declined: tallies[index].csat.answer(declining: true)
                case nil: break
                }
            case .handoff(let handoff):
                tallies[index].handoffReasons.append(handoff.reason)
            case .ended(let reason, _, _):
                tallies[index].ending = reason
            case .csat(let score):
                tallies[index].scores.append(score)
                tallies[index].csat.answer(declining: false)
            case .csatAsked:
                tallies[index].csat.ask()
            }
        }

        var reasons: [String: Int] = [:]
        var days: [CalendarDate: (conversations: Int, contained: Int)] = [:]
        var unanswered: [String] = []
        for tally in tallies where filter.includes(tally.start) {
            let isContained = tally.handoffReasons.isEmpty
            self.conversations += 1
            if isContained { self.contained += 1 }
            self.endings[tally.ending, default: 0] += 1
            for reason in tally.handoffReasons { reasons[reason, default: 0] += 1 }
            self.turns += tally.turns
            self.fallbackTurns += tally.fallbackTexts.count
            unanswered += tally.fallbackTexts
            for score in tally.scores { self.csat.add(score) }
            self.csat.asked += tally.csat.asked
            self.csat.declined += tally.csat.declined
            var day = days[tally.start.date, default: (0, 0)]
            day.conversations += 1
            if isContained { day.contained += 1 }
            days[tally.start.date] = day
        }
        self.handoffsByReason = reasons.map {
            ReasonFigure(
                reason: $0.key, handoffs: $0.value, rate: Self.rate($0.value, self.conversations))
        }.sorted { ($0.handoffs, $1.reason) > ($1.handoffs, $0.reason) }
        self.days = days.keys.sorted().map { date in
            let day = days[date] ?? (0, 0)
            return DayFigures(
                date: date, conversations: day.conversations, contained: day.contained)
        }
        self.unanswered = QuestionGrouper(language: language).groups(
            unanswered, limit: unansweredLimit)

        for ticket in tickets
        where filter.includes(bot: ticket.record.bot) && filter.includes(ticket.record.time) {
            self.sla.add(ticket, now: now)
        }
    }
}
