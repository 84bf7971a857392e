/// A word a Snowball stemmer rewrites in place: `count` bytes from `start`.
///
/// The English and German stemmers' words share their byte matching through it; each keeps
/// its own letters, regions and steps.
protocol SnowballWord {
    /// The word's first byte.
    var start: UnsafeMutablePointer<UInt8> { get }
    /// The word's length in bytes.
    var count: Int { get }
}

extension SnowballWord {
    /// Whether `text` (ASCII) occurs at `position`.
    @inline(__always)
    func matches(_ text: StaticString, at position: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard position >= 0, position + length <= self.count else { return false }
        let bytes = text.utf8Start
        var index = 0
        while index < length {
            if self.start[position + index] != bytes[index] {
                return false
            }
            index += 1
        }
        return true
    }

    /// Whether the word ends with `suffix`.
    @inline(__always)
    func ends(with suffix: StaticString) -> Bool {
        self.matches(suffix, at: self.count - suffix.utf8CodeUnitCount)
    }
}
