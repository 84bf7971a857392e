public import SwitchboardCore

/// The flow author's REPL: chat with a bot, and look inside it with meta-commands.
///
/// Lines starting with `/` are meta-commands (`/help` lists them); anything else goes to the
/// bot. The REPL reads through a ``LineReader`` and writes through a ``TextOutput``, so it runs
/// the same under readline, a pipe, or a test.
public struct ChatREPL {
    /// The meta-commands, for help and tab completion.
    public static let commands: [(name: String, help: String)] = [
        ("/help", "list these commands"),
        ("/reset", "start the conversation over"),
        ("/state", "where the conversation is: flows, question pending, counters"),
        ("/slots", "the slots filled so far (sensitive ones masked)"),
        ("/why", "explain the last turn: stage, candidates, rule, terms, articles, steps"),
        ("/kb QUERY", "search the knowledge base"),
        ("/handoffs", "handoffs recorded in this session"),
        ("/save NAME", "save the conversation so far as a transcript"),
        ("/quit", "leave (also Ctrl-D)"),
    ]

    private var session: ConversationSession
    private var reader: any LineReader
    private let output: any TextOutput
    private let errors: any TextOutput
    private let style: TerminalStyle
    private let echoesInput: Bool
    private let transcriptsDirectory: String
    private let seed: UInt64
    private var startedAt: Timestamp
    private var inputs: [String] = []
    /// Per message, the action results it got that the mocks `/save` uses would not give.
    private var inputMocks: [ActionMocks] = []
    private var tickets: [String] = []
    private let actionHost: (any ActionHost)?
    private let mocks: ActionMocks

    /// Creates a REPL.
    ///
    /// - Parameters:
    ///   - session: the conversation, wired to its stores.
    ///   - seed: the seed the session's ticket ids were made with, written into saved transcripts.
    ///   - echoesInput: print the user's lines (for piped input, where the terminal shows nothing).
    ///   - transcriptsDirectory: where `/save` writes, such as `transcripts/tidepool`.
    ///   - actionHost: performs the actions flows ask for; without one, every call times out.
    ///   - mocks: the canned results `/save` replays the conversation with (the ones the
    ///     mock host answers from), so a saved transcript does what the chat did.
    public init(
        session: ConversationSession, seed: UInt64, reader: any LineReader, output: any TextOutput,
        errors: any TextOutput, style: TerminalStyle, echoesInput: Bool,
        transcriptsDirectory: String, actionHost: (any ActionHost)? = nil,
        mocks: ActionMocks = ActionMocks()
    ) {
        self.actionHost = actionHost
        self.mocks = mocks
        self.session = session
        self.seed = seed
        self.reader = reader
        self.output = output
        self.errors = errors
        self.style = style
        self.echoesInput = echoesInput
        self.transcriptsDirectory = transcriptsDirectory
        self.startedAt = session.clock.now()
    }

    /// Runs until `/quit` or the end of input; then logs the conversation as ended by the
    /// client (when a conversation log is kept) and syncs the log.
    public mutating func run() async {
        let definition = self.session.bot.definition
        self.output.line(
            self.style.dim(
                "\(definition.settings.name): "
                    + "\(Plural.count(definition.intents.count, "intent")), "
                    + "\(Plural.count(definition.flows.count, "flow")), "
                    + "\(Plural.count(definition.articles.count, "article")). "
                    + "Type /help for commands."))
        self.show(await self.session.start())
        while let line = self.reader.readLine(prompt: self.style.user("you> ")) {
            let trimmed = line.trimmingWhitespace()
            if self.echoesInput, !trimmed.isEmpty {
                // Escaped: piped input's escape sequences must not reach the terminal.
                self.output.line(self.style.user("you> ") + line.escapingControlCharacters())
            }
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("/") {
                self.reader.remember(self.session.maskedText(line))
                if await !self.meta(String(trimmed)) { break }
                continue
            }
            self.inputs.append(line)
            self.inputMocks.append(ActionMocks())
            let turn = await self.session.send(line)
            // The history (a file under readline) gets the line as the conversation log would:
            // masked, and not at all when it answered a sensitive slot.
            if !self.session.isSensitiveInput(of: turn) {
                self.reader.remember(self.session.maskedText(line))
            }
            self.show(turn)
            await self.performActions(after: turn)
        }
        await self.session.end(.client)
        await self.session.syncConversationLog()
    }

    /// How turns and actions are shown.
    private var printer: TurnPrinter {
        TurnPrinter(
            output: self.output, errors: self.errors, style: self.style, bot: self.session.bot,
            hasActionHost: self.actionHost != nil)
    }

    /// Performs the actions `turn` and the turns after it ask for, with the engine's loop
    /// (``ConversationSession/performActions(after:host:observing:)``), showing each as it
    /// comes; without an action host, every call times out.
    private mutating func performActions(after turn: Turn) async {
        guard turn.actionRequest != nil else { return }
        // The loop mutates the session, so what it calls back with must not touch `self`.
        let printer = self.printer
        var performed: [PerformedAction] = []
        let turns = await self.session.performActions(
            after: turn, host: self.actionHost ?? UnansweredActionHost()
        ) { action in
            printer.show(action)
            performed.append(action)
        }
        self.tickets += turns.compactMap { $0.handoff?.ticket }
        guard !self.inputMocks.isEmpty else { return }
        for action in performed where action.result != self.mocks.result(for: action.request) {
            // `/save` replays against the mocks: keep what really came back for this call.
            self.inputMocks[self.inputMocks.count - 1].entries[
                action.request.name, default: []
            ].append(ActionMocks.Entry(when: action.request.arguments, result: action.result))
        }
    }

