/// The slot a yes/no question's yes branch asks for next, so an answer that gives its value
/// ("Do you have the case number?" answered "MOD-1234567") counts as yes and fills it.
///
/// It is the first `collect` state reached from the `yes` state through `say` states only,
/// none of the states on the way (the `collect` included) with a `set`, and only while the
/// flow would ask its question: its slot is empty, or it asks `always`. A `branch`, `answer`,
/// `call`, `action` or any other state on the way means there is no slot ahead: what comes
/// after it is not certain, or it does something a yes must be heard for.
struct SlotAhead: Sendable {
    /// The `say` states between the `yes` state and the `collect` state, in order.
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
}
