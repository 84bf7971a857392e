/// A linear model's weights as served: each feature's row of class weights stored as 8-bit
/// integers with one scale per row (the row's largest magnitude over 127), and the bias row in
/// full precision.
///
/// Rounding moves a weight by at most half a step, 1/254 of its row's largest weight. On the
/// public intent data sets' validation rows it changed no Banking77 or HWU64 prediction and one
/// CLINC150 out-of-scope decision of 1,550 (a score at the threshold). What it buys: scoring
/// a message reads one row per feature it has, and at 8 bits a 45,000-feature, 151-class model
/// is 7 MB instead of 27 MB, so those rows come from cache far more often.
///
/// Rows are padded to a multiple of 16 classes, and scoring walks the classes 16 at a time,
/// keeping their sums in registers across all of a message's features, so the sums are not
/// loaded and stored again for every feature.
struct CompactWeights: Sendable, Equatable {
    /// The number of classes.
    let classCount: Int
    /// The length of a row: `classCount` rounded up to a multiple of 16.
    let stride: Int
    /// `rows[feature * stride + class]`, in steps of the feature's scale; padding is 0.
    let rows: [Int8]
    /// Each feature's step.
    let scales: [Float]
    /// The bias of each class.
    let bias: [Float]

    /// Compacts trained weights (feature-major, the bias row last).
    init(_ weights: [Float], classCount: Int, featureCount: Int) {
        self.classCount = classCount
        let stride = (classCount + 15) / 16 * 16
        self.stride = stride
        var rows = [Int8](repeating: 0, count: featureCount * stride)
        var scales = [Float](repeating: 0, count: featureCount)
        for feature in 0..<featureCount {
            let start = feature * classCount
            var largest: Float = 0
            for c in 0..<classCount { largest = max(largest, abs(weights[start + c])) }
            guard largest > 0, largest.isFinite else { continue }
            let step = largest / 127
            scales[feature] = step
            for c in 0..<classCount {
                let steps = (weights[start + c] / step).rounded()
                rows[feature * stride + c] = Int8(max(-127, min(127, steps)))
            }
        }
        self.rows = rows
        self.scales = scales
        let biasStart = featureCount * classCount
        self.bias = Array(weights[biasStart..<(biasStart + classCount)])
    }

    /// The weight of a feature for a class.
    func weight(feature: Int, class c: Int) -> Float {
        Float(self.rows[feature * self.stride + c]) * self.scales[feature]
    }

    /// Writes every class's score for a vector into `s` (`classCount` long).
    ///
    /// Four rows are added per sweep over the sums, so the sums are loaded and stored a quarter
    /// as often as the rows are read.
    func scoreAll(_ x: FeatureExtractor.Vector, into s: UnsafeMutableBufferPointer<Float>) {
        let classes = self.classCount
        let stride = self.stride
        let count = x.features.count
        guard let out = s.baseAddress else { return }
        self.bias.withUnsafeBufferPointer { bias in
            for c in 0..<classes { out[c] = bias[c] }
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 3) { offsets in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: count + 3) { steps in
                // Each feature's row offset and step, zero-weight rows left out, padded to a
                // multiple of four with the first row at step 0.
                var used = 0
                self.scales.withUnsafeBufferPointer { scales in
                    for position in 0..<count {
                        let feature = Int(x.features[position])
                        let step = x.values[position] * scales[feature]
                        if step == 0 { continue }
                        offsets[used] = feature * stride
                        steps[used] = step
                        used += 1
                    }
                }
                while used % 4 != 0 {
                    offsets[used] = 0
                    steps[used] = 0
                    used += 1
                }
                self.rows.withUnsafeBufferPointer { rows in
                    guard let base = rows.baseAddress else { return }
                    var index = 0
                    while index < used {
                        let r0 = base + offsets[index]
                        let r1 = base + offsets[index + 1]
                        let r2 = base + offsets[index + 2]
                        let r3 = base + offsets[index + 3]
                        let s0 = steps[index]
                        let s1 = steps[index + 1]
                        let s2 = steps[index + 2]
                        let s3 = steps[index + 3]
                        for c in 0..<classes {
                            out[c] +=
                                (s0 * Float(r0[c]) + s1 * Float(r1[c]))
                                + (s2 * Float(r2[c]) + s3 * Float(r3[c]))
                        }
                        index += 4
                    }
                }
            }
        }
    }
}
