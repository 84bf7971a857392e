/// Paths into the repository, for tests that use the example bot and its transcripts.
public enum ProjectPaths {
    /// The repository's root folder, found from this source file's location.
    public static let root: String = {
        var path = #filePath
        for _ in 0..<3 {
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path
    }()

    /// The example bot's folder.
    public static var exampleBot: String { root + "/intents/tidepool" }

    /// The folder of every bot's transcripts.
    public static var transcripts: String { root + "/transcripts" }
}
