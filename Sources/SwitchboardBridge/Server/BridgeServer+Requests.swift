import Logging
import SwitchboardCore

extension BridgeServer {
    /// The response to one valid request.
    public mutating func respond(to request: BridgeRequest) async -> BridgeResponse {
        let now = self.clock.now()
        await self.expireIdleSessions(at: now)
        // The requests that name no session.
        switch request.type {
        case .erase:
            // Events held back for the log go in first, or the user's would be written back
            // after the rewrite that erases them.
            await self.engine.flushConversationLog()
            return self.erase(request)
        case .ping: return .pong(BridgePong(id: request.id, sessions: self.sessions.count))
        default: break
        }
        guard let session = request.session else {
            // The parser gives every other type a session.
            return .pong(BridgePong(id: request.id, sessions: self.sessions.count))
        }
        // Ids are read when a session opens (or comes back after expiring), not on every
        // turn: a frontend that passes personal data as ids does so from the first request,
        // and the masker's scan of both ids was 4% of a turn.
        if !self.sessions.contains(session) { self.warnIfIDsHoldPersonalData(request) }
        switch request.type {
        case .ping, .erase:  // answered above
            return .pong(BridgePong(id: request.id, sessions: self.sessions.count))
        case .message:
            await self.restore(session, for: request)
            let turn = await self.send(request.text ?? "")
            return self.finish(turn, for: request, at: now)
        case .start:
            guard !self.sessions.contains(session) else {
                return Self.reject(
                    request, .sessionExists,
                    "session \(Self.quoted(session)) is already open; send reset to start over")
            }
            await self.restore(session, for: request)
            let turn = await self.engine.start()
            return self.finish(turn, for: request, at: now)
        case .reset:
            await self.restore(session, for: request)
            await self.engine.reset()
            let turn = await self.engine.start()
            return self.finish(turn, for: request, at: now)
        case .end:
            if self.engine.conversationLog != nil, let state = self.sessions.state(of: session) {
                self.engine.restore(state, seed: 0)
                await self.engine.end(.client)
            }
            self.actionDeadlines[session] = nil
            do {
                guard try self.sessions.remove(session) else {
                    return Self.unknown(session, request)
                }
            } catch {
                self.logger.error("ended session state not deleted: \(error)")
            }
            return .reply(
                BridgeReply(
                    id: request.id, session: session, messages: [], intent: nil, state: "ended",
                    handoff: nil, ended: true))
        case .state:
            guard let state = self.sessions.state(of: session) else {
                return Self.unknown(session, request)
            }
            if state.names(anotherUserThan: request.user) {
                // Another user's conversation is not theirs to read (protocol 1.4).
                return Self.reject(
                    request, .invalidField,
                    "user is not the user of session \(Self.quoted(session))")
            }
            return .state(self.report(state, id: request.id))
        case .actionResult:
            guard self.sessions.contains(session) else { return Self.unknown(session, request) }
            let call = request.call ?? ""
            guard let result = request.result, self.actionDeadlines[session]?.call == call
            else {
                return Self.reject(
                    request, .unknownCall,
                    "session \(Self.quoted(session)) waits for no call \(Self.quoted(call)) "
                        + "(never made, already answered, or timed out)")
            }
            if self.sessions.state(of: session)?.names(anotherUserThan: request.user) == true {
                // The call belongs to the conversation of the user who made it.
                return Self.reject(
                    request, .invalidField,
                    "user is not the user of session \(Self.quoted(session)), whose call this is")
            }
            await self.restore(session, for: request, call: call)
            let turn: Turn
            do {
                turn = try await self.engine.deliver(result, call: call)
            } catch {
                return Self.reject(request, .unknownCall, "\(error)")
            }
            return self.finish(
                turn, for: request, at: now,
                action: BridgeActionOutcome(call: call, outcome: result.outcome))
        }
    }

