/// What reading a JSON Lines file found: the complete lines, and the lines that were not.
public struct JSONLinesContents: Sendable, Equatable {
    /// The lines that are complete JSON objects without a repeated key, in file order.
    public var lines: [JSONLine]
    /// The lines that are not (torn tails, garbage, objects with a key twice), in file order.
    public var problems: [JSONLinesProblem]

    /// Creates contents.
    public init(lines: [JSONLine] = [], problems: [JSONLinesProblem] = []) {
        self.lines = lines
        self.problems = problems
    }
}
