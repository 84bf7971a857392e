/// Loads a bot folder: all of it, checked, or nothing.
///
/// Every `*.json` file in the folder (outside `kb/`, and but for the top-level `mocks.json` of
/// canned action results, see ``ActionMocks``) is read in path order and its sections merged;
/// `kb/*.md` and `kb/*.jsonl` are the knowledge base. A folder of bots (a subfolder with its
/// own `kb/` or `mocks.json`) is refused as a whole. Then the definition checks run
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
            diagnostics.append(
                .error("missing-folder", "no bot folder here", at: Origin(folder: directory)))
            return nil
        }
        let files: [String]
        do {
            files = try FileSystem.files(under: directory)
        } catch {
            diagnostics.append(
                .error(
                    "unreadable", "cannot read the folder: \(error.reason)",
                    at: Origin(folder: directory)))
            return nil
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        // `kb/` and `mocks.json` mean something only at a bot's top level: a subfolder that has
        // them is a bot of its own, and this folder a folder of bots (`--bot intents/`). Read
        // as one bot, its files would merge and its mocks read as definitions.
        let nestedBots = Set(
            files.compactMap { relative -> String? in
                let parts = relative.split(separator: "/", maxSplits: 2)
                guard parts.count >= 2,
                    parts[1] == "kb" || (parts.count == 2 && parts[1] == ActionMocks.fileName)
                else { return nil }
                return String(parts[0])
            }
        ).sorted()
        if !nestedBots.isEmpty {
            let names = nestedBots.map { "\"\(prefix)\($0)\"" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    "nested-bot",
                    "this is a folder of bots, not a bot: \(names) "
                        + (nestedBots.count == 1 ? "has its" : "have their")
                        + " own kb/ or \(ActionMocks.fileName); load "
                        + (nestedBots.count == 1 ? "it" : "one of them") + " instead",
                    at: Origin(folder: directory)))
            return nil
        }
        var hasher = SHA256()
        var sections = DefinitionSections()
        var articles: [KBArticle] = []
        var articleReader = KBArticleReader()
        var readFiles: [String] = []
        for relative in files {
            let isKB = relative.hasPrefix("kb/")
            let isJSON = relative.hasSuffix(".json")
            let isArticle = isKB && (relative.hasSuffix(".md") || relative.hasSuffix(".jsonl"))
            guard (isJSON && !isKB && relative != ActionMocks.fileName) || isArticle else {
                if isKB, let hint = Self.articleFileHint(for: relative) {
                    diagnostics.append(
                        .warning(
                            "ignored-file",
                            "not read: knowledge-base articles are kb/*.md and kb/*.jsonl files"
                                + hint, at: Origin(folder: prefix + relative)))
                }
                continue
            }
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
                .error(
                    "missing-file", "no definition files (*.json)", at: Origin(folder: directory)))
        }
        guard let settings = sections.settings(in: directory, diagnostics: &diagnostics) else {
            return nil
        }
        return BotDefinition(
            directory: directory, settings: settings, intents: sections.intents,
            entities: sections.entities + EntityDefinition.builtins, slots: sections.slots,
            flows: Self.localizingDefaultOptions(sections.flows, to: settings.language),
            articles: articles, contentHash: "sha256:" + hasher.finalize(), files: readFiles)
    }

    /// For a file under `kb/` that looks meant as articles but is not read (`faq.json`,
    /// `hours.MD`), what to rename it to; `nil` for other files (a README, images).
    private static func articleFileHint(for relative: String) -> String? {
        guard let dot = relative.lastIndex(of: "."), !relative[dot...].contains("/") else {
            return nil
        }
        let stem = relative[..<dot]
        switch relative[relative.index(after: dot)...].lowercased() {
        case "json", "jsonl", "ndjson":
            return " (one article per line: rename it \(stem).jsonl)"
        case "md", "markdown", "mdown":
            return " (rename it \(stem).md)"
        default:
            return nil
        }
    }

    /// The flows with the default options of confirm states ("Yes", "No") in the bot's
    /// language.
    ///
    /// Flows are read before the settings that name the language. Options a state spells out
    /// are its author's and stay as written.
    private static func localizingDefaultOptions(
        _ flows: [FlowDefinition], to language: Language
    ) -> [FlowDefinition] {
        guard language == .german else { return flows }
        return flows.map { flow in
            var flow = flow
            for index in flow.states.indices {
                if case .confirm(var spec) = flow.states[index].step, spec.hasDefaultOptions {
                    spec.options = EngineMessages.yesNoOptions
                    flow.states[index].step = .confirm(spec)
                }
            }
            return flow
        }
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
