/// Answers every action from canned results (``ActionMocks``), at once.
public struct MockActionHost: ActionHost {
    /// The canned results.
    public let mocks: ActionMocks

    /// Creates a host.
    public init(mocks: ActionMocks) {
        self.mocks = mocks
    }

    /// The canned result for the request.
    public func perform(_ request: ActionRequest) async -> ActionResult {
        self.mocks.result(for: request)
    }
}
