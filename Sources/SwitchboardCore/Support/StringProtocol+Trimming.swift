extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, newlines).
    func trimmingCharacters() -> SubSequence {
        var start = self.startIndex
        var end = self.endIndex
        while start < end, self[start].isWhitespace { start = self.index(after: start) }
        while end > start, self[self.index(before: end)].isWhitespace {
            end = self.index(before: end)
        }
        return self[start..<end]
    }
}