    /// Shows a turn and notes its handoff for `/handoffs`.
    private mutating func show(_ turn: Turn) {
        if let record = turn.handoff { self.tickets.append(record.ticket) }
        self.printer.show(turn)
    }

    /// Runs a meta-command; `false` to leave.
    private mutating func meta(_ line: String) async -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1)
        let command = String(parts[0])
        let argument = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : ""
        switch command {
        case "/help":
            for (name, help) in Self.commands {
                self.output.line("  " + self.style.bold(name.padding(to: 12)) + help)
            }
        case "/quit", "/exit":
            return false
        case "/reset":
            await self.session.reset()
            self.inputs = []
            self.inputMocks = []
            self.startedAt = self.session.clock.now()
            self.output.line(self.style.dim("(conversation reset)"))
            self.show(await self.session.start())
        case "/state":
            self.output.line(ExplanationFormatter.state(self.session.state))
        case "/slots":
            self.output.line(ExplanationFormatter.slots(self.session.state, bot: self.session.bot))
        case "/why":
            guard let turn = self.session.lastTurn else {
                self.output.line("Nothing to explain yet.")
                return true
            }
            self.output.line(ExplanationFormatter.explanation(turn.explanation))
        case "/kb":
            guard !argument.isEmpty else {
                self.errors.line("usage: /kb QUERY")
                return true
            }
            self.output.line(ExplanationFormatter.search(argument, in: self.session.bot))
        case "/handoffs":
            await self.listHandoffs()
        case "/save":
            self.save(argument)
        default:
            let names = Self.commands.map { String($0.name.split(separator: " ")[0]) }
            var message = "unknown command \(command)"
            if let suggestion = Suggestion.closest(to: command, among: names) {
                message += " (did you mean \(suggestion)?)"
            }
            self.errors.line(self.style.error(message + "; /help lists the commands"))
        }
        return true
    }

    private func listHandoffs() async {
        let records: [HandoffRecord]
        do {
            records = try await self.session.handoffStore.records()
        } catch {
            self.errors.line(self.style.error("cannot read the handoff log: \(error)"))
            return
        }
        let mine = records.filter { self.tickets.contains($0.ticket) }
        if mine.isEmpty {
            self.output.line("No handoffs in this session.")
            return
        }
        for record in mine {
            self.output.line(
                "\(record.ticket)  \(record.queue)  \(record.priority.rawValue)  \(record.reason.rawValue)  "
                    + "due \(record.due.displayText)  state \(record.flow.map { "\($0).\(record.state ?? "")" } ?? "-")"
            )
        }
    }

    private func save(_ name: String) {
        guard !name.isEmpty,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else {
            self.errors.line(self.style.error("usage: /save NAME (letters, digits, '-' and '_')"))
            return
        }
        guard !self.inputs.isEmpty else {
            self.errors.line(
                self.style.error("nothing to save yet: say something to the bot first"))
            return
        }
        let path = self.transcriptsDirectory + "/" + name + ".transcript"
        do {
            let written = try TranscriptSaver(bot: self.session.bot, mocks: self.mocks).save(
                inputs: self.inputs, turnMocks: self.inputMocks,
                given: TranscriptGiven(
                    clock: Timestamp(
                        millisecondsSince1970: self.startedAt.millisecondsSince1970 / 1000 * 1000),
                    seed: self.seed, user: self.session.state.user,
                    context: self.session.state.context),
                to: path)
            self.output.line(
                self.style.dim("saved \(Plural.count(written.turns.count, "turn")) to \(path)"))
            self.noteSensitiveAnswers(in: written)
        } catch {
            self.errors.line(self.style.error("cannot save: \(error)"))
        }
    }
}

extension ChatREPL {
    /// Warns about saved messages that filled a sensitive slot and were written as typed.
    ///
    /// `/save` replaces personal data of the kinds the masker knows (emails, phone numbers,
    /// cards, ...) with fakes, but an answer to a sensitive slot of another entity (a library
    /// card id, a reference) is written as the user typed it, so the author should look at it
    /// before committing the file.
    private func noteSensitiveAnswers(in transcript: Transcript) {
        let definition = self.session.bot.definition
        for (index, turn) in transcript.turns.enumerated() {
            guard index < self.inputs.count, turn.input == self.inputs[index] else { continue }
            for assertion in turn.assertions {
                guard case .slot(let name, _) = assertion,
                    definition.slot(name)?.isSensitive == true
                else { continue }
                self.errors.line(
                    "note: turn \(index + 1) filled sensitive slot \(name); the message is saved "
                        + "as typed (only personal data such as emails is replaced): "
                        + "review the file before committing it")
            }
        }
    }

    /// Answers no action: every call times out, as when nobody performs it.
    private struct UnansweredActionHost: ActionHost {
        func perform(_ request: ActionRequest) async -> ActionResult { .timeout }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    func padding(to width: Int) -> String {
        self.count >= width ? self + " " : self + String(repeating: " ", count: width - self.count)
    }
}
