extension DialogueMachine {
    /// Delivers what became of the pending action call and runs the flow on from it.
    ///
    /// A success fills the action's result slots and moves to its `next` state; a failure,
    /// or a result whose data lacks a field or has a value of the wrong type, moves to
    /// `onFailure`; a timeout moves to `onTimeout` (or `onFailure`). Without such a state the
    /// bot says `bot.messages.actionFailed` and the flow is abandoned.
    ///
    /// Strings from the result are screened like the user's words: card numbers and
    /// credentials are removed before they reach a slot, and every slot value is masked where
    /// it is written (handoff records, logs).
    ///
    /// - Parameters:
    ///   - result: the host's answer, or ``ActionResult/timeout``.
    ///   - call: the call answered (from ``ActionRequest/call``).
    ///   - now: the time the answer arrived.
    ///   - entropy: random bits for ids made in this turn (a handoff ticket, the next call).
    /// - Throws: ``ActionDeliveryError`` when no call or another call is pending, or when a
    ///   result (not a timeout) arrives after the deadline; the state is then unchanged.
    public mutating func deliver(
        _ result: ActionResult, call: String, at now: Timestamp, entropy: UInt64
    ) throws(ActionDeliveryError) -> Turn {
        guard let pending = self.state.pendingAction else {
            throw .nothingPending(call: call)
        }
        guard pending.call == call else {
            throw .unknownCall(call: call, pending: pending.call)
        }
        if result != .timeout, pending.deadline < now {
            throw .late(call: call)
        }
        var turn = TurnRecorder(now: now, entropy: entropy, input: "")
        turn.explanation.stage = .action
        turn.explanation.stateBefore = self.state.position
        self.state.pendingAction = nil
        guard let frame = self.state.stack.last, let flow = self.definition.flow(frame.flow),
            let flowState = flow.state(frame.state), case .action(let spec) = flowState.step
        else {
            turn.step("the state that made call \(call) is gone; the result was not used")
            turn.explanation.stateAfter = self.state.position
            return turn.finish()
        }
        switch result {
        case .success(let data):
            switch self.slotValues(for: spec, from: data, at: now) {
            case .success(let values):
                turn.step("\(spec.name) succeeded (call \(call))")
                for (slot, value) in values {
                    if let value {
                        self.setSlot(slot, value, &turn)
                    } else if self.state.slots.removeValue(forKey: slot) != nil {
                        turn.actions.append(.clearSlot(slot))
                    }
                }
                self.run(from: spec.next.id, &turn)
            case .failure(let problem):
                turn.step("\(spec.name) returned a malformed result: \(problem.reason)")
                self.takeFailurePath(spec, timedOut: false, &turn)
            }
        case .failure(let reason):
            turn.step("\(spec.name) failed: \(self.screened(reason))")
            self.takeFailurePath(spec, timedOut: false, &turn)
        case .timeout:
            turn.step("\(spec.name) timed out (call \(call))")
            self.takeFailurePath(spec, timedOut: true, &turn)
        }
        turn.explanation.stateAfter = self.state.position
        return turn.finish()
    }

    /// Enters an `action` state: builds the request, records the pending call, and waits.
    ///
    /// A slot's value is sent as it is, a sensitive one too (the backend needs it; the request
    /// names it in ``ActionRequest/sensitiveArguments`` so it is redacted wherever else the
    /// arguments are shown). The frontend's values are screened as a `set` from context
    /// screens them, and text as a message is: a request never carries a card number or
    /// credential (PSD2).
    mutating func requestAction(_ spec: ActionSpec, _ turn: inout TurnRecorder) {
        var arguments: [String: ActionValue] = [:]
        var sensitiveArguments: Set<String> = []
        for argument in spec.arguments {
            switch argument.source {
            case .slot(let slot):
                if let value = self.state.slots[slot.id] {
                    arguments[argument.name] = ActionValue(value)
                    if self.isSensitive(slot.id) { sensitiveArguments.insert(argument.name) }
                }
            case .context(let key):
                if let value = self.state.context[key] {
                    arguments[argument.name] = ActionValue(Self.screenedValue(value))
                }
            case .template(let template):
                arguments[argument.name] = .string(self.render(template, RenderValues()))
            case .literal(let value):
                arguments[argument.name] = value
            }
        }
        let call = Self.callID(turn: self.state.turn, entropy: turn.entropy)
        let deadline = Timestamp(
            millisecondsSince1970: turn.now.millisecondsSince1970
                + Int64(spec.timeoutMilliseconds))
        self.state.pendingAction = PendingAction(call: call, name: spec.name, deadline: deadline)
        turn.actions.append(
            .perform(
                ActionRequest(
                    call: call, name: spec.name, arguments: arguments,
                    sensitiveArguments: sensitiveArguments,
                    timeoutMilliseconds: spec.timeoutMilliseconds, deadline: deadline)))
        turn.step(
            "asked the host to perform \(spec.name) (call \(call), timeout \(spec.timeoutMilliseconds) ms)"
        )
    }