    /// The response to a line that cannot be served: its `error`, unless it is an
    /// `action_result` for the call its session waits for (protocol 1.3).
    ///
    /// Such a line is the frontend's answer to the call, and one that cannot be read: no
    /// other answer is coming, so waiting for the deadline would only keep the user waiting.
    /// The call fails at once, with the line's problem as the reason (as an `ok: false`
    /// result's `error` would be), and the reply's `action.error` carries the code and
    /// message the `error` line would have had. Nothing else of the line (its user, its
    /// context) is applied. A line naming no pending call, or naming another user than the
    /// session's (protocol 1.4), is only refused, touching nothing.
    ///
    /// - Parameter rejection: why the line was refused, with the call it answers if it names
    ///   one.
    /// - Returns: the failure's `reply`, or the `error` line.
    public mutating func respond(toRejected rejection: BridgeRejection) async -> BridgeResponse {
        guard let answered = rejection.answering,
            self.actionDeadlines[answered.session]?.call == answered.call
        else { return .error(rejection) }
        let now = self.clock.now()
        await self.expireIdleSessions(at: now)
        guard self.sessions.contains(answered.session),
            self.actionDeadlines[answered.session]?.call == answered.call
        else { return .error(rejection) }
        if self.sessions.state(of: answered.session)?.names(anotherUserThan: answered.user) == true
        {
            // The call is another user's (protocol 1.4), as for a well-formed result.
            return .error(rejection)
        }
        let request = BridgeRequest(
            id: rejection.id, type: .actionResult, session: answered.session,
            call: answered.call)
        await self.restore(answered.session, for: request, call: answered.call)
        let turn: Turn
        do {
            turn = try await self.engine.deliver(
                .failure("malformed action_result: \(rejection.error.message)"),
                call: answered.call)
        } catch {
            // Past its deadline: the call times out as it would have.
            return .error(rejection)
        }
        return self.finish(
            turn, for: request, at: now,
            action: BridgeActionOutcome(
                call: answered.call, outcome: "failure", error: rejection.error))
    }

    /// Sends a message; with `--mocks`, answers the turn's actions from the canned results at
    /// once and returns the turns as one; without, returns the turn as it is.
    private mutating func send(_ text: String) async -> Turn {
        let turn = await self.engine.send(text)
        guard let mocks = self.configuration.mocks else { return turn }
        let later = await self.engine.performActions(
            after: turn, host: MockActionHost(mocks: mocks))
        return later.reduce(turn) { $0.followed(by: $1) }
    }

    /// Delivers a timeout to every call whose deadline is at or before `now` (every pending
    /// call when `nil`), in deadline order, and returns the lines to write: each session's
    /// reply, then its `action` lines.
    mutating func fireTimeouts(at now: Timestamp?) async -> [BridgeResponse] {
        var lines: [BridgeResponse] = []
        for (session, pending) in self.actionDeadlines.removeDue(at: now) {
            guard self.sessions.contains(session) else { continue }
            await self.restore(
                session, for: BridgeRequest(session: session), call: pending.call)
            guard let turn = try? await self.engine.deliver(.timeout, call: pending.call) else {
                continue
            }
            lines.append(
                self.finish(
                    turn, for: BridgeRequest(session: session), at: now ?? self.clock.now(),
                    action: BridgeActionOutcome(call: pending.call, outcome: "timeout")))
            lines += self.followUps
            self.followUps.removeAll()
        }
        return lines
    }

    /// Forgets the sessions idle for too long; with a conversation log, logs each one's
    /// conversation in progress as ended (`expired`).
    private mutating func expireIdleSessions(at now: Timestamp) async {
        guard self.engine.conversationLog != nil else {
            let (expired, failures) = self.sessions.expireIdle(at: now)
            for failure in failures {
                self.logger.error("expired session state not deleted: \(failure)")
            }
            for session in expired { self.actionDeadlines[session] = nil }
            return
        }
        let (expired, failures) = self.sessions.expireIdleStates(at: now)
        for failure in failures {
            self.logger.error("expired session state not deleted: \(failure)")
        }
        for state in expired {
            self.actionDeadlines[state.session] = nil
            self.engine.restore(state, seed: 0)
            await self.engine.end(.expired)
        }
    }

