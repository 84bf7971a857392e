/// The slot a yes/no question's yes or no branch asks for next, so an answer that gives its
/// value counts as that answer and fills it: "Do you have the case number?" answered
/// "MOD-1234567" is a yes, "Is your email still ana@example.org?" answered "no, it's
/// ana@example.com" a no.
///
/// It is the first `collect` state reached from the branch's state through `say` states only,
/// none of the states on the way (the `collect` included) with a `set`, and only while the
/// flow would ask its question: its slot is empty, or it asks `always`. A `branch`, `answer`,
/// `call`, `action` or any other state on the way means there is no slot ahead: what comes
/// after it is not certain, or it does something the answer must be heard for.
struct SlotAhead: Sendable {
    /// Whether the branch is the yes branch (`false`: the no branch).
    var isYes: Bool
    /// The `say` states between the branch's state and the `collect` state, in order.
    var says: [FlowState]
    /// The `collect` state.
    var collect: FlowState
    /// The slot it collects.
    var slot: SlotDefinition
    /// The slot's entity.
    var entity: EntityDefinition
    /// Where the `collect` state goes once the slot is filled.
    var next: Reference
    /// The `collect` state's own state for exhausted attempts, if it names one.
    var exhausted: Reference?

    /// The branch, as `why` names it.
    var branchName: String { self.isYes ? "yes" : "no" }
}
