/// A name that refers to another definition, with where the reference is written.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The id referred to.
    public var id: String
    /// Where the reference is written.
    public var origin: Origin

    /// Creates a reference.
    public init(_ id: String, at origin: Origin) {
        self.id = id
        self.origin = origin
    }

    /// The id.
    public var description: String { self.id }
}
