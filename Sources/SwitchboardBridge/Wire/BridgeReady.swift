/// The first line the bridge writes, once the bot is loaded and saved sessions are resumed.
///
/// ```json
/// {"type":"ready","protocol":1,"bot":"tidepool","botHash":"5f1c...","sessions":0,
///  "maxLineBytes":65536,"idleMinutes":30}
/// ```
public struct BridgeReady: Sendable, Hashable {
    /// The bot's folder name.
    public var bot: String
    /// The content hash of the bot's definitions (also written to handoff records).
    public var botHash: String
    /// How many sessions were resumed from `--state-dir`.
    public var sessions: Int
    /// The longest input line accepted, in bytes.
    public var maxLineBytes: Int
    /// Minutes of inactivity after which a session is forgotten; `nil` (`null`) when never.
    public var idleMinutes: Int?

    /// Creates the ready line's content.
    public init(bot: String, botHash: String, sessions: Int, maxLineBytes: Int, idleMinutes: Int?) {
        self.bot = bot
        self.botHash = botHash
        self.sessions = sessions
        self.maxLineBytes = maxLineBytes
        self.idleMinutes = idleMinutes
    }
}
