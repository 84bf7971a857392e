/// Reads what a ``CompactStateWriter`` wrote; every read returns `nil` past the end or on a
/// malformed value, never traps.
struct CompactStateReader {
    private let bytes: [UInt8]
    private let pool: StringPool
    private var offset = 0

    init(_ bytes: [UInt8], pool: StringPool) {
        self.bytes = bytes
        self.pool = pool
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { self.offset == self.bytes.count }

    mutating func varint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while self.offset < self.bytes.count, shift < 64 {
            let byte = self.bytes[self.offset]
            self.offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func int64() -> Int64? {
        guard let raw = self.varint() else { return nil }
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    mutating func int() -> Int? {
        self.int64().map { Int($0) }
    }

    /// A count: a non-negative integer no larger than the bytes left could describe.
    mutating func count() -> Int? {
        guard let value = self.int(), value >= 0, value <= self.bytes.count - self.offset else {
            return nil
        }
        return value
    }

    mutating func bool() -> Bool? {
        guard self.offset < self.bytes.count, self.bytes[self.offset] <= 1 else { return nil }
        defer { self.offset += 1 }
        return self.bytes[self.offset] == 1
    }

    mutating func double() -> Double? {
        self.varint().map(Double.init(bitPattern:))
    }

    /// A string written out or as a pool id.
    mutating func string() -> String? {
        guard let header = self.varint() else { return nil }
        if header & 1 == 1 {
            return self.pool.string(Int(header >> 1))
        }
        let length = Int(header >> 1)
        guard length <= self.bytes.count - self.offset else { return nil }
        defer { self.offset += length }
        return String(decoding: self.bytes[self.offset..<(self.offset + length)], as: UTF8.self)
    }

    /// An optional string: `.some(nil)` when absent, `nil` when malformed.
    mutating func optionalString() -> String?? {
        guard let present = self.bool() else { return nil }
        guard present else { return .some(nil) }
        guard let string = self.string() else { return nil }
        return .some(string)
    }
}
