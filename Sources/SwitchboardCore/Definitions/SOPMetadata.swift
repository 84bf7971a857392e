/// Who owns a procedure and which policy it implements.
public struct SOPMetadata: Sendable, Hashable, Codable {
    /// The owning team or person.
    public var owner: String?
    /// A link to the written policy.
    public var policy: String?
    /// The procedure's version label.
    public var version: String?
    /// When the procedure was last reviewed.
    public var reviewed: String?

    /// Creates SOP metadata.
    public init(
        owner: String? = nil, policy: String? = nil, version: String? = nil, reviewed: String? = nil
    ) {
        self.owner = owner
        self.policy = policy
        self.version = version
        self.reviewed = reviewed
    }
}
