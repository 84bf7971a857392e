extension SearchIndex {
    /// The ranking model of the first stage: BM25 (the default, its fields combined as
    /// ``FieldScoring`` says) or TF-IDF cosine.
    ///
    /// Both are worked out when the index is built, into one impact per term and document, so
    /// the choice costs a query nothing; re-ranking by headings follows either.
    ///
    /// ```swift
    /// var options = SearchIndex.Options()
    /// options.scoring = .cosine
    /// var builder = SearchIndex.Builder(options: options)
    /// ```
    public enum Scoring: String, Sendable, Hashable, CaseIterable {
        /// BM25 (Okapi), with ``Options/k1`` and ``Options/b``.
        case bm25
        /// TF-IDF cosine similarity, as scikit-learn's `TfidfVectorizer` with sublinear term
        /// frequency: a document is the vector of `(1 + ln tf̃) · idf(t)` over its terms, with
        /// `tf̃` the fields' weighted term frequency (title and questions weighing
        /// ``Options/titleWeight`` and ``Options/questionWeight`` times a body occurrence) and
        /// `idf(t) = ln((1 + n) / (1 + df)) + 1`, divided by its length; a query's terms weigh
        /// their IDF. The score is the cosine times the query vector's length, which is the same
        /// for every document, so the order is the cosine's. `k1`, `b` and ``FieldScoring`` do
        /// not apply.
        case cosine
    }
}
