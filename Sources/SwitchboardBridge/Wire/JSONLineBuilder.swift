import SwitchboardCore

/// Builds one compact JSON line from fixed pieces and escaped values.
///
/// Responses have a fixed shape, so their keys, braces and commas are written as static
/// text, and only values go through ``JSONWriter/escape(_:into:)``: faster than a general
/// writer that checks every call, which matters at tens of thousands of lines a second.
struct JSONLineBuilder {
    private(set) var bytes: [UInt8] = []

    init() {
        self.bytes.reserveCapacity(512)
    }

    /// Appends literal JSON text, such as `{"id":`.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { self.bytes.append(contentsOf: $0) }
    }

    /// Appends a string value, quoted and escaped.
    mutating func string(_ value: String) {
        JSONWriter.escape(value, into: &self.bytes)
    }

    /// Appends a string value, or `null`.
    mutating func string(_ value: String?) {
        if let value { self.string(value) } else { self.raw("null") }
    }

    /// Appends an integer.
    mutating func int(_ value: Int) {
        self.bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends a number written elsewhere (an `id` echoed as it came).
    mutating func number(text: String) {
        self.bytes.append(contentsOf: text.utf8)
    }

    /// Appends a finite double in its shortest round-tripping form, or `null`.
    mutating func double(_ value: Double) {
        if value.isFinite {
            self.bytes.append(contentsOf: value.description.utf8)
        } else {
            self.raw("null")
        }
    }

    /// Appends JSON written elsewhere (an action's arguments).
    mutating func bytes(_ json: [UInt8]) {
        self.bytes.append(contentsOf: json)
    }

    /// Appends `true` or `false`.
    mutating func bool(_ value: Bool) {
        self.raw(value ? "true" : "false")
    }
}
