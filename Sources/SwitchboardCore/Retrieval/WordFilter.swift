/// A Bloom filter of the words an index knows, keyed by a hash that can be worked out for a
/// word one typing slip away from another in constant time.
///
/// The hash is the polynomial `Σ byte · base^position` (wrapping), so changing, adding, leaving
/// out or swapping a letter changes it by a few multiplications (see ``SpellingNeighbours``):
/// the few hundred variants of an unknown query word are tested here, a bit or two each, and
/// only the rare ones the filter lets through are looked up in the word table. With 16 bits
/// per word and two probes, about 1.4% of unknown variants get through.
struct WordFilter: Sendable {
    /// The hash's multiplier (odd, so no byte's contribution vanishes).
    static let base: UInt64 = 0x0000_0100_0000_01B3

    private var bits: [UInt64]
    private let mask: UInt64

    /// An empty filter sized for `count` words.
    init(capacity count: Int) {
        var bitCount = 64
        while bitCount < count * 16 { bitCount <<= 1 }
        self.bits = [UInt64](repeating: 0, count: bitCount / 64)
        self.mask = UInt64(bitCount - 1)
    }

    /// Memory, in bytes.
    var memoryBytes: Int { self.bits.count * 8 }

    /// The polynomial hash of a word.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0
        for byte in bytes { hash = hash &* Self.base &+ UInt64(byte) }
        return hash
    }

    /// Adds a word by its hash.
    mutating func insert(hash: UInt64) {
        let (first, second) = self.positions(hash)
        self.bits[Int(first >> 6)] |= 1 << (first & 63)
        self.bits[Int(second >> 6)] |= 1 << (second & 63)
    }

    /// Whether a word with this hash may be in the filter: `false` means it certainly is not.
    func mayContain(hash: UInt64) -> Bool {
        let (first, second) = self.positions(hash)
        return self.bits[Int(first >> 6)] & (1 << (first & 63)) != 0
            && self.bits[Int(second >> 6)] & (1 << (second & 63)) != 0
    }

    /// Two bit positions from a hash, after mixing its bits (MurmurHash3's finaliser): the
    /// polynomial alone leaves low bits that depend on few letters.
    private func positions(_ hash: UInt64) -> (UInt64, UInt64) {
        var mixed = hash
        mixed ^= mixed >> 33
        mixed = mixed &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed = mixed &* 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return (mixed & self.mask, (mixed >> 32 | mixed << 32) & self.mask)
    }
}
