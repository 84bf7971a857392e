/// The words one typing slip away from a word: one letter left out, added, changed, or two
/// neighbouring letters swapped ("pasword", "refnd", "adress", "recieve").
///
/// The knowledge base uses it for query words it has never seen. Rather than keeping a
/// neighbourhood index of every word (memory that grows with the catalogue), it works out the
/// hash of each variant of the unknown word from the word's own prefix and suffix hashes, in
/// constant time, tests it against a ``WordFilter`` of the known words, and spells out only
/// the few variants the filter lets through.
struct SpellingNeighbours {
    /// Shorter words are left alone: one slip away from a four-letter word is too many other
    /// words ("xbox" and "box").
    static let minimumLength = 5
    /// Longer words are left alone: they are rarely typos and would cost many lookups.
    static let maximumLength = 24

    private var buffer: [UInt8] = []
    /// `base^k` for `k` in `0...maximumLength + 1`.
    private static let powers: [UInt64] = {
        var powers: [UInt64] = [1]
        for _ in 0...Self.maximumLength {
            powers.append(powers[powers.count - 1] &* WordFilter.base)
        }
        return powers
    }()

    /// Calls `body` with each variant of `word` one slip away that `filter` may hold, in a
    /// fixed order.
    ///
    /// The search stops when `body` returns `false`. Only words of ASCII lowercase letters
    /// between ``minimumLength`` and ``maximumLength`` bytes have variants; letters are added
    /// and changed within `a`–`z`. With a `nil` filter every variant is given.
    mutating func forEach(
        of word: UnsafeBufferPointer<UInt8>, in filter: WordFilter?,
        _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) {
        guard (Self.minimumLength...Self.maximumLength).contains(word.count),
            word.allSatisfy({ (0x61...0x7A).contains($0) })
        else { return }
        let count = word.count
        let power = Self.powers
        // prefix[i]: the hash of the first i letters; suffix[i]: the last count - i letters'
        // share of the whole word's hash.
        var prefix = [UInt64](repeating: 0, count: count + 1)
        var suffix = [UInt64](repeating: 0, count: count + 1)
        for index in 0..<count {
            prefix[index + 1] = prefix[index] &* WordFilter.base &+ UInt64(word[index])
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            suffix[index] = UInt64(word[index]) &* power[count - 1 - index] &+ suffix[index + 1]
        }
        let whole = prefix[count]
        let letters = UInt8(0x61)...UInt8(0x7A)
        // Gives the variant to `body` when the filter may hold its hash; `false` to stop.
        func offer(_ hash: UInt64, _ spell: (inout [UInt8]) -> Void) -> Bool {
            if let filter, !filter.mayContain(hash: hash) { return true }
            self.buffer.removeAll(keepingCapacity: true)
            spell(&self.buffer)
            return self.buffer.withUnsafeBufferPointer { body($0) }
        }
        // Left out.
        for skipped in 0..<count {
            let hash = prefix[skipped] &* power[count - 1 - skipped] &+ suffix[skipped + 1]
            let going = offer(hash) { buffer in
                buffer.append(contentsOf: word[0..<skipped])
                buffer.append(contentsOf: word[(skipped + 1)..<count])
            }
            if !going { return }
        }
        // Swapped with the next.
        for index in 0..<(count - 1) where word[index] != word[index + 1] {
            let (a, b) = (UInt64(word[index]), UInt64(word[index + 1]))
            let hash =
                whole &+ (b &- a) &* power[count - 1 - index] &+ (a &- b)
                &* power[count - 2 - index]
            let going = offer(hash) { buffer in
                buffer.append(contentsOf: word)
                buffer.swapAt(index, index + 1)
            }
            if !going { return }
        }
        // Changed.
        for index in 0..<count {
            for letter in letters where letter != word[index] {
                let hash =
                    whole &+ (UInt64(letter) &- UInt64(word[index])) &* power[count - 1 - index]
                let going = offer(hash) { buffer in
                    buffer.append(contentsOf: word)
                    buffer[index] = letter
                }
                if !going { return }
            }
        }
        // Added.
        for index in 0...count {
            for letter in letters {
                let hash =
                    prefix[index] &* power[count + 1 - index] &+ UInt64(letter)
                    &* power[count - index]
                    &+ suffix[index]
                let going = offer(hash) { buffer in
                    buffer.append(contentsOf: word[0..<index])
                    buffer.append(letter)
                    buffer.append(contentsOf: word[index..<count])
                }
                if !going { return }
            }
        }
    }
}
