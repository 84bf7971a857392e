public import SwitchboardCore

/// The bridge's limits and knobs.
public struct BridgeConfiguration: Sendable, Hashable {
    /// The longest input line accepted, in bytes (`--max-line-bytes`, default 64 KiB).
    public var maxLineBytes: Int
    /// The deepest nesting of arrays and objects accepted in a line.
    public var maxDepth: Int
    /// Seeds ticket ids: with the session id and turn number it decides each ticket, so the
    /// same conversation gets the same tickets whatever other sessions do.
    public var seed: UInt64

    /// Canned action results the bridge answers actions from itself (`--mocks`), so no
    /// `action` line is written; `nil` sends actions to the frontend (protocol 1.1).
    public var mocks: ActionMocks?

    /// The logs an `erase` request rewrites without the user's lines (the handoff log and the
    /// conversation log the bridge writes).
    public var erasableLogs: [String] = []

    /// The default line limit: 64 KiB.
    public static let defaultMaxLineBytes = 65_536

    /// Creates a configuration.
    public init(
        maxLineBytes: Int = Self.defaultMaxLineBytes,
        maxDepth: Int = BridgeRequest.defaultMaxDepth,
        seed: UInt64 = UInt64.random(in: .min ... .max), mocks: ActionMocks? = nil
    ) {
        self.mocks = mocks
        self.maxLineBytes = maxLineBytes
        self.maxDepth = maxDepth
        self.seed = seed
    }
}
