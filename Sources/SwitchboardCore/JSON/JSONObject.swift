/// The members of a JSON object, in source order, with duplicate keys kept.
///
/// RFC 8259 leaves duplicate keys to the implementation; keeping them lets a
/// checker report every repeat with its location. Lookups by key find the
/// first member, which is linear in the number of members.
public struct JSONObject: Sendable, Equatable {
    /// The members in the order they appear in the source.
    public var members: [JSONMember]

    /// Creates an object from its members.
    public init(members: [JSONMember] = []) {
        self.members = members
    }

    /// The value of the first member with `key`, or `nil` when there is none.
    public subscript(key: String) -> JSONNode? {
        for member in self.members where member.key == key {
            return member.value
        }
        return nil
    }

    /// The keys of all members in source order, repeats included.
    public var keys: [String] { self.members.map(\.key) }

    /// The number of members, repeats included.
    public var count: Int { self.members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { self.members.isEmpty }

    /// Every member whose key already appeared earlier, paired with that first occurrence.
    ///
    /// A key written three times yields two pairs, both with the same `first`.
    public func duplicateKeys() -> [(first: JSONMember, again: JSONMember)] {
        var firstIndex: [String: Int] = [:]
        var repeats: [(first: JSONMember, again: JSONMember)] = []
        for (index, member) in self.members.enumerated() {
            if let earlier = firstIndex[member.key] {
                repeats.append((first: self.members[earlier], again: member))
            } else {
                firstIndex[member.key] = index
            }
        }
        return repeats
    }
}
