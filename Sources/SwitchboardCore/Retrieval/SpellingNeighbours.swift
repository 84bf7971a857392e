/// The words one typing slip away from a word: one letter left out, added, changed, or two
/// neighbouring letters swapped ("pasword", "refnd", "adress", "recieve").
///
/// The knowledge base uses it for query words it has never seen: rather than keeping a
/// neighbourhood index of every word (memory that grows with the catalogue), it tries each
/// variant of the unknown word against the words it knows, a few hundred hash lookups, and
/// only for words that are not found as written.
struct SpellingNeighbours {
    /// Shorter words are left alone: one slip away from a four-letter word is too many other
    /// words ("xbox" and "box").
    static let minimumLength = 5
    /// Longer words are left alone: they are rarely typos and would cost many lookups.
    static let maximumLength = 24

    private var buffer: [UInt8] = []

    /// Calls `body` with each variant of `word` one slip away, in a fixed order.
    ///
    /// The search stops when `body` returns `false`. Only words of ASCII lowercase letters
    /// between ``minimumLength`` and ``maximumLength`` bytes have variants; letters are added
    /// and changed within `a`–`z`.
    mutating func forEach(
        of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) {
        guard (Self.minimumLength...Self.maximumLength).contains(word.count),
            word.allSatisfy({ (0x61...0x7A).contains($0) })
        else { return }
        let count = word.count
        let letters = UInt8(0x61)...UInt8(0x7A)
        // Left out.
        for skipped in 0..<count {
            self.buffer.removeAll(keepingCapacity: true)
            for index in 0..<count where index != skipped { self.buffer.append(word[index]) }
            if !self.visit(body) { return }
        }
        // Swapped with the next.
        for index in 0..<(count - 1) where word[index] != word[index + 1] {
            self.buffer.removeAll(keepingCapacity: true)
            self.buffer.append(contentsOf: word)
            self.buffer.swapAt(index, index + 1)
            if !self.visit(body) { return }
        }
        // Changed.
        for index in 0..<count {
            self.buffer.removeAll(keepingCapacity: true)
            self.buffer.append(contentsOf: word)
            for letter in letters where letter != word[index] {
                self.buffer[index] = letter
                if !self.visit(body) { return }
            }
        }
        // Added.
        for index in 0...count {
            self.buffer.removeAll(keepingCapacity: true)
            self.buffer.append(contentsOf: word[0..<index])
            self.buffer.append(0x61)
            self.buffer.append(contentsOf: word[index..<count])
            for letter in letters {
                self.buffer[index] = letter
                if !self.visit(body) { return }
            }
        }
    }

    private func visit(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        self.buffer.withUnsafeBufferPointer { body($0) }
    }
}
