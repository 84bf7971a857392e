/// Measures knowledge-base retrieval: builds a ``SearchIndex`` from articles and scores queries
/// whose right article is known, with recall at 1, 5 and 10, MRR at 10, and timings.
public struct KBEvaluation: Sendable {
    /// The figures, with the JSON keys of `switchboard eval kb --json`.
    public struct Report: Sendable, Equatable {
        /// Queries scored.
        public var queries: Int
        /// The share of queries whose right article is ranked first.
        public var recallAt1: Double
        /// The share of queries whose right article is within the first 5.
        public var recallAt5: Double
        /// The share of queries whose right article is within the first 10.
        public var recallAt10: Double
        /// Mean reciprocal rank of the right article, counting only the first 10.
        public var mrrAt10: Double
        /// Seconds to build the index from the parsed articles.
        public var buildSeconds: Double
        /// The median query time, in milliseconds (analysis, scoring and top-10 selection).
        public var queryP50Ms: Double
        /// The 99th-percentile query time, in milliseconds.
        public var queryP99Ms: Double
        /// Queries answered per second, one at a time.
        public var queriesPerSecond: Double
        /// The process's peak resident memory, in bytes.
        public var peakRSSBytes: Int
        /// The index's own size, in bytes (postings, IDF, vocabulary).
        public var indexBytes: Int
    }

    /// A query with the id of its right article.
    public struct Query: Sendable, Equatable {
        /// The query text.
        public var text: String
        /// The right article's id.
        public var relevant: String
        /// The file the query was read from, for errors (empty when it was not read).
        public var path: String = ""
        /// The query's line in that file, from 1 (0 when it was not read from a file).
        public var line: Int = 0
    }

    /// Reads `{"id","title","body","questions"?}` articles from JSON Lines (any non-empty id).
    public static func articles(_ path: String) throws(CSVError) -> [KBArticle] {
        var articles: [KBArticle] = []
        try Self.forEachArticle(in: path) { article, _ in articles.append(article) }
        return articles
    }

    /// Calls `handle` with each article of a JSON Lines file (its source set to `path:line`)
    /// and its line.
    static func forEachArticle(
        in path: String, _ handle: (KBArticle, Int) throws(CSVError) -> Void
    ) throws(CSVError) {
        try Self.forEachObject(in: path) { object, line throws(CSVError) in
            let id = try Self.string(object, "id", path: path, line: line)
            guard !id.isEmpty else {
                throw CSVError(path: path, line: line, message: "\"id\" is empty")
            }
            let title = try Self.string(object, "title", path: path, line: line)
            let body = try Self.string(object, "body", path: path, line: line)
            let questions = try Self.strings(object, "questions", path: path, line: line)
            try handle(
                KBArticle(
                    id: id, title: title, body: body, questions: questions,
                    source: "\(path):\(line)"), line)
        }
    }

    /// The string `object[key]`, or an error naming the line and the field.
    static func string(
        _ object: JSONObject, _ key: String, path: String, line: Int
    ) throws(CSVError) -> String {
        guard let node = object[key] else {
            throw CSVError(path: path, line: line, message: "missing \"\(key)\"")
        }
        guard let text = node.value.stringValue else {
            throw CSVError(
                path: path, line: line,
                message: "\"\(key)\" must be a string, found \(node.value.typeName)")
        }
        return text
    }

