@testable import SwitchboardCore

/// Seeded random choices for generated test corpora, on the engine's `SplitMix64`, so the
/// corpora are the same on every run and platform.
struct CorpusRandom {
    /// The underlying generator.
    private var generator: SplitMix64

    /// Creates a source of choices from a seed.
    init(seed: UInt64) {
        self.generator = SplitMix64(seed: seed)
    }

    /// A number in `range` (with a negligible modulo bias; no library algorithm involved,
    /// so the sequence cannot change with the standard library).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(self.generator.next() % width)
    }

    /// One element of `items`.
    mutating func pick<T>(_ items: [T]) -> T {
        items[self.int(0...(items.count - 1))]
    }

    /// `count` random decimal digits as text.
    mutating func digits(_ count: Int) -> String {
        var text = ""
        for _ in 0..<count { text += String(self.int(0...9)) }
        return text
    }

    /// `count` random upper-case letters.
    mutating func letters(_ count: Int) -> String {
        var bytes: [UInt8] = []
        for _ in 0..<count { bytes.append(UInt8(0x41 + self.int(0...25))) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `count` random upper-case letters or digits.
    mutating func alphanumerics(_ count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            text += self.int(0...2) == 0 ? self.letters(1) : self.digits(1)
        }
        return text
    }
}
