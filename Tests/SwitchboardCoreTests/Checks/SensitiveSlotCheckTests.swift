import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// `switchboard check` on `set` copies of sensitive slots: a copy into a slot that is not
/// sensitive would be written unredacted (logs, explanations, saved state, messages), so it is
/// an error at the `set` entry; a copy into a sensitive slot, and text that names a sensitive
/// slot (rendered as `[redacted]`), are fine.
@Suite struct SensitiveSlotCheckTests {
    /// The fixture's `slots.json` with a `backup_email` slot, sensitive or not.
    static func slots(backupIsSensitive: Bool) throws -> String {
        let email =
            #""email": { "entity": "email", "prompts": ["Your email?"], "sensitive": true }"#
        let backup =
            #""backup_email": { "entity": "email", "prompts": ["Backup?"], "#
            + #""sensitive": \#(backupIsSensitive) }"#
        return try FixtureEdits.edit("slots.json", email, email + ",\n    " + backup)
    }

    /// The fixture's `flows.json` whose confirm state sets `backup_email` to `value`.
    static func flows(settingBackupTo value: String) throws -> String {
        try FixtureEdits.edit(
            "flows.json", #""confirm": { "type": "confirm","#,
            #""confirm": {"# + "\n" + #"  "set": { "backup_email": "\#(value)" },"#
                + "\n" + #"  "type": "confirm","#)
    }

    @Test func copyingASensitiveSlotIntoOneThatIsNotIsAnError() throws {
        let flows = try Self.flows(settingBackupTo: "{email}")
        let (diagnostics, _) = try FixtureEdits.failure([
            "slots.json": try Self.slots(backupIsSensitive: false), "flows.json": flows,
        ])
        let diagnostic = try FixtureEdits.expectError(
            diagnostics, "sensitive-copy", path: "flows.refund.states.confirm.set.backup_email",
            file: "flows.json", text: flows, line: #""set": { "backup_email": "{email}" }"#)
        let origin = try #require(diagnostic.origin)
        #expect(
            origin.location.column
                == (try FixtureEdits.column(of: #""backup_email": "{email}""#, in: flows)))
        #expect(diagnostic.message.contains(#"sensitive slot "email""#))
        #expect(diagnostic.message.contains(#"mark "backup_email" "sensitive": true"#))
        #expect(diagnostics.filter(\.isError).count == 1, "\(diagnostics)")
    }

    @Test func copyingASensitiveSlotIntoASensitiveOneLoads() throws {
        let loaded = try FixtureEdits.loaded([
            "slots.json": try Self.slots(backupIsSensitive: true),
            "flows.json": try Self.flows(settingBackupTo: "{ email }"),
        ])
        #expect(!loaded.diagnostics.contains { $0.code == "sensitive-copy" })
    }

    @Test(arguments: ["for {email}", "{context.email}", "{order_id}", "literal"])
    func textNamingASensitiveSlotAndOtherCopiesLoad(_ value: String) throws {
        let loaded = try FixtureEdits.loaded([
            "slots.json": try Self.slots(backupIsSensitive: false),
            "flows.json": try Self.flows(settingBackupTo: value),
        ])
        #expect(!loaded.diagnostics.contains { $0.code == "sensitive-copy" })
    }
}
