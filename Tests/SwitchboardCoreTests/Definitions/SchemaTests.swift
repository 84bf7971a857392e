import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// The published JSON Schema stays in step with what the loader reads.
@Suite struct SchemaTests {
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
