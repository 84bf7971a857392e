/// A sparse vector of term weights, sorted by term id.
public struct SparseVector: Sendable, Equatable {
    /// Term ids, ascending.
    public var terms: [Int32]
    /// The weight of each term.
    public var weights: [Float]

    /// Creates an empty vector.
    public init() {
        self.terms = []
        self.weights = []
    }

    /// Whether the vector has no terms.
    public var isEmpty: Bool { self.terms.isEmpty }

    /// The dot product with another sparse vector.
    public func dot(_ other: SparseVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        while i < self.terms.count, j < other.terms.count {
            let a = self.terms[i]
            let b = other.terms[j]
            if a == b {
                sum += self.weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
