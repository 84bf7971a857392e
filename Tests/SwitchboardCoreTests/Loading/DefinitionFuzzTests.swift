import SwitchboardTesting
import Testing

@testable import SwitchboardCore

/// Seeded mutations of the bundled bot's definition files, one file at a time: whatever the
/// damage, loading returns the bot or diagnostics that name an existing file and a line.
///
/// The mutations are the kinds that found crashes and unclear errors in the fuzz campaign:
/// truncation, byte flips, deleted and duplicated ranges, invalid UTF-8, NUL bytes, byte order
/// marks, CRLF, deep nesting (10,000 `[`), and JSON values swapped for other types, huge
/// numbers, missing names and catastrophic regular expressions.
@Suite struct DefinitionFuzzTests {
    /// How many mutated loads one run makes.
    ///
    /// Each takes about 70 ms in a debug build (the whole bundled bot is loaded every time),
    /// so about 5 s in all. The campaign behind the test ran 56,000.
    static let iterations = 60

    /// Values a JSON string is swapped for.
    static let replacements = [
        "1e400", "-0", "9223372036854775808", "-1", "1.5", "null", "true", "[]", "{}", "\"\"",
        "[1, [2]]", "{\"a\": 1}", "\"(a+)+$\"", "\"zz_missing\"", "\"((((x\"", "\"\\ud800\"",
        "\"" + String(repeating: "(", count: 300) + "x == 1" + String(repeating: ")", count: 300)
            + "\"", String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
    ]

    @Test("Mutated definition files load or fail with diagnostics at an existing file and line")
    func mutatedDefinitionsFailCleanly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.copy(from: ProjectPaths.exampleBot, to: "bot")
        let folder = directory.url("bot")
        let files = try FileSystem.files(under: folder).filter {
            ($0.hasSuffix(".json") && $0 != ActionMocks.fileName)
                || ($0.hasPrefix("kb/") && $0.hasSuffix(".md"))
        }
        try #require(files.count > 20)
        // Each kind of file equally often: kb/ has most of the files but is the least varied.
        let groups = ["bot.json", "entities.json", "slots.json", "flows/", "intents/", "kb/"].map {
            prefix in files.filter { $0.hasPrefix(prefix) }
        }
        _ = try DefinitionLoader().load(from: folder)
        var random = CorpusRandom(seed: 0x5EED_F122)
        var outcomes = (loaded: 0, failed: 0)
        for iteration in 0..<Self.iterations {
            let relative = random.pick(random.pick(groups))
            let path = folder + "/" + relative
            let original = try FileSystem.read(path)
            let (mutated, mutation) = Self.mutate(original, &random)
            try directory.write("bot/" + relative, bytes: mutated)
            defer { try? directory.write("bot/" + relative, bytes: original) }
            let context = "iteration \(iteration): \(relative), \(mutation)"
            do {
                _ = try DefinitionLoader().load(from: folder)
                outcomes.loaded += 1
            } catch {
                outcomes.failed += 1
                let errors = error.diagnostics.filter(\.isError)
                #expect(!errors.isEmpty, "\(context): failed without an error")
                for diagnostic in errors {
                    let origin = try #require(diagnostic.origin, "\(context): \(diagnostic)")
                    #expect(
                        origin.file.hasPrefix(folder + "/") && FileSystem.exists(origin.file),
                        "\(context): \(diagnostic)")
                    #expect(origin.location.line >= 1, "\(context): \(diagnostic)")
                }
            }
        }
        // Both outcomes occur, so the mutations neither all break nor all miss the files.
        #expect(outcomes.loaded > Self.iterations / 10)
        #expect(outcomes.failed > Self.iterations / 3)
        _ = try DefinitionLoader().load(from: folder)
    }

    /// One mutation of `bytes` and its name.
    static func mutate(_ bytes: [UInt8], _ random: inout CorpusRandom) -> ([UInt8], String) {
        var bytes = bytes
        let offset = random.int(0...bytes.count)
        switch random.int(0...9) {
        case 0:
            return (Array(bytes.prefix(offset)), "truncated at \(offset)")
        case 1:
            guard !bytes.isEmpty else { return (bytes, "empty") }
            let at = random.int(0...(bytes.count - 1))
            bytes[at] ^= UInt8(1 << random.int(0...7))
            return (bytes, "bit flipped at \(at)")
        case 2:
            let end = min(bytes.count, offset + random.int(1...200))
            bytes.removeSubrange(offset..<end)
            return (bytes, "deleted \(offset)..<\(end)")
        case 3:
            let end = min(bytes.count, offset + random.int(1...200))
            bytes.insert(contentsOf: bytes[offset..<end], at: random.int(0...bytes.count))
            return (bytes, "duplicated \(offset)..<\(end)")
        case 4:
            let choices: [[UInt8]] = [
                [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0], [0xEF, 0xBB, 0xBF],
            ]
            let inserted = random.pick(choices)
            bytes.insert(contentsOf: inserted, at: offset)
            return (bytes, "inserted \(inserted) at \(offset)")
        case 5:
            bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: 10_000), at: offset)
            return (bytes, "10,000 [ at \(offset)")
        case 6:
            var crlf: [UInt8] = []
            for byte in bytes {
                if byte == 0x0A { crlf.append(0x0D) }
                crlf.append(byte)
            }
            return (crlf, "CRLF")
        default:
            // A string value (or key) swapped for another type or a troublesome value.
            guard let open = bytes[offset...].firstIndex(of: UInt8(ascii: "\"")),
                let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "\""))
            else { return (bytes, "no string after \(offset)") }
            let value = random.pick(Self.replacements)
            bytes.replaceSubrange(open...close, with: Array(value.utf8))
            return (bytes, "string at \(open) replaced with \(value.prefix(20))")
        }
    }
}