    /// Answers a message that arrives while an action call is pending: safety rules and the
    /// cancel, restart and end intents act as always (they drop the call); anything else gets
    /// `bot.messages.actionPending` and changes nothing but the history.
    ///
    /// - Returns: `false` when the message must go through the usual precedence instead.
    mutating func answerWhileWaiting(
        _ interpretation: Interpretation, _ turn: inout TurnRecorder
    ) -> Bool {
        guard let pending = self.state.pendingAction else { return false }
        if interpretation.safetyHit != nil { return false }
        if let intent = interpretation.clearIntent, self.definition.intents[intent].isGlobal,
            self.definition.intents[intent].effect != .none,
            // Going back while an action runs would undo an answer the action already used.
            self.definition.intents[intent].effect != .back,
            self.isStrongEnough(interpretation, toInterrupt: true)
        {
            turn.explanation.stage = .global
            self.runIntent(intent, interpretation, &turn)
            return true
        }
        turn.explanation.stage = .action
        turn.step(
            "waiting for \(pending.name) (call \(pending.call)); the message was not acted on")
        self.say(self.settings.messages.actionPending, &turn)
        return true
    }

    /// Moves to an action's failure (or timeout) state, or gives up on the flow.
    private mutating func takeFailurePath(
        _ spec: ActionSpec, timedOut: Bool, _ turn: inout TurnRecorder
    ) {
        if let target = timedOut ? (spec.timeout ?? spec.failure) : spec.failure {
            self.run(from: target.id, &turn)
            return
        }
        turn.step("\(spec.name) has no failure path: flow abandoned")
        self.abandonFlows(&turn)
        self.say(self.settings.messages.actionFailed, &turn)
    }

    /// A problem with a result's data.
    struct MalformedResult: Error {
        var reason: String
    }

    /// The values a result gives the action's result slots (`nil` clears an optional slot),
    /// or why the result is malformed.
    func slotValues(
        for spec: ActionSpec, from data: [String: ActionValue], at now: Timestamp
    ) -> Result<[(String, SlotValue?)], MalformedResult> {
        var values: [(String, SlotValue?)] = []
        for field in spec.results {
            guard let raw = data[field.field], raw != .null else {
                if field.isOptional {
                    values.append((field.slot.id, nil))
                    continue
                }
                return .failure(MalformedResult(reason: "no field \"\(field.field)\""))
            }
            guard let slot = self.definition.slot(field.slot.id),
                let entity = self.definition.entity(slot.entity.id)
            else {
                return .failure(MalformedResult(reason: "no slot \"\(field.slot.id)\""))
            }
            guard let value = self.slotValue(raw, kind: entity.kind, at: now) else {
                return .failure(
                    MalformedResult(
                        reason: "field \"\(field.field)\" is a \(raw.typeName) that is not a "
                            + "valid \(entity.kind.typeName) for slot \(slot.id)"))
            }
            values.append((slot.id, value))
        }
        return .success(values)
    }

    /// A result value as a slot of an entity kind holds it, or `nil` when it has the wrong type.
    private func slotValue(_ raw: ActionValue, kind: EntityKind, at now: Timestamp) -> SlotValue? {
        switch (kind, raw) {
        case (.number, .number(let number)):
            return number.isFinite ? .number(number) : nil
        case (.money, .number(let amount)):
            guard amount.isFinite, abs(amount) < 1e13 else { return nil }
            return .money(
                Money(minorUnits: Int64((amount * 100).rounded()), currency: self.settings.currency)
            )
        case (.money, .string(let text)):
            return MoneyExtractor().extract(
                from: text, in: self.extractionContext(now)
            ).first?.value
        case (.date, .string(let text)):
            return CalendarDate(iso: text).map { .date($0) }
        case (.yesNo, .bool(let flag)):
            return .bool(flag)
        case (.list(let values), .string(let text)):
            return values.contains { $0.canonical == text } ? .text(text) : nil
        case (.text, .string(let text)), (.email, .string(let text)), (.phone, .string(let text)),
            (.reference, .string(let text)), (.regex, .string(let text)):
            // As a user's answer: a card number or credential is removed, other personal data
            // kept (a slot may pass an address on to the next action) and masked where the
            // value is written.
            return .text(Self.paymentSecrets.mask(Self.clip(text)))
        default:
            return nil
        }
    }

    /// Text from a host with card numbers and credentials removed (never held or echoed) and
    /// personal data masked, for explanations (a failure's reason).
    func screened(_ text: String) -> String {
        self.bot.mask(Self.paymentSecrets.mask(Self.clip(text)))
    }

    /// A call id: `C`, the turn number, `-` and 8 Crockford base-32 digits of entropy.
    static func callID(turn: Int, entropy: UInt64) -> String {
        "C\(turn)-" + Self.ticket(from: entropy).dropFirst("TKT-".count)
    }
}
