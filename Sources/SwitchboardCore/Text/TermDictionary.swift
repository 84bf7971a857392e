/// Interns byte strings (terms) as dense integer ids `0..<count`, for TF-IDF and BM25 indexes.
///
/// Every term's bytes live in one arena, located by 32-bit start offsets; an open-addressing
/// table of 32-bit ids (linear probing, a power-of-two size, at most half full) finds a term by
/// a 64-bit hash of its bytes. Ids are handed out in order of first interning and never change.
///
/// The dictionary is a value: copies share storage until one of them is changed.
///
/// ```swift
/// var terms = TermDictionary()
/// let refund = terms.intern("refund")  // 0
/// terms.intern("order")  // 1
/// terms.intern("refund")  // 0 again
/// terms.id(of: "missing")  // nil
/// terms.term(refund)  // "refund"
/// ```
public struct TermDictionary: Sendable {
    /// All term bytes, back to back.
    private var arena: [UInt8]
    /// `starts[id]` is where term `id` begins in `arena`; the last element is `arena.count`.
    private var starts: [Int32]
    /// Open-addressing table of ids; `Self.empty` marks a free slot.
    private var slots: [Int32]

    /// The marker of a free slot.
    private static let empty: Int32 = -1

    /// Creates an empty dictionary with room for `minimumCapacity` terms before it grows.
    public init(minimumCapacity: Int = 1024) {
        let capacity = max(minimumCapacity, 8)
        var size = 16
        while size < 2 * capacity {
            size *= 2
        }
        arena = []
        arena.reserveCapacity(capacity * 8)
        starts = [0]
        starts.reserveCapacity(capacity + 1)
        slots = [Int32](repeating: Self.empty, count: size)
    }

    /// The number of distinct terms.
    public var count: Int {
        starts.count - 1
    }

    /// Returns the id of the term with these bytes, adding it if it is new.
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        var slot = find(bytes, hash: hash)
        let existing = slots[slot]
        if existing != Self.empty {
            return Int(existing)
        }
        let id = count
        precondition(
            arena.count + bytes.count <= Int(Int32.max) && id < Int(Int32.max),
            "TermDictionary is full")
        if 2 * (id + 1) > slots.count {
            grow()
            slot = find(bytes, hash: hash)
        }
        arena.append(contentsOf: bytes)
        starts.append(Int32(truncatingIfNeeded: arena.count))
        slots[slot] = Int32(truncatingIfNeeded: id)
        return id
    }

    /// Returns the id of the term with these bytes, or `nil` if it was never interned.
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let id = slots[find(bytes, hash: Self.hash(bytes))]
        return id == Self.empty ? nil : Int(id)
    }

    /// Returns the id of `term`'s UTF-8 bytes, adding it if it is new.
    public mutating func intern(_ term: String) -> Int {
        var term = term
        return term.withUTF8 { intern($0) }
    }

    /// Returns the id of `term`'s UTF-8 bytes, or `nil` if it was never interned.
    public func id(of term: String) -> Int? {
        var term = term
        return term.withUTF8 { id(of: $0) }
    }

    /// Returns the term with this id, decoded as UTF-8.
    ///
    /// `id` must be in `0..<count`.
    public func term(_ id: Int) -> String {
        withTermBytes(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the term with this id.
    ///
    /// `id` must be in `0..<count`. The buffer is valid only during the call.
    public func withTermBytes<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        precondition(id >= 0 && id < count, "TermDictionary: term id out of range")
        let start = Int(starts[id])
        let end = Int(starts[id + 1])
        return arena.withUnsafeBufferPointer { arena in
            body(UnsafeBufferPointer(rebasing: arena[start..<end]))
        }
    }

    /// The slot that holds the term with these bytes, or the free slot where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { arena in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let id = slots[slot]
                        if id == Self.empty {
                            return slot
                        }
                        let start = Int(starts[Int(id)])
                        let end = Int(starts[Int(id) + 1])
                        if end - start == bytes.count
                            && Self.equal(arena.baseAddress, start, bytes)
                        {
                            return slot
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Doubles the table and re-inserts every term.
    private mutating func grow() {
        var table = [Int32](repeating: Self.empty, count: slots.count * 2)
        let mask = table.count - 1
        arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                for id in 0..<(starts.count - 1) {
                    let start = Int(starts[id])
                    let length = Int(starts[id + 1]) - start
                    let bytes = UnsafeBufferPointer(
                        start: arena.baseAddress.map { $0 + start }, count: length)
                    var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
                    while table[slot] != Self.empty {
                        slot = (slot + 1) & mask
                    }
                    table[slot] = Int32(truncatingIfNeeded: id)
                }
            }
        }
        slots = table
    }

    /// Whether `arena[start...]` begins with `bytes`, whose length has been checked.
    @inline(__always)
    private static func equal(
        _ arena: UnsafePointer<UInt8>?, _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let arena, let other = bytes.baseAddress else { return true }
        let left = UnsafeRawPointer(arena + start)
        let right = UnsafeRawPointer(other)
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        while index < count {
            if left.load(fromByteOffset: index, as: UInt8.self)
                != right.load(fromByteOffset: index, as: UInt8.self)
            {
                return false
            }
            index += 1
        }
        return true
    }

    /// A fast 64-bit hash of `bytes` in the style of wyhash: 64-bit reads folded by 128-bit
    /// multiplies.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        let seed: UInt64 = 0xA076_1D64_78BD_642F
        let secret: UInt64 = 0xE703_7ED1_A0B4_28DB
        guard let base = bytes.baseAddress, count > 0 else {
            return mix(seed, secret)
        }
        let raw = UnsafeRawPointer(base)
        var state = seed ^ UInt64(truncatingIfNeeded: count) &* secret
        var low: UInt64
        var high: UInt64
        if count <= 16 {
            if count >= 8 {
                low = raw.loadUnaligned(as: UInt64.self)
                high = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                low = UInt64(raw.loadUnaligned(as: UInt32.self))
                high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            } else {
                low =
                    UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8
                    | UInt64(base[count - 1])
                high = 0
            }
        } else {
            var index = 0
            while index + 16 < count {
                let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                state = mix(first ^ secret, second ^ state)
                index += 16
            }
            low = raw.loadUnaligned(fromByteOffset: count - 16, as: UInt64.self)
            high = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        low ^= secret
        high ^= state
        return mix(mix(low, high) ^ secret, UInt64(truncatingIfNeeded: count) ^ seed)
    }

    /// Multiplies to 128 bits and folds the halves together.
    @inline(__always)
    private static func mix(_ left: UInt64, _ right: UInt64) -> UInt64 {
        let product = left.multipliedFullWidth(by: right)
        return product.high ^ product.low
    }
}
