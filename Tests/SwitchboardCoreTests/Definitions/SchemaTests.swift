import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// The published JSON Schema stays in step with what the loader reads.
@Suite struct SchemaTests {
    /// The `properties` of a definition in the schema's `$defs`, under `path` (object keys).
    static func properties(of definition: String, _ path: [String]) throws -> Set<String> {
        let bytes = try FileSystem.read(ProjectPaths.root + "/docs/definitions.schema.json")
        var node = try JSONParser().parse(bytes).value.objectValue?["$defs"]?.value.objectValue?[
            definition]
        for key in path {
            node = node?.value.objectValue?["properties"]?.value.objectValue?[key]
        }
        let properties = try #require(node?.value.objectValue?["properties"]?.value.objectValue)
        return Set(properties.members.map(\.key))
    }

    @Test(
        "The schema accepts every field the loader reads",
        arguments: [
            ("flow", [String](), DefinitionDecoder.flowKeys),
            ("flow", ["sop"], DefinitionDecoder.sopKeys),
            ("intent", [], DefinitionDecoder.intentKeys),
            ("rule", [], DefinitionDecoder.ruleKeys),
            ("slot", [], DefinitionDecoder.slotKeys),
            ("slot", ["validate"], DefinitionDecoder.validationKeys),
            ("bot", [], DefinitionDecoder.settingsKeys),
        ])
    func schemaAcceptsEveryField(_ definition: String, _ path: [String], _ keys: [String]) throws {
        let listed = try Self.properties(of: definition, path)
        for key in keys {
            #expect(
                listed.contains(key),
                "docs/definitions.schema.json: \(definition) \(path) lacks \"\(key)\"")
        }
    }

    @Test("The schema accepts every field the loader reads in each type of state")
    func schemaAcceptsEveryStateField() throws {
        let bytes = try FileSystem.read(ProjectPaths.root + "/docs/definitions.schema.json")
        let state = try JSONParser().parse(bytes).value.objectValue?["$defs"]?.value
            .objectValue?["state"]?.value.objectValue
        guard case .array(let variants)? = state?["oneOf"]?.value else {
            Issue.record("docs/definitions.schema.json: $defs.state has no oneOf")
            return
        }
        var listed: [String: Set<String>] = [:]
        for variant in variants {
            guard let properties = variant.value.objectValue?["properties"]?.value.objectValue,
                case .string(let type)? = properties["type"]?.value.objectValue?["const"]?.value
            else { continue }
            listed[type] = Set(properties.members.map(\.key))
        }
        for (type, keys) in DefinitionDecoder.stateKeys {
            for key in DefinitionDecoder.commonStateKeys + keys {
                #expect(
                    listed[type]?.contains(key) == true,
                    "docs/definitions.schema.json: state \(type) lacks \"\(key)\"")
            }
        }
    }

    @Test func schemaListsEveryEngineMessage() throws {
        let bytes = try FileSystem.read(ProjectPaths.root + "/docs/definitions.schema.json")
        let schema = try JSONParser().parse(bytes)
        let messages = schema.value.objectValue?["$defs"]?.value.objectValue?["bot"]?.value
            .objectValue?["properties"]?.value.objectValue?["messages"]?.value.objectValue?[
                "properties"]?.value.objectValue
        let listed = try #require(messages)
        for name in EngineMessages.names {
            #expect(listed[name] != nil, "docs/definitions.schema.json lacks messages.\(name)")
        }
    }
}
