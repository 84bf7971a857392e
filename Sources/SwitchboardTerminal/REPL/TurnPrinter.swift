internal import SwitchboardCore

/// How the REPL shows a conversation: the bot's messages, handoffs and ends, and the actions
/// that failed or timed out.
///
/// A value over the REPL's outputs, so it can be handed to the engine's action loop while the
/// REPL's own state is busy (see ``ChatREPL``).
struct TurnPrinter {
    let output: any TextOutput
    let errors: any TextOutput
    let style: TerminalStyle
    /// The bot, to mask what is shown of an action's arguments and failure.
    let bot: Bot
    /// Whether a host performs the actions (without one, every call times out).
    let hasActionHost: Bool

    /// Prints a turn's messages, its handoff and whether the conversation ended.
    func show(_ turn: Turn) {
        for action in turn.actions {
            switch action {
            case .articleFeedback(let article, let helpful):
                self.output.line(
                    self.style.dim(
                        "     (feedback recorded: article \(article) \(helpful ? "helped" : "did not help"))"
                    ))
            case .rate(let score):
                self.output.line(self.style.dim("     (rating recorded: \(score) of 5)"))
            default:
                break
            }
        }
        for message in turn.messages {
            var text = self.style.bot("bot> ") + message.text
            if let article = message.article { text += self.style.dim("  (article \(article))") }
            self.output.line(text)
            if !message.options.isEmpty {
                let options = message.options.enumerated().map {
                    "[\($0.offset + 1)] \($0.element)"
                }
                self.output.line("     " + self.style.dim(options.joined(separator: "  ")))
            }
        }
        if let record = turn.handoff {
            self.output.line(
                self.style.notice(
                    "     handoff \(record.ticket): queue \(record.queue), \(record.priority.rawValue) priority, "
                        + "reason \(record.reason.rawValue), due \(record.due.displayText)"))
        }
        if turn.endsConversation { self.output.line(self.style.dim("     (conversation ended)")) }
    }

    /// Prints what became of an action and the turn that followed it.
    ///
    /// A failure or a timeout is shown (a success shows in what the bot says next, and `/why`
    /// lists every call), and so is a result that could not be delivered.
    func show(_ performed: PerformedAction) {
        let request = performed.request
        // Sensitive slots' values go to the host only; here they are redacted.
        let arguments = String(decoding: request.redactedArgumentsJSON, as: UTF8.self)
        switch performed.result {
        case .success:
            break
        case .failure(let reason):
            self.output.line(
                self.style.dim(
                    "     (action \(request.name) \(self.bot.mask(arguments)) failed: "
                        + "\(self.bot.mask(reason)))"))
        case .timeout:
            self.output.line(
                self.style.dim(
                    "     (action \(request.name) \(self.bot.mask(arguments)) timed out"
                        + (self.hasActionHost ? ")" : ": no action host)")))
        }
        if let error = performed.deliveryError {
            self.errors.line(self.style.error("\(error)"))
        }
        if let turn = performed.turn { self.show(turn) }
    }
}
