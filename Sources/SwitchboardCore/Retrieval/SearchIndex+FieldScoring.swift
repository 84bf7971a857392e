extension SearchIndex {
    /// How a term's occurrences in the three fields (title, alternate questions, body) make one
    /// score.
    ///
    /// Both are worked out when the index is built, into one impact per term and document, so
    /// the choice costs a query nothing.
    ///
    /// ```swift
    /// var options = SearchIndex.Options()
    /// options.fieldScoring = .separate
    /// var builder = SearchIndex.Builder(options: options)
    /// ```
    public enum FieldScoring: String, Sendable, Hashable, CaseIterable {
        /// BM25F: one IDF per term over whole documents; the fields' term frequencies are
        /// weighted, length-normalised and summed, then saturated once:
        /// `idf(t) · tf̃ (k1 + 1) / (tf̃ + k1)` with `tf̃ = Σ_f w_f tf_f / norm_f`.
        case combined
        /// BM25 per field, summed with the fields' weights, each field with its own IDF (over
        /// the documents whose field is not empty) and its own average length, as tantivy and
        /// Lucene score a query over several fields:
        /// `Σ_f w_f · idf_f(t) · tf_f (k1 + 1) / (tf_f + k1 norm_f)`. A word rare among titles
        /// then counts for much in a title even when bodies use it often.
        case separate
    }
}
