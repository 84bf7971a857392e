public import SwitchboardCore

extension BridgeResponse {
    /// The response as one compact JSON object (UTF-8, no newline), keys in a fixed order.
    public func jsonLine() -> [UInt8] {
        var writer = JSONWriter()
        self.write(to: &writer)
        return writer.bytes
    }

    /// Writes the response as a JSON object.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        switch self {
        case .ready(let ready):
            Self.type("ready", &writer)
            writer.key("protocol")
            writer.number(BridgeProtocol.version)
            writer.key("bot")
            writer.string(ready.bot)
            writer.key("botHash")
            writer.string(ready.botHash)
            writer.key("sessions")
            writer.number(ready.sessions)
            writer.key("maxLineBytes")
            writer.number(ready.maxLineBytes)
            writer.key("idleMinutes")
            if let minutes = ready.idleMinutes { writer.number(minutes) } else { writer.null() }
        case .reply(let reply):
            Self.id(reply.id, &writer)
            writer.key("session")
            writer.string(reply.session)
            Self.type("reply", &writer)
            writer.key("messages")
            writer.beginArray()
            for message in reply.messages { Self.write(message, &writer) }
            writer.endArray()
            writer.key("intent")
            if let intent = reply.intent {
                writer.beginObject()
                writer.key("name")
                writer.string(intent.name)
                writer.key("confidence")
                Self.confidence(intent.confidence, &writer)
                writer.endObject()
            } else {
                writer.null()
            }
            writer.key("state")
            writer.string(reply.state)
            writer.key("handoff")
            if let handoff = reply.handoff {
                Self.write(
                    [
                        ("ticket", handoff.ticket), ("queue", handoff.queue),
                        ("priority", handoff.priority), ("reason", handoff.reason),
                        ("due", handoff.due),
                    ], &writer)
            } else {
                writer.null()
            }
            writer.key("ended")
            writer.bool(reply.ended)
        case .state(let report):
            Self.id(report.id, &writer)
            writer.key("session")
            writer.string(report.session)
            Self.type("state", &writer)
            writer.key("state")
            writer.string(report.state)
            writer.key("turn")
            writer.number(report.turn)
            writer.key("slots")
            writer.beginObject()
            for key in report.slots.keys.sorted() {
                writer.key(key)
                writer.string(report.slots[key] ?? "")
            }
            writer.endObject()
            writer.key("intent")
            if let intent = report.intent { writer.string(intent) } else { writer.null() }
            writer.key("handoff")
            if let handoff = report.handoff {
                Self.write(
                    [
                        ("ticket", handoff.ticket), ("queue", handoff.queue),
                        ("priority", handoff.priority), ("due", handoff.due),
                    ], &writer)
            } else {
                writer.null()
            }
            writer.key("ended")
            writer.bool(report.ended)
        case .pong(let pong):
            Self.id(pong.id, &writer)
            Self.type("pong", &writer)
            writer.key("protocol")
            writer.number(BridgeProtocol.version)
            writer.key("sessions")
            writer.number(pong.sessions)
        case .error(let rejection):
            if rejection.id != nil { Self.id(rejection.id, &writer) }
            Self.type("error", &writer)
            writer.key("error")
            writer.beginObject()
            writer.key("code")
            writer.string(rejection.error.code.rawValue)
            writer.key("message")
            writer.string(rejection.error.message)
            writer.endObject()
        }
        writer.endObject()
    }

    private static func type(_ name: String, _ writer: inout JSONWriter) {
        writer.key("type")
        writer.string(name)
    }

    private static func id(_ id: BridgeRequestID?, _ writer: inout JSONWriter) {
        writer.key("id")
        switch id {
        case .string(let string):
            writer.string(string)
        case .number(let text):
            writer.value(.number(JSONNumber(text: text, double: 0, integer: nil)))
        case nil:
            writer.null()
        }
    }

    private static func write(_ message: BridgeMessage, _ writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("text")
        writer.string(message.text)
        if !message.options.isEmpty {
            writer.key("options")
            writer.beginArray()
            for option in message.options { writer.string(option) }
            writer.endArray()
        }
        if let article = message.article {
            writer.key("article")
            writer.string(article)
        }
        writer.endObject()
    }

    private static func write(_ members: [(String, String)], _ writer: inout JSONWriter) {
        writer.beginObject()
        for (key, value) in members {
            writer.key(key)
            writer.string(value)
        }
        writer.endObject()
    }

    /// Writes a confidence rounded to four decimals: enough to compare, stable across runs.
    private static func confidence(_ value: Double, _ writer: inout JSONWriter) {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            writer.number(Int(rounded))
        } else {
            writer.number(rounded)
        }
    }
}
