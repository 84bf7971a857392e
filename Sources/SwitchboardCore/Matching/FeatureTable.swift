/// Finds feature ids by a 64-bit hash of the feature's bytes, so that looking up a message's
/// features needs no byte copies or comparisons.
///
/// Hashes are FNV-1a over the tagged bytes (the same bytes ``TermDictionary`` holds), computed
/// incrementally while scanning a message. Two features with the same 64-bit hash would share
/// an id; among a few hundred thousand features the chance is below one in 10^8.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var ids: [Int32]
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

    /// A table of every term of a dictionary, by the hash of its bytes.
    init(_ dictionary: TermDictionary) {
        var size = 16
        while size < 2 * max(1, dictionary.count) { size *= 2 }
        self.mask = size - 1
        self.keys = [UInt64](repeating: 0, count: size)
        self.ids = [Int32](repeating: -1, count: size)
        for id in 0..<dictionary.count {
            let hash = dictionary.withTermBytes(id) { Self.hash($0) }
            var slot = Self.slot(hash, self.mask)
            while self.ids[slot] >= 0, self.keys[slot] != hash { slot = (slot + 1) & self.mask }
            if self.ids[slot] < 0 {
                self.keys[slot] = hash
                self.ids[slot] = Int32(id)
            }
        }
    }

    /// The id of the feature with this hash, if there is one.
    @inline(__always)
    func id(_ hash: UInt64) -> Int32? {
        var slot = Self.slot(hash, self.mask)
        while true {
            let id = self.ids[slot]
            if id < 0 { return nil }
            if self.keys[slot] == hash { return id }
            slot = (slot + 1) & self.mask
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        // Fold the high bits in: FNV's low bits alone are weak for short keys.
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9 >> 32) & mask
    }
}
