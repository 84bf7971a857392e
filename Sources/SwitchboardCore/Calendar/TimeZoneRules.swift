/// A time zone's offsets from UTC over time, read from the IANA time zone database as the
/// system compiles it (TZif files, RFC 8536, under `/usr/share/zoneinfo` or `$TZDIR`).
///
/// The file's transitions give the offset up to its last one; after that, the rule in the
/// file's footer (`CET-1CEST,M3.5.0,M10.5.0/3`) gives it, year by year. Nothing else of the
/// system's time handling is used, so the offsets are those of the database the machine has.
///
/// ```swift
/// let berlin = try TimeZoneRules.named("Europe/Berlin")
/// berlin.offsetSeconds(at: 1_782_900_000)  // 7200 in summer, 3600 in winter
/// ```
public struct TimeZoneRules: Sendable, Hashable {
    /// Why a zone could not be read.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What went wrong.
        public var reason: String
        /// See ``reason``.
        public var description: String { self.reason }
    }

    /// The zone's name, such as `Europe/Berlin`.
    public let identifier: String
    /// Transition instants, seconds since 1970, ascending.
    let transitions: [Int64]
    /// The offset in seconds from each transition on.
    let offsets: [Int32]
    /// The offset before the first transition.
    let initialOffset: Int32
    /// The rule after the last transition, when the file has one.
    let rule: PosixTimeZoneRule?

    /// The offset from UTC, in seconds east, at an instant (seconds since 1970).
    public func offsetSeconds(at seconds: Int64) -> Int {
        if let last = self.transitions.last, seconds >= last, let rule = self.rule {
            return rule.offsetSeconds(at: seconds)
        }
        // The last transition at or before `seconds`.
        var low = 0
        var high = self.transitions.count
        while low < high {
            let middle = (low + high) / 2
            if self.transitions[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        return Int(low == 0 ? self.initialOffset : self.offsets[low - 1])
    }

    /// Whether `identifier` is a zone name that cannot leave the zone folder: `Area/City`
    /// words of letters, digits, `_`, `-` and `+`, no `.` or `..` parts.
    static func isSafeIdentifier(_ identifier: String) -> Bool {
        let parts = identifier.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        for part in parts {
            guard !part.isEmpty, part.utf8.first != UInt8(ascii: "."), part.utf8.count <= 32
            else { return false }
            for byte in part.utf8 {
                let ok =
                    ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                if !ok { return false }
            }
        }
        return true
    }

    /// Reads a zone from the system's database (`$TZDIR`, else `/usr/share/zoneinfo`).
    public static func named(_ identifier: String) throws(Failure) -> TimeZoneRules {
        guard Self.isSafeIdentifier(identifier) else {
            throw Failure(
                reason: "\"\(identifier)\" is not a time zone name such as \"Europe/Berlin\"")
        }
        let directory = FileSystem.environment("TZDIR") ?? "/usr/share/zoneinfo"
        let path = directory + "/" + identifier
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            throw Failure(
                reason: "no time zone \"\(identifier)\" in \(directory) (\(error.reason))")
        }
        guard let rules = TimeZoneRules(tzif: bytes, identifier: identifier) else {
            throw Failure(reason: "\(path) is not a TZif time zone file")
        }
        return rules
    }

    /// Creates rules from explicit transitions (tests and fixed zones).
    init(
        identifier: String, transitions: [Int64], offsets: [Int32], initialOffset: Int32,
        rule: PosixTimeZoneRule?
    ) {
        self.identifier = identifier
        self.transitions = transitions
        self.offsets = offsets
        self.initialOffset = initialOffset
        self.rule = rule
    }

    /// Parses a TZif file (versions 1 to 4); `nil` when it is not one.
    public init?(tzif bytes: [UInt8], identifier: String) {
        var reader = TZifReader(bytes: bytes)
        guard let first = reader.header() else { return nil }
        var header = first
        var timeSize = 4
        if first.version >= 2 {
            // Skip the 32-bit block; the 64-bit one follows with its own header.
            guard reader.skip(first.blockLength(timeSize: 4)), let second = reader.header()
            else { return nil }
            header = second
            timeSize = 8
        }
        var transitions: [Int64] = []
        transitions.reserveCapacity(header.timeCount)
        for _ in 0..<header.timeCount {
            guard let time = reader.signed(timeSize) else { return nil }
            if let last = transitions.last, time < last { return nil }
            transitions.append(time)
        }
        var typeIndices: [Int] = []
        for _ in 0..<header.timeCount {
            guard let index = reader.byte(), Int(index) < header.typeCount else { return nil }
            typeIndices.append(Int(index))
        }
        var typeOffsets: [Int32] = []
        for _ in 0..<header.typeCount {
            guard let offset = reader.signed(4), abs(offset) < 26 * 3600, reader.skip(2)
            else { return nil }
            typeOffsets.append(Int32(offset))
        }
        guard !typeOffsets.isEmpty else { return nil }
        let rest =
            header.characterCount + header.leapCount * (timeSize + 4) + header.standardCount
            + header.utcCount
        guard reader.skip(rest) else { return nil }
        var rule: PosixTimeZoneRule?
        if header.version >= 2, let footer = reader.footer() {
            rule = PosixTimeZoneRule(footer)
        }
        self.init(
            identifier: identifier, transitions: transitions,
            offsets: typeIndices.map { typeOffsets[$0] }, initialOffset: typeOffsets[0],
            rule: rule)
    }
}
