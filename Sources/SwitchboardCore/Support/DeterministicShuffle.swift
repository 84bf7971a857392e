extension Array {
    /// Shuffles with Fisher-Yates and a ``SplitMix64``, so the order depends only on the seed
    /// (the standard library's `shuffle` algorithm may change between Swift versions).
    mutating func deterministicShuffle(using random: inout SplitMix64) {
        guard self.count > 1 else { return }
        for index in stride(from: self.count - 1, to: 0, by: -1) {
            let other = Int(random.next() % UInt64(index + 1))
            if other != index { self.swapAt(index, other) }
        }
    }
}
