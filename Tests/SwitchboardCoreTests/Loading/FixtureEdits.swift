import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// The fixture bot with some files changed, loaded; and places in the text of those files.
///
/// Tests break a copy of one file at a time and look for the diagnostic at the line of the
/// text they changed, so no line number is written by hand.
enum FixtureEdits {
    /// The fixture's `file` with `old` replaced by `new`; the test stops when `old` is missing.
    static func edit(
        _ file: String, _ old: String, _ new: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> String {
        let text = try #require(
            FixtureBot.files[file], "no fixture file \(file)", sourceLocation: sourceLocation)
        try #require(
            text.contains(old), "\(file) has no \"\(old)\"", sourceLocation: sourceLocation)
        return text.replacing(old, with: new)
    }

    /// Writes the fixture bot with `changes` to a fresh folder and loads it.
    ///
    /// - Returns: the loader's result and the bot's folder (already removed).
    static func load(
        _ changes: [String: String?]
    ) throws -> (result: Result<DefinitionLoader.Loaded, DefinitionLoadError>, folder: String) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = try FixtureBot.write(into: directory, changes: changes)
        do {
            return (.success(try DefinitionLoader().load(from: folder)), folder)
        } catch {
            return (.failure(error), folder)
        }
    }

    /// The diagnostics of a load that must fail, and the bot's folder.
    static func failure(
        _ changes: [String: String?], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (diagnostics: [Diagnostic], folder: String) {
        let (result, folder) = try Self.load(changes)
        switch result {
        case .success(let loaded):
            Issue.record(
                "the bot loaded, with warnings \(loaded.diagnostics)",
                sourceLocation: sourceLocation)
            return ([], folder)
        case .failure(let error):
            #expect(error.directory == folder, sourceLocation: sourceLocation)
            return (error.diagnostics, folder)
        }
    }

    /// The definition of a load that must succeed.
    static func loaded(
        _ changes: [String: String?] = [:],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> DefinitionLoader.Loaded {
        let (result, _) = try Self.load(changes)
        switch result {
        case .success(let loaded):
            return loaded
        case .failure(let error):
            Issue.record(
                "the bot did not load: \(error.diagnostics)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The 1-based number of the one line of `text` that contains `needle`.
    static func line(
        of needle: String, in text: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let hits = lines.indices.filter { lines[$0].contains(needle) }
        try #require(
            hits.count == 1, "\"\(needle)\" is on \(hits.count) lines",
            sourceLocation: sourceLocation)
        return hits[0] + 1
    }

    /// The 1-based column, in Unicode scalars, where `needle` starts on its line of `text`.
    static func column(
        of needle: String, in text: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Int {
        let number = try Self.line(of: needle, in: text, sourceLocation: sourceLocation)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[number - 1]
        let range = try #require(line.firstRange(of: needle), sourceLocation: sourceLocation)
        return line[..<range.lowerBound].unicodeScalars.count + 1
    }

    /// The error with `code` at the JSON `path`; expects it in `file` (a path inside the bot
    /// folder), on the line of `text` that holds `needle`, with `suggestion`.
    @discardableResult
    static func expectError(
        _ diagnostics: [Diagnostic], _ code: String, path: String, file: String, text: String,
        line needle: String, suggestion: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Diagnostic {
        let diagnostic = try #require(
            diagnostics.first { $0.code == code && $0.origin?.path == path },
            "no \(code) at \(path) in \(diagnostics)", sourceLocation: sourceLocation)
        let origin = try #require(diagnostic.origin, sourceLocation: sourceLocation)
        let line = try Self.line(of: needle, in: text, sourceLocation: sourceLocation)
        #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
        #expect(origin.file.hasSuffix("/bot/" + file), sourceLocation: sourceLocation)
        #expect(origin.location.line == line, sourceLocation: sourceLocation)
        #expect(diagnostic.suggestion == suggestion, sourceLocation: sourceLocation)
        return diagnostic
    }
}
