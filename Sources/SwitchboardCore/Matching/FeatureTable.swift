/// Finds feature ids by a 64-bit hash of the feature's bytes, so that looking up a message's
/// features needs no byte copies or comparisons.
///
/// Hashes are FNV-1a over the tagged bytes (the same bytes ``TermDictionary`` holds), computed
/// incrementally while scanning a message. Two features with the same 64-bit hash would share
/// an id; among a few hundred thousand features the chance is below one in 10^8.
///
/// A slot keeps the hash, the id and a weight of the feature (its signed IDF, for the intent
/// features) side by side in 16 bytes, so a lookup reads one cache line and nothing else.
struct FeatureTable: Sendable {
    /// One slot: a feature's hash, id and weight, or an id below 0 when empty.
    private struct Slot {
        var key: UInt64 = 0
        var id: Int32 = -1
        var weight: Float = 0
    }

    private var slots: [Slot]
    private let mask: Int

    /// FNV-1a's offset basis.
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One FNV-1a step.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The hash of a whole byte string.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = Self.basis
        for byte in bytes { hash = Self.step(hash, byte) }
        return hash
    }

    /// A table of every term of a dictionary, by the hash of its bytes, each with a weight
    /// (`weight(id)`).
    init(_ dictionary: TermDictionary, weight: (Int) -> Float) {
        var size = 16
        while size < 2 * max(1, dictionary.count) { size *= 2 }
        self.mask = size - 1
        self.slots = [Slot](repeating: Slot(), count: size)
        for id in 0..<dictionary.count {
            let hash = dictionary.withTermBytes(id) { Self.hash($0) }
            var slot = Self.slot(hash, self.mask)
            while self.slots[slot].id >= 0, self.slots[slot].key != hash {
                slot = (slot + 1) & self.mask
            }
            if self.slots[slot].id < 0 {
                self.slots[slot] = Slot(key: hash, id: Int32(id), weight: weight(id))
            }
        }
    }

    /// The id and weight of the feature with this hash, if there is one.
    @inline(__always)
    func entry(_ hash: UInt64) -> (id: Int32, weight: Float)? {
        self.slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(hash, self.mask)
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return nil }
                if entry.key == hash { return (entry.id, entry.weight) }
                slot = (slot + 1) & self.mask
            }
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        // Fold the high bits in: FNV's low bits alone are weak for short keys.
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9 >> 32) & mask
    }
}
