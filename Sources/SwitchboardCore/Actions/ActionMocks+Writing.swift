extension ActionMocks.Entry {
    /// The entry as one compact JSON object in the mocks format, keys sorted, as a transcript's
    /// `mock NAME: {...}` line holds it: `{"when":{...},"ok":true,"data":{...}}`,
    /// `{"ok":false,"error":"..."}` or `{"timeout":true}`.
    ///
    /// Reading the text back with ``ActionMocks/entry(_:path:jsonPath:)`` gives this entry.
    public func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        if !self.when.isEmpty {
            writer.key("when")
            Self.write(self.when, to: &writer)
        }
        switch self.result {
        case .success(let data):
            writer.key("ok")
            writer.bool(true)
            writer.key("data")
            Self.write(data, to: &writer)
        case .failure(let reason):
            writer.key("ok")
            writer.bool(false)
            writer.key("error")
            writer.string(reason)
        case .timeout:
            writer.key("timeout")
            writer.bool(true)
        }
        writer.endObject()
        return writer.text
    }

    /// Flat values as an object; dotted keys stay dotted, which reads back to the same keys.
    private static func write(_ values: [String: ActionValue], to writer: inout JSONWriter) {
        writer.beginObject()
        for key in values.keys.sorted() {
            writer.key(key)
            (values[key] ?? .null).write(to: &writer)
        }
        writer.endObject()
    }

    /// The entry with `transform` applied to every string in it (its arguments, data and
    /// reason), such as to replace personal data with fakes.
    public func mapStrings(_ transform: (String) -> String) -> ActionMocks.Entry {
        func map(_ values: [String: ActionValue]) -> [String: ActionValue] {
            values.mapValues { value in
                if case .string(let text) = value { return .string(transform(text)) }
                return value
            }
        }
        let result: ActionResult
        switch self.result {
        case .success(let data): result = .success(map(data))
        case .failure(let reason): result = .failure(transform(reason))
        case .timeout: result = .timeout
        }
        return ActionMocks.Entry(when: map(self.when), result: result)
    }
}
