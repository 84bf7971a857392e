import SwitchboardCore

/// One shared copy of strings that many sessions hold: flow, state and intent ids, slot
/// names, and the bot's own lines in conversation histories (the greeting, prompts).
///
/// Sessions store a small integer instead of the text; a ``TermDictionary`` finds the id of a
/// string by a fast hash of its bytes. The pool never forgets a string (ids must stay valid),
/// so it is bounded: once it holds ``maximumCount`` strings or ``maximumBytes`` bytes,
/// further strings are not interned and sessions keep them inline. Lines that differ per
/// conversation (a prompt with an order number in it) may take pool room early; the bound
/// keeps that cost fixed.
struct StringPool {
    /// The most strings the pool holds.
    let maximumCount: Int
    /// The most bytes of text the pool holds.
    let maximumBytes: Int
    /// Longer strings are never interned.
    let maximumLength: Int
    private var dictionary = TermDictionary(minimumCapacity: 4096)
    private var strings: [String] = []
    private var bytes = 0

    /// Creates an empty pool.
    init(maximumCount: Int = 65_536, maximumBytes: Int = 8 << 20, maximumLength: Int = 2048) {
        self.maximumCount = maximumCount
        self.maximumBytes = maximumBytes
        self.maximumLength = maximumLength
    }

    /// How many strings the pool holds.
    var count: Int { self.strings.count }

    /// The string's id, interning it when there is room; `nil` when it is not in the pool
    /// and cannot be added.
    mutating func id(for string: String) -> Int32? {
        var text = string
        return text.withUTF8 { bytes -> Int32? in
            if let id = self.dictionary.id(of: bytes) { return Int32(id) }
            guard bytes.count <= self.maximumLength, self.strings.count < self.maximumCount,
                self.bytes + bytes.count <= self.maximumBytes
            else { return nil }
            let id = self.dictionary.intern(bytes)
            self.strings.append(string)
            self.bytes += bytes.count
            return Int32(id)
        }
    }

    /// The string with an id, or `nil` for an id the pool never gave.
    func string(_ id: Int) -> String? {
        id >= 0 && id < self.strings.count ? self.strings[id] : nil
    }
}
