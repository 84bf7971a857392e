/// One complete line of a JSON Lines file: a JSON object, its exact bytes and its line number.
public struct JSONLine: Sendable, Equatable {
    /// The line's number in the file, starting at 1 (blank lines count).
    public var number: Int
    /// The line's bytes as stored, without the newline.
    public var bytes: [UInt8]
    /// The parsed object.
    public var object: JSONObject

    /// Creates a line.
    public init(number: Int, bytes: [UInt8], object: JSONObject) {
        self.number = number
        self.bytes = bytes
        self.object = object
    }

    /// The line as text.
    public var text: String { String(decoding: self.bytes, as: UTF8.self) }

    /// The string member `key`, when there is one.
    public func string(_ key: String) -> String? {
        self.object[key]?.value.stringValue
    }
}
