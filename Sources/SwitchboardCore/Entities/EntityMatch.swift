/// One value an entity extractor found, with where it was found.
public struct EntityMatch: Sendable, Hashable {
    /// The value, in the extractor's canonical form.
    public var value: SlotValue
    /// The UTF-8 byte offsets of the match in the input text.
    public var range: Range<Int>
    /// The matched text exactly as the user wrote it.
    public var text: String

    /// Creates a match.
    public init(value: SlotValue, range: Range<Int>, text: String) {
        self.value = value
        self.range = range
        self.text = text
    }

    /// Creates a match over `range` of `bytes`, copying the matched text.
    init(value: SlotValue, range: Range<Int>, in bytes: [UInt8]) {
        self.value = value
        self.range = range
        self.text = String(decoding: bytes[range], as: UTF8.self)
    }

    /// Keeps the earliest of overlapping candidates (the longest among those that
    /// start together) and returns the survivors in order of appearance.
    static func nonOverlapping(_ candidates: [EntityMatch]) -> [EntityMatch] {
        let ordered = candidates.sorted { lhs, rhs in
            if lhs.range.lowerBound != rhs.range.lowerBound {
                return lhs.range.lowerBound < rhs.range.lowerBound
            }
            return lhs.range.count > rhs.range.count
        }
        var kept: [EntityMatch] = []
        var end = 0
        for candidate in ordered where candidate.range.lowerBound >= end {
            kept.append(candidate)
            end = candidate.range.upperBound
        }
        return kept
    }
}
