/// A problem in a mocks file or a transcript's mock line: where it is and what is wrong.
public struct ActionMocksError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The line (0 when the file could not be read).
    public var line: Int
    /// The JSON path of the value, such as `order_status[1].when`.
    public var jsonPath: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int, jsonPath: String, message: String) {
        self.path = path
        self.line = line
        self.jsonPath = jsonPath
        self.message = message
    }

    /// `path:line jsonPath: message`, on one line: control characters in the JSON path and
    /// the message (which may quote the file's values) are written as escapes.
    public var description: String {
        let location = self.line > 0 ? "\(self.path):\(self.line)" : self.path
        let message = self.message.escapingControlCharacters()
        return self.jsonPath.isEmpty
            ? "\(location): \(message)"
            : "\(location) \(self.jsonPath.escapingControlCharacters()): \(message)"
    }
}
