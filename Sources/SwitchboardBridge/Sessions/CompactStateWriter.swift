/// Appends the parts of a ``CompactState`` to a byte array: variable-length integers, and
/// strings either inline or as ``StringPool`` ids.
struct CompactStateWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        self.bytes.reserveCapacity(256)
    }

    /// An unsigned integer in 7-bit groups, least significant first.
    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            self.bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        self.bytes.append(UInt8(value))
    }

    /// A count or small number.
    mutating func int(_ value: Int) {
        self.int64(Int64(value))
    }

    /// A 64-bit signed integer, zigzag-encoded.
    mutating func int64(_ value: Int64) {
        self.varint((UInt64(bitPattern: value) << 1) ^ UInt64(bitPattern: value >> 63))
    }

    /// `0` or `1`.
    mutating func bool(_ value: Bool) {
        self.bytes.append(value ? 1 : 0)
    }

    /// A double's bits.
    mutating func double(_ value: Double) {
        self.varint(value.bitPattern)
    }

    /// A string written out.
    mutating func string(_ value: String) {
        let utf8 = value.utf8
        self.varint(UInt64(utf8.count) << 1)
        self.bytes.append(contentsOf: utf8)
    }

    /// A string as a pool id when the pool has (or takes) it, else written out.
    mutating func pooled(_ value: String, _ pool: inout StringPool) {
        if let id = pool.id(for: value) {
            self.varint(UInt64(id) << 1 | 1)
        } else {
            self.string(value)
        }
    }

    /// An optional string: a presence byte, then the string.
    mutating func optional(_ value: String?, pooled: Bool = false, _ pool: inout StringPool) {
        guard let value else {
            self.bool(false)
            return
        }
        self.bool(true)
        if pooled { self.pooled(value, &pool) } else { self.string(value) }
    }
}
