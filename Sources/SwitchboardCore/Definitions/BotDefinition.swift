/// Everything a bot folder defines, loaded and checked: settings, intents, entities, slots,
/// flows and knowledge-base articles.
///
/// A `BotDefinition` is plain data. ``Bot`` compiles it into matchers and indexes.
///
/// ```swift
/// let loaded = try DefinitionLoader().load(from: "intents/tidepool")
/// print(loaded.definition.intents.count)
/// ```
public struct BotDefinition: Sendable {
    /// The folder the bot was loaded from.
    public var directory: String
    /// The bot's settings.
    public var settings: BotSettings
    /// Intents, in file order.
    public var intents: [IntentDefinition]
    /// Custom entities followed by the built-in ones.
    public var entities: [EntityDefinition]
    /// Slots, in file order.
    public var slots: [SlotDefinition]
    /// Flows, in file order.
    public var flows: [FlowDefinition]
    /// Knowledge-base articles, in file order.
    public var articles: [KBArticle]
    /// A SHA-256 of every file the bot was loaded from, in path order: which version handled a conversation.
    public var contentHash: String
    /// The files the bot was loaded from, relative to the working directory.
    public var files: [String]

    private var intentPositions: [String: Int] = [:]
    private var entityPositions: [String: Int] = [:]
    private var slotPositions: [String: Int] = [:]
    private var flowPositions: [String: Int] = [:]
    private var articlePositions: [String: Int] = [:]

    /// Creates a definition and indexes its ids (the first of a repeated id wins).
    public init(
        directory: String, settings: BotSettings, intents: [IntentDefinition],
        entities: [EntityDefinition], slots: [SlotDefinition], flows: [FlowDefinition],
        articles: [KBArticle], contentHash: String, files: [String]
    ) {
        self.directory = directory
        self.settings = settings
        self.intents = intents
        self.entities = entities
        self.slots = slots
        self.flows = flows
        self.articles = articles
        self.contentHash = contentHash
        self.files = files
        self.intentPositions = Self.positions(of: intents.map(\.id))
        self.entityPositions = Self.positions(of: entities.map(\.id))
        self.slotPositions = Self.positions(of: slots.map(\.id))
        self.flowPositions = Self.positions(of: flows.map(\.id))
        self.articlePositions = Self.positions(of: articles.map(\.id))
    }

    /// The intent with an id.
    public func intent(_ id: String) -> IntentDefinition? {
        self.intentPositions[id].map { self.intents[$0] }
    }

    /// The entity with an id.
    public func entity(_ id: String) -> EntityDefinition? {
        self.entityPositions[id].map { self.entities[$0] }
    }

    /// The slot with an id.
    public func slot(_ id: String) -> SlotDefinition? {
        self.slotPositions[id].map { self.slots[$0] }
    }

    /// The flow with an id.
    public func flow(_ id: String) -> FlowDefinition? {
        self.flowPositions[id].map { self.flows[$0] }
    }

    /// The article with an id.
    public func article(_ id: String) -> KBArticle? {
        self.articlePositions[id].map { self.articles[$0] }
    }

    /// The bot's name for the folder, such as `tidepool`.
    public var botID: String {
        let trimmed =
            self.directory.hasSuffix("/") ? String(self.directory.dropLast()) : self.directory
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    private static func positions(of ids: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, id) in ids.enumerated() where positions[id] == nil {
            positions[id] = index
        }
        return positions
    }
}
