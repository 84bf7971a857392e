extension UserDataSelector {
    /// Whether a line that cannot be read (torn, garbage, JSON with `NaN`, a lone surrogate,
    /// nesting too deep, a key given twice) is about the person, from its raw bytes.
    ///
    /// It is theirs when a complete JSON string token in it (``RawJSONStrings``) is exactly
    /// the person's user id, or one of their sessions or tickets, as the engine's writer
    /// writes it (``JSONWriter/escape(_:into:)``: quotes, backslashes and control characters
    /// escaped, everything else as UTF-8), and the line does not name only other users: a
    /// non-empty `"user"` member of the outermost object with another value means it is not
    /// theirs, as for a line that can be read, unless another `"user"` member of that object
    /// names them (`{"user":"u-2",…,"user":"u-1"}` is about both, so it is either's). Empty
    /// sessions and tickets name no one.
    ///
    /// The rule errs towards keeping: a line that is not theirs is never taken for theirs on a
    /// guess, and what this rule leaves is kept and reported for an operator to look at, not
    /// lost. So a string cut off at the end of a torn line does not count (`"u-1` may be the
    /// start of `"u-10"`), nor does the id inside a longer string (`"say u-1"`) or written
    /// with other escapes (`\u0075-1`) than the engine's writer uses; such lines are kept.
    ///
    /// - Parameter bytes: the line's bytes as stored, without the newline.
    public func owns(unreadable bytes: [UInt8]) -> Bool {
        let strings = RawJSONStrings(bytes)
        let user = Self.escaped(self.user)
        let named = strings.users.filter { !$0.isEmpty }
        if !named.isEmpty {
            return named.contains { $0.elementsEqual(user) }
        }
        var names: Set<[UInt8]> = [user]
        for name in self.sessions.union(self.tickets) where !name.isEmpty {
            names.insert(Self.escaped(name))
        }
        names.remove([])
        return strings.tokens.contains { names.contains(Array($0)) }
    }

    /// `value` as the engine's writer writes it inside quotes.
    private static func escaped(_ value: String) -> [UInt8] {
        var bytes: [UInt8] = []
        JSONWriter.escape(value, into: &bytes)
        return Array(bytes.dropFirst().dropLast())
    }
}
