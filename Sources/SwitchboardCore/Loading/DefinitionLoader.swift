/// Loads a bot folder: all of it, checked, or nothing.
///
/// Every `*.json` file in the folder (outside `kb/`) is read in path order and its sections
/// merged; `kb/*.md` and `kb/*.jsonl` are the knowledge base. Then the definition checks run
/// (references, flow graphs, intents, payment data). The loader never prints: problems come
/// back as ``Diagnostic`` values, and any error makes ``load(from:)`` throw with all of them.
///
/// ```swift
/// do {
///     let loaded = try DefinitionLoader().load(from: "intents/tidepool")
///     for warning in loaded.diagnostics { print(warning) }
/// } catch {
///     for diagnostic in error.diagnostics { print(diagnostic) }
/// }
/// ```
public struct DefinitionLoader: Sendable {
    /// A loaded bot and the warnings found on the way.
    public struct Loaded: Sendable {
        /// The bot definition.
        public var definition: BotDefinition
        /// Warnings (never errors).
        public var diagnostics: [Diagnostic]
    }

    /// The top-level sections a definitions file may have.
    public static let sections = [
        "bot", "intents", "entities", "slots", "flows", "$schema", "$comment",
    ]

    /// The checks that run after the sections are read.
    let checks: [any DefinitionCheck]

    /// Creates a loader with the standard checks.
    public init() {
        self.checks = DefinitionChecks.standard
    }

    /// Loads and checks the bot in `directory`.
    ///
    /// - Throws: ``DefinitionLoadError`` with every diagnostic when any of them is an error.
    public func load(from directory: String) throws(DefinitionLoadError) -> Loaded {
        var diagnostics: [Diagnostic] = []
        let definition = self.read(directory, diagnostics: &diagnostics)
        if let definition, !diagnostics.containsErrors {
            for check in self.checks {
                diagnostics += check.check(definition)
            }
        }
        let sorted = diagnostics.sortedByPlace()
        guard let definition, !sorted.containsErrors else {
            throw DefinitionLoadError(directory: directory, diagnostics: sorted)
        }
        return Loaded(definition: definition, diagnostics: sorted)
    }

    private func read(_ directory: String, diagnostics: inout [Diagnostic]) -> BotDefinition? {
        guard FileSystem.isDirectory(directory) else {
            diagnostics.append(.error("missing-folder", "no bot folder at \(directory)", at: nil))
            return nil
        }
        let files: [String]
        do {
            files = try FileSystem.files(under: directory)
        } catch {
            diagnostics.append(.error("unreadable", "cannot read the folder: \(error)", at: nil))
            return nil
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var hasher = SHA256()
        var sections = Sections()
        var articles: [KBArticle] = []
        var articleReader = KBArticleReader()
        var readFiles: [String] = []
        for relative in files {
            let isKB = relative.hasPrefix("kb/")
            let isJSON = relative.hasSuffix(".json")
            let isArticle = isKB && (relative.hasSuffix(".md") || relative.hasSuffix(".jsonl"))
            guard (isJSON && !isKB) || isArticle else { continue }
            let path = prefix + relative
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(path)
            } catch {
                diagnostics.append(
                    .error(
                        "unreadable", "cannot read the file: \(error.reason)",
                        at: Self.fileOrigin(path)))
                continue
            }
            readFiles.append(path)
            hasher.update(relative.utf8)
            hasher.update([0])
            hasher.update(bytes)
            hasher.update([0])
            if isArticle {
                if relative.hasSuffix(".md") {
                    let name = String(relative.split(separator: "/").last?.dropLast(3) ?? "")
                    if let article = articleReader.markdown(bytes, file: path, defaultID: name) {
                        articles.append(article)
                    }
                } else {
                    articles += articleReader.jsonLines(bytes, file: path)
                }
            } else {
                sections.read(bytes, file: path, diagnostics: &diagnostics)
            }
        }
        diagnostics += articleReader.diagnostics
        diagnostics += Self.duplicateArticles(articles)
        if sections.fileCount == 0, !diagnostics.containsErrors {
            diagnostics.append(
                .error("missing-file", "no definition files (*.json) in \(directory)", at: nil))
        }
        guard let settings = sections.settings(diagnostics: &diagnostics) else { return nil }
        return BotDefinition(
            directory: directory, settings: settings, intents: sections.intents,
            entities: sections.entities + EntityDefinition.builtins, slots: sections.slots,
            flows: sections.flows, articles: articles, contentHash: "sha256:" + hasher.finalize(),
            files: readFiles)
    }

    static func fileOrigin(_ file: String) -> Origin {
        Origin(file: file, location: .start, path: "")
    }

