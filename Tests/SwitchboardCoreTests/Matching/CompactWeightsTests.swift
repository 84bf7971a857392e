import Testing

@testable import SwitchboardCore

@Suite struct CompactWeightsTests {
    /// Two features, three classes, feature-major, then the bias row.
    static let weights: [Float] = [
        0.5, -1.27, 0.001,  // feature 0: largest magnitude 1.27, step 0.01
        0, 0, 0,  // feature 1: all zero
        2, 3, 4,  // bias
    ]

    @Test("Each weight is within half a step of its row's scale, and the bias is exact")
    func rounding() {
        let compact = CompactWeights(Self.weights, classCount: 3, featureCount: 2)
        let step: Float = 1.27 / 127
        for c in 0..<3 {
            #expect(abs(compact.weight(feature: 0, class: c) - Self.weights[c]) <= step / 2 + 1e-6)
            #expect(compact.weight(feature: 1, class: c) == 0)
        }
        #expect(compact.weight(feature: 0, class: 1) == -1.27)
        #expect(compact.rows[0...2] == [50, -127, 0])
        #expect(compact.bias == [2, 3, 4])
    }

    @Test("Scores are the bias plus each feature's value times its compacted row")
    func scores() {
        let compact = CompactWeights(Self.weights, classCount: 3, featureCount: 2)
        var vector = FeatureExtractor.Vector()
        vector.features = [0, 1]
        vector.values = [2, 5]
        var scores = [Float](repeating: .nan, count: 3)
        scores.withUnsafeMutableBufferPointer { compact.scoreAll(vector, into: $0) }
        let expected = (0..<3).map { 2 * compact.weight(feature: 0, class: $0) + [2, 3, 4][$0] }
        for c in 0..<3 { #expect(abs(scores[c] - expected[c]) < 1e-5) }
        #expect(abs(scores[1] - (3 - 2.54)) < 1e-5)
    }
}
