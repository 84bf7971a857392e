/// Where a piece of a bot definition came from: file, line and column, and JSON path.
///
/// Definitions keep their origin so that checks that run after loading (references,
/// flow graphs) can still point an author at the exact place to fix.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the working directory as it was given to the loader.
    public var file: String
    /// The line and column of the value.
    public var location: SourceLocation
    /// The JSON path of the value, such as `flows.refund.states.ask_order.next`.
    public var path: String

    /// Creates an origin.
    public init(file: String, location: SourceLocation, path: String) {
        self.file = file
        self.location = location
        self.path = path
    }

    /// A place that is a whole file or folder, with no line (printed as `path:`).
    public init(folder: String, path: String = "") {
        self.init(file: folder, location: SourceLocation(line: 0, column: 0, offset: 0), path: path)
    }

    /// Whether the origin names a line (not a whole file or folder).
    public var hasLine: Bool { self.location.line > 0 }

    /// `file:line:column`, or `file` for a whole file or folder.
    public var description: String {
        self.hasLine ? "\(self.file):\(self.location)" : self.file
    }
}
