/// Reads a TZif file's big-endian fields (RFC 8536), for ``TimeZoneRules``.
struct TZifReader {
    struct Header {
        var version: Int
        var utcCount: Int
        var standardCount: Int
        var leapCount: Int
        var timeCount: Int
        var typeCount: Int
        var characterCount: Int

        func blockLength(timeSize: Int) -> Int {
            self.timeCount * timeSize + self.timeCount + self.typeCount * 6 + self.characterCount
                + self.leapCount * (timeSize + 4) + self.standardCount + self.utcCount
        }
    }

    let bytes: [UInt8]
    var position = 0

    mutating func skip(_ count: Int) -> Bool {
        guard count >= 0, self.bytes.count - self.position >= count else { return false }
        self.position += count
        return true
    }

    mutating func byte() -> UInt8? {
        guard self.position < self.bytes.count else { return nil }
        defer { self.position += 1 }
        return self.bytes[self.position]
    }

    /// A big-endian two's-complement integer of 4 or 8 bytes.
    mutating func signed(_ size: Int) -> Int64? {
        guard self.bytes.count - self.position >= size else { return nil }
        var value: UInt64 = 0
        for offset in 0..<size { value = value << 8 | UInt64(self.bytes[self.position + offset]) }
        self.position += size
        if size == 4 { return Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: value))) }
        return Int64(bitPattern: value)
    }

    mutating func header() -> Header? {
        guard self.bytes.count - self.position >= 44,
            self.bytes[self.position..<(self.position + 4)].elementsEqual("TZif".utf8)
        else { return nil }
        let versionByte = self.bytes[self.position + 4]
        let version = versionByte == 0 ? 1 : Int(versionByte) - Int(UInt8(ascii: "0"))
        guard (1...9).contains(version) else { return nil }
        self.position += 20
        var counts: [Int] = []
        for _ in 0..<6 {
            guard let count = self.signed(4), (0...1_000_000).contains(count) else { return nil }
            counts.append(Int(count))
        }
        return Header(
            version: version, utcCount: counts[0], standardCount: counts[1],
            leapCount: counts[2], timeCount: counts[3], typeCount: counts[4],
            characterCount: counts[5])
    }

    /// The footer's TZ string, between two newlines.
    mutating func footer() -> String? {
        guard self.byte() == UInt8(ascii: "\n") else { return nil }
        let start = self.position
        while self.position < self.bytes.count, self.bytes[self.position] != UInt8(ascii: "\n") {
            self.position += 1
        }
        guard self.position < self.bytes.count else { return nil }
        return String(decoding: self.bytes[start..<self.position], as: UTF8.self)
    }
}
