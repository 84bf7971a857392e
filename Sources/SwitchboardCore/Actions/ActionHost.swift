/// Something that performs the actions flows ask for: a script runner, canned results, or a
/// frontend answering over the bridge.
///
/// A host returns ``ActionResult/timeout`` when the action takes longer than the request's
/// ``ActionRequest/timeoutMilliseconds``; it never throws: every problem is a failure of
/// that call only.
public protocol ActionHost: Sendable {
    /// Performs an action and returns what became of it.
    func perform(_ request: ActionRequest) async -> ActionResult
}
