extension SearchIndex {
    /// How much of a query a document speaks to: the share of the query's informative words
    /// that occur in the document (in any field), each word weighted by its IDF, 0 to 1.
    ///
    /// Informative words are those that are not stop words and hold a letter ("refund",
    /// "pasword" read as "password"; not "my", "the" or "2026"). A word no document has
    /// weighs the most a word can (the IDF of a document frequency of 0): the index knows
    /// nothing about it, so a document that shares only the query's other words answers part
    /// of the question at best. So "pizza account" is covered to a small share by an article
    /// about locked accounts (less, the more articles say "account"), however well "account"
    /// alone scores, while "how do I reset my password" is covered fully by the password
    /// article.
    ///
    /// The score (``Hit/relativeScore``) says how well a document matches the words it shares
    /// with the query; coverage says how much of the query those words are. A query without
    /// informative words is covered fully.
    public func coverage(of query: String, by document: Int) -> Float {
        let words = self.terms.informativeWords(query) {
            Int(self.postingStart[Int($0) + 1] - self.postingStart[Int($0)])
        }
        var total: Float = 0
        var covered: Float = 0
        for word in words {
            guard let term = word else {
                total += self.inverseDocumentFrequency(documentFrequency: 0)
                continue
            }
            let start = Int(self.postingStart[Int(term)])
            let end = Int(self.postingStart[Int(term) + 1])
            let weight = self.inverseDocumentFrequency(documentFrequency: end - start)
            total += weight
            if self.posting(start..<end, of: document) != nil { covered += weight }
        }
        return total > 0 ? covered / total : 1
    }

    /// BM25's IDF for a term in `documentFrequency` documents.
    func inverseDocumentFrequency(documentFrequency: Int) -> Float {
        let n = Float(self.documentCount)
        let df = Float(documentFrequency)
        return logarithm(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Where a document is among a term's postings (a range of positions, sorted by
    /// document), found by binary search; `nil` when the term is not in the document.
    func posting(_ positions: Range<Int>, of document: Int) -> Int? {
        var low = positions.lowerBound
        var high = positions.upperBound
        while low < high {
            let middle = (low + high) / 2
            if Int(self.postingDocuments[middle]) < document {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < positions.upperBound && Int(self.postingDocuments[low]) == document
            ? low : nil
    }
}