    private static func duplicateArticles(_ articles: [KBArticle]) -> [Diagnostic] {
        var first: [String: KBArticle] = [:]
        var diagnostics: [Diagnostic] = []
        for article in articles {
            if let earlier = first[article.id] {
                diagnostics.append(
                    .error(
                        "duplicate-id",
                        "article \"\(article.id)\" is also defined in \(earlier.source)",
                        at: Self.articleOrigin(article)))
            } else {
                first[article.id] = article
            }
        }
        return diagnostics
    }

    static func articleOrigin(_ article: KBArticle) -> Origin {
        let parts = article.source.split(separator: ":")
        if parts.count == 2, let line = Int(parts[1]) {
            return Origin(
                file: String(parts[0]), location: SourceLocation(line: line, column: 1, offset: 0),
                path: "")
        }
        return Self.fileOrigin(article.source)
    }
}

/// The sections read so far, merged across files.
private struct Sections {
    var fileCount = 0
    var settingsNodes: [(node: JSONNode, file: String, source: [UInt8])] = []
    var intents: [IntentDefinition] = []
    var entities: [EntityDefinition] = []
    var slots: [SlotDefinition] = []
    var flows: [FlowDefinition] = []
    var firstOrigins: [String: Origin] = [:]

    mutating func read(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) {
        self.fileCount += 1
        let root: JSONNode
        do {
            root = try JSONParser().parse(bytes)
        } catch {
            diagnostics.append(
                .error(
                    "invalid-json", error.message,
                    at: Origin(file: file, location: error.location, path: "")))
            return
        }
        var decoder = DefinitionDecoder(file: file, source: bytes)
        defer { diagnostics += decoder.diagnostics }
        guard let object = decoder.object(root, at: "", allowed: DefinitionLoader.sections) else {
            return
        }
        for member in object.members {
            switch member.key {
            case "bot":
                self.settingsNodes.append((member.value, file, bytes))
            case "intents":
                for entry in decoder.keyedObject(member.value, at: "intents")
                where self.claim("intent", entry, section: "intents", decoder: &decoder) {
                    if let intent = decoder.intent(entry) { self.intents.append(intent) }
                }
            case "entities":
                for entry in decoder.keyedObject(member.value, at: "entities")
                where self.claim("entity", entry, section: "entities", decoder: &decoder) {
                    if let entity = decoder.entity(entry) { self.entities.append(entity) }
                }
            case "slots":
                for entry in decoder.keyedObject(member.value, at: "slots")
                where self.claim("slot", entry, section: "slots", decoder: &decoder) {
                    if let slot = decoder.slot(entry) { self.slots.append(slot) }
                }
            case "flows":
                for entry in decoder.keyedObject(member.value, at: "flows")
                where self.claim("flow", entry, section: "flows", decoder: &decoder) {
                    if let flow = decoder.flow(entry) { self.flows.append(flow) }
                }
            default:
                break
            }
        }
    }

    /// Records the first definition of an id; reports a second one, naming the first's place.
    private mutating func claim(
        _ kind: String, _ member: JSONMember, section: String, decoder: inout DefinitionDecoder
    ) -> Bool {
        let key = "\(section).\(member.key)"
        let origin = decoder.origin(member.value, key)
        if let first = self.firstOrigins[key] {
            decoder.error(
                "duplicate-id", "\(kind) \"\(member.key)\" is already defined at \(first)",
                member.value, key)
            return false
        }
        self.firstOrigins[key] = origin
        return true
    }

    func settings(diagnostics: inout [Diagnostic]) -> BotSettings? {
        guard let first = self.settingsNodes.first else {
            if self.fileCount > 0 {
                diagnostics.append(
                    .error(
                        "missing-settings", "no file has a \"bot\" section with the bot's settings",
                        at: nil))
            }
            return nil
        }
        for extra in self.settingsNodes.dropFirst() {
            diagnostics.append(
                .error(
                    "duplicate-id",
                    "a second \"bot\" section (the first is in \(first.file))",
                    at: Origin(file: extra.file, location: extra.node.location, path: "bot")))
        }
        var decoder = DefinitionDecoder(file: first.file, source: first.source)
        let settings = decoder.settings(first.node)
        diagnostics += decoder.diagnostics
        return settings
    }
}

/// A bot folder that did not load, with every problem found.
public struct DefinitionLoadError: Error, Sendable, CustomStringConvertible {
    /// The folder.
    public var directory: String
    /// Every diagnostic, errors and warnings, in file and line order.
    public var diagnostics: [Diagnostic]

    /// A summary line, such as `intents/tidepool: 3 errors`.
    public var description: String {
        let errors = self.diagnostics.filter(\.isError).count
        return "\(self.directory): \(errors) error\(errors == 1 ? "" : "s")"
    }
}
