public import Logging
public import SwitchboardCore

/// Serves the bridge protocol: one response per input line, in order, for many sessions.
///
/// The server owns its ``SessionStore`` and runs one request at a time. Each turn goes through
/// one ``ConversationSession`` that the server keeps and restores to the stored state of the
/// request's session, so handoffs are durable in the handoff store before the reply that
/// tells the user is returned, a handoff that could not be stored undoes the turn, and the
/// bot is never copied per request.
///
/// ```swift
/// var server = BridgeServer(
///     bot: bot, configuration: BridgeConfiguration(), sessions: SessionStore(idleMinutes: 30),
///     handoffStore: FileHandoffStore(path: "handoff.jsonl"), clock: SystemClock(),
///     logger: logger)
/// var input = FileDescriptorLineSource(maxLineBytes: 65_536)
/// var output = FileDescriptorLineSink()
/// let summary = await server.run(input: &input, output: &output)
/// ```
public struct BridgeServer {
    /// The bot every session talks to.
    public let bot: Bot
    /// Limits and seeds.
    public let configuration: BridgeConfiguration
    /// The sessions.
    public internal(set) var sessions: SessionStore
    let clock: any WallClock
    let logger: Logger
    /// Runs every turn, restored to the session's state first.
    var engine: ConversationSession
    /// The action calls sessions wait for, by session: their deadlines drive the timeouts.
    var actionDeadlines: ActionDeadlines
    /// Lines to write after the response being built: `action` lines (protocol 1.1).
    var followUps: [BridgeResponse] = []
    /// Whether the warning about ids that hold personal data was given (once per process).
    var hasWarnedAboutPersonalIDs = false

    /// Creates a server.
    ///
    /// - Parameters:
    ///   - sessions: the store, already resumed from its persistence when there is one.
    ///   - handoffStore: where handoffs are recorded (durably) before the user is told.
    ///   - conversationLog: where each turn's events are appended before its reply is
    ///     returned; `nil` keeps no conversation log.
    ///   - clock: the time for turns, SLA due times and idle expiry.
    ///   - logger: for problems the protocol does not report (state that could not be saved).
    public init(
        bot: Bot, configuration: BridgeConfiguration, sessions: SessionStore,
        handoffStore: any HandoffStore, conversationLog: (any ConversationLogStore)? = nil,
        clock: any WallClock, logger: Logger
    ) {
        self.bot = bot
        self.configuration = configuration
        self.sessions = sessions
        self.clock = clock
        self.logger = logger
        self.actionDeadlines = ActionDeadlines(sessions.pendingActions())
        self.engine = ConversationSession(
            bot: bot, session: "", handoffStore: handoffStore, conversationLog: conversationLog,
            clock: clock, seed: 0, logger: logger)
        // Nothing on the wire shows the `why` explanation, so the engine skips it.
        self.engine.explainsTurns = false
    }

    /// The `ready` line's content.
    public var ready: BridgeResponse {
        .ready(
            BridgeReady(
                bot: self.bot.definition.botID, botHash: self.bot.definition.contentHash,
                sessions: self.sessions.count, maxLineBytes: self.configuration.maxLineBytes,
                idleMinutes: self.sessions.idleMinutes))
    }

    /// Writes the `ready` line, then answers every line of `input` on `output` until the
    /// input ends (or the source stops on `SIGTERM`) or the output is closed; then syncs the
    /// conversation log.
    ///
    /// Requests are served one at a time, in order: reading standard input blocks this task
    /// between lines, which is what a front end with one input stream wants. While action
    /// calls are pending, reading waits at most until the earliest deadline, so timeouts fire
    /// (as unrequested `reply` lines) even when no input arrives. When the input ends, the
    /// calls still pending time out at once, so every conversation reaches an answer.
    public mutating func run<Source: LineSource, Sink: LineSink>(
        input: inout Source, output: inout Sink
    ) async -> BridgeRunSummary {
        var summary = BridgeRunSummary(lines: 0, errors: 0, outputClosed: false)
        do {
            try output.writeLine(self.ready.jsonLine())
            while true {
                // Responses wait in the sink only while more input is already read: before
                // the bridge could wait, everything written goes out.
                if !input.hasWaitingLine {
                    // The log's events first, so it never shows a reply before it is sent.
                    await self.engine.flushConversationLog()
                    try output.flush()
                }
                var wait: Int?
                if let deadline = self.nextActionDeadline {
                    wait = Int(
                        max(
                            0,
                            deadline.millisecondsSince1970
                                - self.clock.now().millisecondsSince1970))
                }
                guard let next = input.nextLine(waitingAtMost: wait) else { break }
                if !self.actionDeadlines.isEmpty {
                    try await self.writeTimeouts(at: self.clock.now(), to: &output)
                }
                guard case .line(let line) = next else { continue }
                let response = await self.respond(to: line)
                summary.lines += 1
                if case .error = response { summary.errors += 1 }
                try output.writeLine(response.jsonLine())
                if !self.followUps.isEmpty { try self.writeFollowUps(to: &output) }
            }
            if !self.actionDeadlines.isEmpty {
                try await self.writeTimeouts(at: nil, to: &output)
            }
            await self.engine.flushConversationLog()
            try output.flush()
        } catch {
            self.logger.debug("output closed; stopping", metadata: ["reason": "\(error.reason)"])
            summary.outputClosed = true
        }
        await self.engine.syncConversationLog()
        return summary
    }

    /// The earliest deadline of a pending action call.
    var nextActionDeadline: Timestamp? {
        self.actionDeadlines.earliest
    }

    /// Writes the replies of the calls due at `now` (every pending call when `nil`), each
    /// followed by its `action` lines.
    private mutating func writeTimeouts<Sink: LineSink>(
        at now: Timestamp?, to output: inout Sink
    ) async throws(LineSinkClosed) {
        while true {
            let replies = await self.fireTimeouts(at: now)
            if replies.isEmpty { return }
            for reply in replies { try output.writeLine(reply.jsonLine()) }
            // A timeout's flow may call another action; with `nil`, time that one out too.
            if now != nil { return }
        }
    }

    private mutating func writeFollowUps<Sink: LineSink>(
        to output: inout Sink
    ) throws(LineSinkClosed) {
        let lines = self.followUps
        self.followUps.removeAll(keepingCapacity: true)
        for line in lines { try output.writeLine(line.jsonLine()) }
    }

    /// The response to one framed input line.
    public mutating func respond(to line: InputLine) async -> BridgeResponse {
        switch line {
        case .line(let bytes):
            let request: BridgeRequest
            do {
                request = try BridgeRequest.parse(bytes, maxDepth: self.configuration.maxDepth)
            } catch {
                return await self.respond(toRejected: error)
            }
            return await self.respond(to: request)
        case .tooLong(let count):
            return .error(
                BridgeRejection(
                    BridgeError(
                        .lineTooLong,
                        "the line is \(count) bytes long; the limit is "
                            + "\(self.configuration.maxLineBytes) (--max-line-bytes)")))
        case .incomplete(let count):
            return .error(
                BridgeRejection(
                    BridgeError(
                        .incompleteLine,
                        "the input ended in the middle of a line "
                            + "(\(Plural.count(count, "byte")) after the last newline)")))
        }
    }
}
