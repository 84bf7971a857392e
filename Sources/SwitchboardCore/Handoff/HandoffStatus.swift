/// Where a handed-off case is in its lifecycle.
///
/// A ticket is `open` when handed off; `open` → `accepted` or `abandoned`;
/// `accepted` → `resolved` or `abandoned`. `resolved` and `abandoned` are final.
public enum HandoffStatus: String, Sendable, Hashable, CaseIterable {
    /// Handed off, waiting for a person.
    case open
    /// A person has it.
    case accepted
    /// Closed with a resolution.
    case resolved
    /// Closed without one.
    case abandoned

    /// Whether an event of `kind` may follow this status.
    public func allows(_ kind: HandoffEventKind) -> Bool {
        switch (self, kind) {
        case (.open, .accepted), (.open, .abandoned), (.accepted, .resolved),
            (.accepted, .abandoned):
            true
        default:
            false
        }
    }
}
