/// A key that an object in a parsed JSON tree has more than once: the repeat that comes first
/// in the source, where the key first appears, and how many times the object has it.
///
/// RFC 8259 leaves a repeated key to the reader, and readers differ: ``JSONParser`` keeps every
/// member (lookups find the first), `JSONDecoder` keeps the first value, other tools the last.
/// The engine never writes one, so a state file or log line that has one was damaged or edited
/// by hand, and which value is meant cannot be told: such input is refused, with this as the
/// reason.
///
/// ```swift
/// let node = try JSONParser().parse(#"{"user":"u-2","slots":{},"user":"u-1"}"#)
/// let found = JSONDuplicateKey.earliest(in: node)
/// found?.path  // "user"
/// found?.first.keyLocation.column  // 2
/// found?.again.keyLocation.column  // 26
/// found?.appearances  // "twice"
/// ```
///
/// Finding none allocates nothing, so a reader can check every line of a large log.
package struct JSONDuplicateKey: Sendable, Equatable {
    /// The repeated member's path, as messages write fields: `session.state.turn`,
    /// `transcript[3].user`, `user` at the top.
    package var path: String
    /// The member where the key first appears in its object.
    package var first: JSONMember
    /// The first member that repeats it.
    package var again: JSONMember
    /// How many times the object has the key (2 or more).
    package var count: Int

    /// How often the key appears, for messages: `twice`, `3 times`.
    package var appearances: String {
        self.count == 2 ? "twice" : "\(self.count) times"
    }

    /// The repeat that comes first in the source (by the repeating key's position), at any
    /// depth under `node`, or `nil` when no object has a key twice.
    ///
    /// Objects of up to 32 members are compared key by key, without allocating; larger ones
    /// (which the engine never writes) go through a dictionary. The path is built only for a
    /// repeat found.
    package static func earliest(in node: JSONNode) -> JSONDuplicateKey? {
        var earliest: JSONDuplicateKey?
        Self.search(node, path: { "" }, earliest: &earliest)
        return earliest
    }

    /// Objects with more members than this are checked with a dictionary.
    private static let pairwiseLimit = 32

    /// Visits `node` and everything under it, keeping in `earliest` the first repeat in the
    /// source; `path` gives the node's path when a repeat needs it.
    private static func search(
        _ node: JSONNode, path: () -> String, earliest: inout JSONDuplicateKey?
    ) {
        switch node.value {
        case .array(let items):
            for index in items.indices {
                Self.search(items[index], path: { path() + "[\(index)]" }, earliest: &earliest)
            }
        case .object(let object):
            if let (first, again) = Self.firstRepeat(in: object.members),
                earliest.map({ again.keyLocation < $0.again.keyLocation }) ?? true
            {
                let parent = path()
                earliest = JSONDuplicateKey(
                    path: parent.isEmpty ? again.key : parent + "." + again.key, first: first,
                    again: again,
                    count: object.members.reduce(0) { $0 + ($1.key == again.key ? 1 : 0) })
            }
            for member in object.members {
                Self.search(
                    member.value,
                    path: {
                        let parent = path()
                        return parent.isEmpty ? member.key : parent + "." + member.key
                    }, earliest: &earliest)
            }
        default:
            break
        }
    }

    /// The first member (in source order) whose key an earlier member has, with the first
    /// member that has it: ``JSONObject/duplicateKeys()``'s first pair.
    private static func firstRepeat(
        in members: [JSONMember]
    ) -> (first: JSONMember, again: JSONMember)? {
        guard members.count > 1 else { return nil }
        guard members.count <= Self.pairwiseLimit else {
            return JSONObject(members: members).duplicateKeys().first
        }
        for later in 1..<members.count {
            let key = members[later].key
            let length = key.utf8.count
            for earlier in 0..<later
            where members[earlier].key.utf8.count == length && members[earlier].key == key {
                return (members[earlier], members[later])
            }
        }
        return nil
    }
}
