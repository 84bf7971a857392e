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

    /// `path:line jsonPath: message`.
    public var description: String {
        let location = self.line > 0 ? "\(self.path):\(self.line)" : self.path
        return self.jsonPath.isEmpty
            ? "\(location): \(self.message)" : "\(location) \(self.jsonPath): \(self.message)"
    }
}