    /// Restores the engine to the session's conversation (a new one when the store does not
    /// hold it), with the request's user and context applied.
    ///
    /// A request naming another user than the one the session names (protocol 1.4) starts a
    /// new conversation in the session: the first user's is logged as ended (`reset`), and
    /// nothing of it (history, slots, context, a pending call) reaches the second user's
    /// turns, handoff records or state file. A session that names no user yet takes the
    /// request's.
    ///
    /// A delivery's seed also depends on the call, so the ids of its ticket and next call
    /// differ from the ones the message turn could have made.
    private mutating func restore(
        _ session: String, for request: BridgeRequest, call: String? = nil
    ) async {
        var state = self.sessions.state(of: session) ?? ConversationState(session: session)
        if state.names(anotherUserThan: request.user) {
            self.engine.restore(state, seed: 0)
            await self.engine.end(.reset)
            self.actionDeadlines[session] = nil
            state = ConversationState(session: session)
        }
        if let user = request.user { state.user = user }
        for (key, value) in request.context {
            switch value {
            case .string(let text): state.context[key] = .text(text)
            case .number(let number): state.context[key] = .number(number)
            case .bool(let flag): state.context[key] = .bool(flag)
            case .null: state.context[key] = nil
            }
        }
        var seed = self.ticketSeed(session: session, turn: state.turn)
        if let call {
            for byte in call.utf8 { seed = (seed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        self.engine.restore(state, seed: seed)
    }

    /// Warns once per process, on standard error and without the id, when a request's
    /// session or user id holds personal data (an email address, a phone number).
    ///
    /// Ids are written to the logs as given, never masked, since erase and export find a
    /// person's lines by them; an id that is an email address puts that address unmasked on
    /// every line of the conversation. The frontend should pass opaque ids.
    private mutating func warnIfIDsHoldPersonalData(_ request: BridgeRequest) {
        guard !self.hasWarnedAboutPersonalIDs else { return }
        let masker = PIIMasker()
        for (name, id) in [("session", request.session), ("user", request.user)] {
            guard let id, let finding = masker.findings(in: id).first else { continue }
            self.hasWarnedAboutPersonalIDs = true
            self.logger.warning(
                """
                a request's \(name) id holds personal data (\(finding.kind.placeholder)), which \
                is written to the logs unmasked; pass opaque ids (docs/bridge.md); said once
                """)
            return
        }
    }

    /// Stores the engine's new state and builds the reply.
    private mutating func finish(
        _ turn: Turn, for request: BridgeRequest, at now: Timestamp,
        action: BridgeActionOutcome? = nil
    ) -> BridgeResponse {
        let state = self.engine.state
        var follows: String?
        if let pending = state.pendingAction {
            self.actionDeadlines[state.session] = pending
            if let call = turn.actionRequest {
                self.followUps.append(
                    .action(BridgeActionCall(session: state.session, request: call)))
                follows = call.call
            }
        } else if !self.actionDeadlines.isEmpty {
            self.actionDeadlines[state.session] = nil
        }
        do {
            try self.sessions.save(state, at: now)
        } catch {
            self.logger.error(
                "session state not saved",
                metadata: ["session": "\(state.session)", "error": "\(error)"])
        }
        return .reply(
            BridgeReply(
                id: request.id, session: state.session,
                messages: turn.messages.map {
                    BridgeMessage(text: $0.text, options: $0.options, article: $0.article)
                },
                intent: turn.explanation.intent.map {
                    BridgeIntent(name: $0.name, confidence: $0.confidence)
                },
                state: state.position,
                handoff: turn.handoff.map {
                    BridgeHandoff(
                        ticket: $0.ticket, queue: $0.queue, priority: $0.priority.rawValue,
                        reason: $0.reason.rawValue, due: $0.due.isoString)
                },
                ended: state.isEnded, actionFollows: follows, action: action))
    }

    /// The `state` response for a stored session.
    private func report(_ state: ConversationState, id: BridgeRequestID?) -> BridgeStateReport {
        var slots: [String: String] = [:]
        for (slot, value) in state.slots {
            slots[slot] =
                (self.bot.definition.slot(slot)?.isSensitive ?? false)
                ? "[redacted]" : self.bot.mask(value.displayText)
        }
        return BridgeStateReport(
            id: id, session: state.session, state: state.position, turn: state.turn,
            slots: slots, intent: state.lastIntent,
            handoff: state.handoff.map {
                BridgeOpenHandoff(
                    ticket: $0.ticket, queue: $0.queue, priority: $0.priority.rawValue,
                    due: $0.due.isoString)
            },
            ended: state.isEnded)
    }

    /// The seed of a turn's ticket generator: the same for the same session and turn.
    private func ticketSeed(session: String, turn: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in session.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var generator = SplitMix64(
            seed: self.configuration.seed ^ hash
                ^ (UInt64(truncatingIfNeeded: turn) &* 0x9E37_79B9_7F4A_7C15))
        return generator.next()
    }

    private static func unknown(_ session: String, _ request: BridgeRequest) -> BridgeResponse {
        Self.reject(
            request, .unknownSession,
            "no open session \(Self.quoted(session)) (never started, ended, or expired)")
    }

    /// The error response to `request`, with the error's code and message.
    static func reject(
        _ request: BridgeRequest, _ code: BridgeErrorCode, _ message: String
    ) -> BridgeResponse {
        .error(BridgeRejection(id: request.id, BridgeError(code, message)))
    }

    private static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
