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

@Suite struct CompactWeightsScoringTests {
    static func model(features: Int, classes: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return (0..<((features + 1) * classes)).map { _ in
            Float.random(in: -3...3, using: &generator)
        }
    }

    @Test(
        "Scores match full-precision sums of the compacted rows, past 256 features",
        arguments: [1, 2, 3, 255, 256, 257, 700])
    func manyFeatures(featureCount: Int) {
        let classes = 37
        let weights = Self.model(features: 800, classes: classes, seed: UInt64(featureCount))
        let compact = CompactWeights(weights, classCount: classes, featureCount: 800)
        var generator = SplitMix64(seed: 99)
        var vector = FeatureExtractor.Vector()
        for feature in 0..<featureCount {
            vector.features.append(Int32((feature * 7) % 800))
            vector.values.append(Float.random(in: 0.001...1, using: &generator))
        }
        var scores = [Float](repeating: .nan, count: classes)
        scores.withUnsafeMutableBufferPointer { compact.scoreAll(vector, into: $0) }
        for c in 0..<classes {
            var expected = Double(compact.bias[c])
            var magnitude = 0.0
            for (position, feature) in vector.features.enumerated() {
                let term =
                    Double(vector.values[position])
                    * Double(compact.weight(feature: Int(feature), class: c))
                expected += term
                magnitude += abs(term)
            }
            // Each step is rounded to 1/65,534 of the largest step.
            #expect(abs(Double(scores[c]) - expected) <= 1e-4 * max(1, magnitude))
        }
    }

    @Test("A vector with no weighted feature scores the bias")
    func biasOnly() {
        let weights: [Float] = [0, 0, 1.5, -2]
        let compact = CompactWeights(weights, classCount: 2, featureCount: 1)
        var vector = FeatureExtractor.Vector()
        vector.features = [0]
        vector.values = [1]
        var scores = [Float](repeating: .nan, count: 2)
        scores.withUnsafeMutableBufferPointer { compact.scoreAll(vector, into: $0) }
        #expect(scores == [1.5, -2])
    }

    #if arch(x86_64)
    @Test("The SSE2 sums equal the portable sums exactly")
    func sse2MatchesPortable() {
        var generator = SplitMix64(seed: 7)
        let stride = 48
        let rowCount = 40
        let rows = (0..<(stride * rowCount)).map { _ in
            Int8.random(in: -127...127, using: &generator)
        }
        let pairs = 30
        let offsets = (0..<(2 * pairs)).map { _ in
            Int.random(in: 0..<rowCount, using: &generator) * stride
        }
        let packed = (0..<pairs).map { _ -> Int32 in
            let first = Int32.random(in: -32767...32767, using: &generator)
            let second = Int32.random(in: -32767...32767, using: &generator)
            return second << 16 | (first & 0xFFFF)
        }
        var portable = [Int32](repeating: 0, count: stride)
        var sse2 = [Int32](repeating: 1, count: stride)
        rows.withUnsafeBufferPointer { rows in
            offsets.withUnsafeBufferPointer { offsets in
                packed.withUnsafeBufferPointer { packed in
                    portable.withUnsafeMutableBufferPointer { sums in
                        CompactWeights.accumulatePortably(
                            rows: rows.baseAddress!, offsets: offsets.baseAddress!,
                            packedSteps: packed.baseAddress!, pairs: pairs, stride: stride,
                            into: sums.baseAddress!)
                    }
                    sse2.withUnsafeMutableBufferPointer { sums in
                        CompactWeights.accumulateSSE2(
                            rows: rows.baseAddress!, offsets: offsets.baseAddress!,
                            packedSteps: packed.baseAddress!, pairs: pairs, stride: stride,
                            into: sums.baseAddress!)
                    }
                }
            }
        }
        #expect(sse2 == portable)
        // The portable sums are the plain products.
        var expected = [Int32](repeating: 0, count: stride)
        for pair in 0..<pairs {
            let first = Int32(Int16(truncatingIfNeeded: packed[pair]))
            let second = packed[pair] >> 16
            for c in 0..<stride {
                expected[c] +=
                    Int32(rows[offsets[2 * pair] + c]) * first
                    + Int32(rows[offsets[2 * pair + 1] + c]) * second
            }
        }
        #expect(portable == expected)
    }
    #endif
}