    /// The optional list of strings `object[key]` (none when it is absent), or an error naming
    /// the line and the field.
    static func strings(
        _ object: JSONObject, _ key: String, path: String, line: Int
    ) throws(CSVError) -> [String] {
        guard let node = object[key] else { return [] }
        guard let items = node.value.arrayValue else {
            throw CSVError(
                path: path, line: line,
                message: "\"\(key)\" must be a list of strings, found \(node.value.typeName)")
        }
        var texts: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.value.stringValue else {
                throw CSVError(
                    path: path, line: line,
                    message: "\"\(key)\"[\(index)] must be a string, found \(item.value.typeName)")
            }
            texts.append(text)
        }
        return texts
    }

    /// Calls `body` with each JSON object of a JSON Lines file and its line number, reading the
    /// file a piece at a time.
    static func forEachObject(
        in path: String, _ body: (JSONObject, Int) throws(CSVError) -> Void
    ) throws(CSVError) {
        let parser = JSONParser(maxDepth: 8)
        do {
            try FileSystem.forEachLine(in: path) {
                (slice: UnsafeBufferPointer<UInt8>, line: Int) throws(CSVError) in
                if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
                let node: JSONNode
                do throws(JSONParseError) {
                    node = try parser.parse(slice)
                } catch {
                    // Article lines run to kilobytes: the column finds the spot.
                    throw CSVError(
                        path: path, line: line,
                        message: "\(error.message) (column \(error.location.column))")
                }
                guard case .object(let object) = node.value else {
                    throw CSVError(path: path, line: line, message: "expected a JSON object")
                }
                try body(object, line)
            }
        } catch {
            switch error {
            case .file(let failure):
                throw CSVError(path: path, unreadable: failure)
            case .body(let failure):
                throw failure
            }
        }
    }

    /// Streams articles from a JSON Lines file into an index (holding only their ids) and scores
    /// the queries; `buildSeconds` counts indexing, not reading and parsing the file.
    public static func run(
        articlesAt path: String, queries: [Query],
        options: SearchIndex.Options = SearchIndex.Options()
    ) throws(CSVError) -> Report {
        let clock = ContinuousClock()
        var building = Duration.zero
        var builder = SearchIndex.Builder(options: options)
        var ids: [String] = []
        var lines: [Int32] = []
        try Self.forEachArticle(in: path) { article, line throws(CSVError) in
            let start = clock.now
            builder.add(title: article.title, questions: article.questions, body: article.body)
            building += start.duration(to: clock.now)
            ids.append(article.id)
            lines.append(Int32(clamping: line))
        }
        guard !ids.isEmpty else {
            throw CSVError(
                path: path, line: 1,
                message: "no articles; expected JSON lines of {\"id\",\"title\",\"body\"}")
        }
        let start = clock.now
        let index = builder.build()
        building += start.duration(to: clock.now)
        builder = SearchIndex.Builder(options: options)  // release the counts
        // Checked once the build's counts are gone, so the check adds nothing to peak memory.
        var position: [String: Int] = [:]
        position.reserveCapacity(ids.count)
        for (offset, id) in ids.enumerated() {
            if let first = position.updateValue(offset, forKey: id) {
                // Which of the two a query means cannot be told: the figures would be wrong.
                throw CSVError(
                    path: path, line: Int(lines[offset]),
                    message:
                        "\"id\" \"\(id)\" is also the id of line \(lines[first]); ids must be unique"
                )
            }
        }
        if let stray = queries.first(where: { position[$0.relevant] == nil }) {
            // A query whose article is missing would count as a miss: the files do not match.
            throw CSVError(
                path: stray.path, line: stray.line,
                message: "\"relevant\" is \"\(stray.relevant)\", the id of no article in \(path)")
        }
        return Self.score(
            index: index, position: position, queries: queries,
            buildSeconds: IntentEvaluation.seconds(building))
    }

    /// Reads `{"query","relevant"}` queries from JSON Lines.
    public static func queries(_ path: String) throws(CSVError) -> [Query] {
        var queries: [Query] = []
        try Self.forEachObject(in: path) { object, line throws(CSVError) in
            let text = try Self.string(object, "query", path: path, line: line)
            let relevant = try Self.string(object, "relevant", path: path, line: line)
            queries.append(Query(text: text, relevant: relevant, path: path, line: line))
        }
        guard !queries.isEmpty else {
            throw CSVError(
                path: path, line: 1,
                message: "no queries; expected JSON lines of {\"query\",\"relevant\"}")
        }
        return queries
    }

    /// Builds the index from articles in memory and scores the queries.
    public static func run(
        articles: [KBArticle], queries: [Query],
        options: SearchIndex.Options = SearchIndex.Options()
    )
        -> Report
    {
        let clock = ContinuousClock()
        let start = clock.now
        var builder = SearchIndex.Builder(options: options)
        for article in articles {
            builder.add(title: article.title, questions: article.questions, body: article.body)
        }
        let index = builder.build()
        let buildSeconds = IntentEvaluation.seconds(start.duration(to: clock.now))
        var position: [String: Int] = [:]
        for (offset, article) in articles.enumerated() where position[article.id] == nil {
            position[article.id] = offset
        }
        return Self.score(
            index: index, position: position, queries: queries, buildSeconds: buildSeconds)
    }

    /// Scores queries against a built index, whose document for each article id is
    /// `position[id]`.
    static func score(
        index: SearchIndex, position: [String: Int], queries: [Query], buildSeconds: Double
    ) -> Report {
        let clock = ContinuousClock()
        var ranks: [Int?] = []
        var times: [Double] = []
        var scratch = SearchIndex.Scratch()
        let runStart = clock.now
        for query in queries {
            let queryStart = clock.now
            let hits = index.search(query.text, limit: 10, scratch: &scratch)
            times.append(IntentEvaluation.seconds(queryStart.duration(to: clock.now)) * 1000)
            let target = position[query.relevant]
            ranks.append(hits.firstIndex { $0.document == target }.map { $0 + 1 })
        }
        let total = IntentEvaluation.seconds(runStart.duration(to: clock.now))
        let count = Double(max(1, queries.count))
        func recall(_ k: Int) -> Double {
            Double(ranks.filter { ($0 ?? Int.max) <= k }.count) / count
        }
        let sorted = times.sorted()
        func percentile(_ p: Double) -> Double {
            sorted.isEmpty
                ? 0
                : sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
        }
        return Report(
            queries: queries.count, recallAt1: recall(1), recallAt5: recall(5),
            recallAt10: recall(10),
            mrrAt10: ranks.reduce(0) { $0 + ($1.map { 1 / Double($0) } ?? 0) } / count,
            buildSeconds: buildSeconds,
            queryP50Ms: percentile(0.5), queryP99Ms: percentile(0.99),
            queriesPerSecond: total > 0 ? Double(queries.count) / total : 0,
            peakRSSBytes: ProcessMetrics.peakResidentBytes, indexBytes: index.memoryBytes)
    }
}
