/// The sections read so far, merged across files.
struct DefinitionSections {
    var fileCount = 0
    /// Files that are not valid JSON; a missing section may be in one of them.
    var unreadableFiles = 0
    var settingsNodes: [(node: JSONNode, file: String, source: [UInt8])] = []
    /// Where each file that parsed as JSON begins, so a missing "bot" section can be
    /// reported in the bot's `bot.json` when there is one.
    var parsedFiles: [String: SourceLocation] = [:]
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
                    at: Origin(file: file, location: error.location, path: error.path)))
            self.unreadableFiles += 1
            return
        }
        self.parsedFiles[file] = root.location
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
                self.intents += self.entries(member, "intent", &decoder) { $0.intent($1) }
            case "entities":
                self.entities += self.entries(member, "entity", &decoder) { $0.entity($1) }
            case "slots":
                self.slots += self.entries(member, "slot", &decoder) { $0.slot($1) }
            case "flows":
                self.flows += self.entries(member, "flow", &decoder) { $0.flow($1) }
            default:
                break
            }
        }
    }

    /// The definitions of one section, each id claimed once across files.
    private mutating func entries<T>(
        _ section: JSONMember, _ kind: String, _ decoder: inout DefinitionDecoder,
        decode: (inout DefinitionDecoder, JSONMember) -> T?
    ) -> [T] {
        var decoded: [T] = []
        for entry in decoder.keyedObject(section.value, at: section.key)
        where self.claim(kind, entry, section: section.key, decoder: &decoder) {
            if let value = decode(&decoder, entry) { decoded.append(value) }
        }
        return decoded
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

    func settings(in directory: String, diagnostics: inout [Diagnostic]) -> BotSettings? {
        guard let first = self.settingsNodes.first else {
            let botFile = (directory.hasSuffix("/") ? directory : directory + "/") + "bot.json"
            if let start = self.parsedFiles[botFile] {
                // bot.json is there but has no section: point at it, not at the folder.
                diagnostics.append(
                    .error(
                        "missing-settings",
                        "no \"bot\" section with the bot's settings here or in any other file",
                        at: Origin(file: botFile, location: start, path: "bot")))
            } else if self.fileCount > 0, self.unreadableFiles == 0 {
                diagnostics.append(
                    .error(
                        "missing-settings",
                        "no file has a \"bot\" section with the bot's settings (add bot.json)",
                        at: Origin(folder: directory, path: "bot")))
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
