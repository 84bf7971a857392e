/// A run of numbers joined by single punctuation bytes or thousands spaces (`1,200.50`).
struct NumericChain: Sendable {
    /// The token indices of the numbers, in order.
    var numbers: [Int]
    /// The joining bytes; `separators[k]` lies between `numbers[k]` and `numbers[k + 1]`.
    var separators: [UInt8]

    /// The index of the first token.
    var first: Int { self.numbers[0] }
    /// The index of the last token.
    var last: Int { self.numbers[self.numbers.count - 1] }
}
