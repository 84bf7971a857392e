import SwitchboardCore

/// A state file the bridge could not load and set aside as `NAME.unreadable`, with what can
/// still be read of whose it is.
///
/// The file's name still carries its session id (``SessionFileName``), and its content, when
/// it is JSON at all (a file holding values out of range, a later format), may still name its
/// user. A torn or garbage file names no one; only its session id can tie it to a person,
/// through the logs.
///
/// ```swift
/// for file in try directory.setAsideFiles() {
///     if file.attribution(to: "u-1009", sessions: sessions) == .theirs { ... }
/// }
/// ```
public struct SetAsideFile: Sendable, Hashable {
    /// Whether a set-aside file is a person's.
    public enum Attribution: Sendable, Hashable {
        /// It is theirs: its content names them, or its session is one of theirs.
        case theirs
        /// It is not: its content names another user, or is a session that names no user
        /// and is none of theirs.
        case notTheirs
        /// Nobody can tell: its content cannot be read and its session is none of theirs.
        case unknown
    }

    /// The file's path.
    public var path: String
    /// The session its name stands for; `nil` when the name is not one a bridge makes.
    public var session: String?
    /// The session id its content holds, when it can be read.
    public var contentSession: String?
    /// The user its content names, when it can be read and names one.
    public var user: String?
    /// Whether the content reads as a session state that names no user.
    public var namesNoUser: Bool
    /// The file's bytes, as they are.
    public var contents: [UInt8]

    /// Creates a description of a set-aside file.
    public init(
        path: String, session: String?, contentSession: String? = nil, user: String? = nil,
        namesNoUser: Bool = false, contents: [UInt8]
    ) {
        self.path = path
        self.session = session
        self.contentSession = contentSession
        self.user = user
        self.namesNoUser = namesNoUser
        self.contents = contents
    }

    /// Reads what a set-aside file says about its owner.
    ///
    /// - Parameters:
    ///   - name: the file's name in the state folder (`web-42.json.unreadable-2`), or the
    ///     name of a state file that cannot be read and is not set aside yet (`web-42.json`).
    ///   - path: the file's path.
    ///   - contents: its bytes.
    init(name: String, path: String, contents: [UInt8]) {
        let stem =
            name.firstRange(of: StateDirectory.asideSuffix).map { name[..<$0.lowerBound] }
            ?? name[...]
        self.init(
            path: path, session: SessionFileName.decode(anyForm: String(stem)),
            contents: contents)
        // `{"format":1,"session":{"lastActive":...,"state":{"session":...,"user":...}}}`; read
        // leniently, since the file failed the strict reading. A key on that way written twice
        // with different values (`"user":"u-1",...,"user":"u-2"`) leaves whose it is open:
        // such content says nothing, as a torn file's does.
        guard let node = try? JSONParser().parse(contents),
            let file = node.value.objectValue, Self.isUnambiguous("session", in: file),
            let session = file["session"]?.value.objectValue,
            Self.isUnambiguous("state", in: session),
            let state = session["state"]?.value.objectValue,
            Self.isUnambiguous("session", in: state), Self.isUnambiguous("user", in: state)
        else { return }
        self.contentSession = state["session"]?.value.stringValue
        if let user = state["user"] {
            // "" names no user, as null does (see ConversationState.belongs(to:orIn:)).
            let name = user.value.stringValue
            self.user = name?.isEmpty == true ? nil : name
            self.namesNoUser = user.value.isNull || name?.isEmpty == true
        } else {
            self.namesNoUser = true
        }
    }

    /// Whether every member of `object` with `key` has the same value (or there is at most one).
    private static func isUnambiguous(_ key: String, in object: JSONObject) -> Bool {
        var first: JSONValue?
        for member in object.members where member.key == key {
            guard let known = first else {
                first = member.value.value
                continue
            }
            if known != member.value.value { return false }
        }
        return true
    }

    /// Whether the file is `user`'s, given the sessions known to be theirs (from the logs and
    /// the other state files): by the same rule as a session file, from what can be read.
    public func attribution(to user: String, sessions: Set<String>) -> Attribution {
        if let owner = self.user { return owner == user ? .theirs : .notTheirs }
        let named = [self.session, self.contentSession].compactMap { $0 }
        if named.contains(where: sessions.contains) { return .theirs }
        return self.namesNoUser ? .notTheirs : .unknown
    }
}
