/// A line of a JSON Lines file that cannot be read (not a complete JSON object, or an object
/// with a key twice), with its bytes, so that a caller can still decide whose it is
/// (``UserDataSelector/owns(unreadable:)``) and keep it byte for byte.
public struct UnreadableJSONLine: Sendable, Equatable {
    /// Where the line is and what is wrong with it.
    public var problem: JSONLinesProblem
    /// The line's bytes as stored, without the newline.
    public var bytes: [UInt8]

    /// Creates an unreadable line.
    public init(problem: JSONLinesProblem, bytes: [UInt8]) {
        self.problem = problem
        self.bytes = bytes
    }
}
