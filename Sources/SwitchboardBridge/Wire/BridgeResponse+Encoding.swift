import SwitchboardCore

extension BridgeResponse {
    /// The response as one compact JSON object (UTF-8, no newline), keys in a fixed order.
    public func jsonLine() -> [UInt8] {
        var line = JSONLineBuilder()
        switch self {
        case .ready(let ready):
            line.raw(#"{"type":"ready","protocol":"#)
            line.int(BridgeProtocol.version)
            line.raw(#","version":"#)
            line.string(BridgeProtocol.fullVersion)
            line.raw(#","bot":"#)
            line.string(ready.bot)
            line.raw(#","botHash":"#)
            line.string(ready.botHash)
            line.raw(#","sessions":"#)
            line.int(ready.sessions)
            line.raw(#","maxLineBytes":"#)
            line.int(ready.maxLineBytes)
            line.raw(#","idleMinutes":"#)
            if let minutes = ready.idleMinutes { line.int(minutes) } else { line.raw("null") }
            line.raw("}")
        case .reply(let reply):
            Self.id(reply.id, &line)
            line.raw(#","session":"#)
            line.string(reply.session)
            line.raw(#","type":"reply","messages":["#)
            for (index, message) in reply.messages.enumerated() {
                if index > 0 { line.raw(",") }
                Self.write(message, &line)
            }
            line.raw(#"],"intent":"#)
            if let intent = reply.intent {
                line.raw(#"{"name":"#)
                line.string(intent.name)
                line.raw(#","confidence":"#)
                Self.confidence(intent.confidence, &line)
                line.raw("}")
            } else {
                line.raw("null")
            }
            line.raw(#","state":"#)
            line.string(reply.state)
            line.raw(#","handoff":"#)
            if let handoff = reply.handoff {
                line.raw(#"{"ticket":"#)
                line.string(handoff.ticket)
                line.raw(#","queue":"#)
                line.string(handoff.queue)
                line.raw(#","priority":"#)
                line.string(handoff.priority)
                line.raw(#","reason":"#)
                line.string(handoff.reason)
                line.raw(#","due":"#)
                line.string(handoff.due)
                line.raw("}")
            } else {
                line.raw("null")
            }
            line.raw(#","ended":"#)
            line.bool(reply.ended)
            if let call = reply.actionFollows {
                line.raw(#","actionFollows":"#)
                line.string(call)
            }
            if let action = reply.action {
                line.raw(#","action":{"call":"#)
                line.string(action.call)
                line.raw(#","outcome":"#)
                line.string(action.outcome)
                if let error = action.error {
                    line.raw(#","error":"#)
                    Self.write(error, &line)
                }
                line.raw("}")
            }
            line.raw("}")
        case .action(let call):
            line.raw(#"{"type":"action","session":"#)
            line.string(call.session)
            line.raw(#","call":"#)
            line.string(call.request.call)
            line.raw(#","name":"#)
            line.string(call.request.name)
            line.raw(#","args":"#)
            line.bytes(call.request.argumentsJSON)
            line.raw(#","timeoutMs":"#)
            line.int(call.request.timeoutMilliseconds)
            line.raw(#","deadline":"#)
            line.string(call.request.deadline.isoString)
            line.raw("}")
        case .state(let report):
            Self.id(report.id, &line)
            line.raw(#","session":"#)
            line.string(report.session)
            line.raw(#","type":"state","state":"#)
            line.string(report.state)
            line.raw(#","turn":"#)
            line.int(report.turn)
            line.raw(#","slots":{"#)
            for (index, key) in report.slots.keys.sorted().enumerated() {
                if index > 0 { line.raw(",") }
                line.string(key)
                line.raw(":")
                line.string(report.slots[key] ?? "")
            }
            line.raw(#"},"intent":"#)
            line.string(report.intent)
            line.raw(#","handoff":"#)
            if let handoff = report.handoff {
                line.raw(#"{"ticket":"#)
                line.string(handoff.ticket)
                line.raw(#","queue":"#)
                line.string(handoff.queue)
                line.raw(#","priority":"#)
                line.string(handoff.priority)
                line.raw(#","due":"#)
                line.string(handoff.due)
                line.raw("}")
            } else {
                line.raw("null")
            }
            line.raw(#","ended":"#)
            line.bool(report.ended)
            line.raw("}")
        case .erased(let erasure):
            Self.id(erasure.id, &line)
            line.raw(#","type":"erased","sessions":"#)
            line.int(erasure.sessions)
            line.raw(#","files":["#)
            for (index, file) in erasure.files.enumerated() {
                line.raw(index == 0 ? #"{"path":"# : #",{"path":"#)
                line.string(file.path)
                line.raw(#","removedLines":"#)
                line.int(file.removedLines)
                line.raw(#","keptLines":"#)
                line.int(file.keptLines)
                line.raw(#","removedUnreadableLines":"#)
                line.int(file.removedUnreadableLines)
                line.raw(#","keptUnreadableLines":"#)
                line.int(file.keptUnreadableLines)
                line.raw("}")
            }
            line.raw(#"],"unreadableFiles":"#)
            if let unreadable = erasure.unreadableFiles {
                let counts = [
                    ("removed", unreadable.removed), ("kept", unreadable.kept),
                    ("unattributed", unreadable.unattributed),
                ]
                for (index, (key, count)) in counts.enumerated() {
                    line.raw(index == 0 ? "{" : ",")
                    line.string(key)
                    line.raw(":")
                    line.int(count)
                }
                line.raw("}}")
            } else {
                line.raw("null}")
            }
        case .pong(let pong):
            Self.id(pong.id, &line)
            line.raw(#","type":"pong","protocol":"#)
            line.int(BridgeProtocol.version)
            line.raw(#","sessions":"#)
            line.int(pong.sessions)
            line.raw("}")
        case .error(let rejection):
            if rejection.id != nil {
                Self.id(rejection.id, &line)
                line.raw(",")
            } else {
                line.raw("{")
            }
            line.raw(#""type":"error","error":"#)
            Self.write(rejection.error, &line)
            line.raw("}")
        }
        return line.bytes
    }

    /// Opens the object with its `id` member.
    private static func id(_ id: BridgeRequestID?, _ line: inout JSONLineBuilder) {
        line.raw(#"{"id":"#)
        switch id {
        case .string(let string): line.string(string)
        case .number(let text): line.number(text: text)
        case nil: line.raw("null")
        }
    }

    /// Writes `{"code","message"}`, as in `error` lines and a malformed result's `action`.
    private static func write(_ error: BridgeError, _ line: inout JSONLineBuilder) {
        line.raw(#"{"code":"#)
        line.string(error.code.rawValue)
        line.raw(#","message":"#)
        line.string(error.message)
        line.raw("}")
    }

    private static func write(_ message: BridgeMessage, _ line: inout JSONLineBuilder) {
        line.raw(#"{"text":"#)
        line.string(message.text)
        if !message.options.isEmpty {
            line.raw(#","options":["#)
            for (index, option) in message.options.enumerated() {
                if index > 0 { line.raw(",") }
                line.string(option)
            }
            line.raw("]")
        }
        if let article = message.article {
            line.raw(#","article":"#)
            line.string(article)
        }
        line.raw("}")
    }

    /// Writes a confidence rounded to four decimals: enough to compare, stable across runs.
    private static func confidence(_ value: Double, _ line: inout JSONLineBuilder) {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            line.int(Int(rounded))
        } else {
            line.double(rounded)
        }
    }
}
