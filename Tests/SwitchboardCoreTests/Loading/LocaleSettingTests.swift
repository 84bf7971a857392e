import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// `bot.locale`: English and German are supported; any other locale warns and reads English.
@Suite struct LocaleSettingTests {
    static func botJSON(_ locale: String) throws -> String {
        try FixtureEdits.edit(
            "bot.json", #""name": "Fixture","#, #""name": "Fixture", "locale": "\#(locale)","#)
    }

    @Test(arguments: [
        ("en", Language.english), ("en-GB", .english), ("de", .german), ("de-DE", .german),
        ("de-AT", .german), ("de-CH", .german), ("de-LU", .german),
    ])
    func supportedLocalesLoadWithoutWarning(locale: String, language: Language) throws {
        let loaded = try FixtureEdits.loaded(["bot.json": try Self.botJSON(locale)])
        #expect(!loaded.diagnostics.contains { $0.code == "unsupported-locale" })
        #expect(loaded.definition.settings.locale == locale)
        #expect(loaded.definition.settings.language == language)
    }

    @Test(arguments: ["fr", "de_DE", "deu", "nl-BE"])
    func otherLocalesWarnAndReadEnglish(locale: String) throws {
        let loaded = try FixtureEdits.loaded(["bot.json": try Self.botJSON(locale)])
        let warning = try #require(loaded.diagnostics.first { $0.code == "unsupported-locale" })
        #expect(warning.severity == .warning)
        #expect(
            warning.message
                == "locale \"\(locale)\" has no stemmer or yes/no words yet; English rules are "
                + "used (supported: \"en\" (and \"en-*\"), \"de\" (and \"de-*\"))")
        #expect(loaded.definition.settings.language == .english)
    }
}
