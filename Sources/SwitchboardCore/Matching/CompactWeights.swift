#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

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
    /// The sums are taken in integers: each feature's step (its value times its row's scale)
    /// is rounded to a 16-bit multiple of one unit per message (the largest step over 32,767,
    /// so a step moves by at most 1/65,534 of the largest), and the 8-bit rows times those
    /// 16-bit steps are added in 32 bits, two features at a time, 16 classes at a time
    /// (SSE2's multiply-add of 16-bit pairs on x86-64, the same sums in plain Swift
    /// elsewhere). Integer sums are exact, so every machine gets the same scores; they turn
    /// into floats once per 256 features, well before 32 bits could overflow.
    func scoreAll(_ x: FeatureExtractor.Vector, into s: UnsafeMutableBufferPointer<Float>) {
        let classes = self.classCount
        let stride = self.stride
        let count = x.features.count
        guard let out = s.baseAddress else { return }
        self.bias.withUnsafeBufferPointer { bias in
            for c in 0..<classes { out[c] = bias[c] }
        }
        let pairCapacity = count / 2 + 1
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * pairCapacity) { offsets in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: count + 1) { steps in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: pairCapacity) { packed in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: stride) { sums in
                        // Each feature's row offset and step, zero-weight rows left out.
                        var used = 0
                        var largest: Float = 0
                        self.scales.withUnsafeBufferPointer { scales in
                            for position in 0..<count {
                                let feature = Int(x.features[position])
                                let step = x.values[position] * scales[feature]
                                guard step != 0, step.isFinite else { continue }
                                offsets[used] = feature * stride
                                steps[used] = step
                                largest = max(largest, abs(step))
                                used += 1
                            }
                        }
                        guard used > 0 else { return }
                        // An odd feature out is paired with row 0 at step 0.
                        if used % 2 != 0 {
                            offsets[used] = 0
                            steps[used] = 0
                            used += 1
                        }
                        let unit = largest / Self.stepLimit
                        for pair in 0..<(used / 2) {
                            let first = Self.steps(steps[2 * pair], unit)
                            let second = Self.steps(steps[2 * pair + 1], unit)
                            packed[pair] = second << 16 | (first & 0xFFFF)
                        }
                        self.rows.withUnsafeBufferPointer { rows in
                            guard let base = rows.baseAddress,
                                let offsetBase = offsets.baseAddress,
                                let packedBase = packed.baseAddress,
                                let sumBase = sums.baseAddress
                            else { return }
                            var pair = 0
                            while pair < used / 2 {
                                let chunk = min(Self.pairsPerChunk, used / 2 - pair)
                                Self.accumulate(
                                    rows: base, offsets: offsetBase + 2 * pair,
                                    packedSteps: packedBase + pair, pairs: chunk,
                                    stride: stride, into: sumBase)
                                for c in 0..<classes { out[c] += unit * Float(sumBase[c]) }
                                pair += chunk
                            }
                        }
                    }
                }
            }
        }
    }

    /// The largest step in units.
    static let stepLimit: Float = 32_767

    /// Pairs summed in 32 bits before the sums turn into floats: each pair adds at most
    /// 2 × 127 × 32,767 (about 8.3 million), so 128 pairs stay below 2^31 / 2.
    static let pairsPerChunk = 128

    /// A step in units, as a 16-bit value.
    @inline(__always)
    static func steps(_ step: Float, _ unit: Float) -> Int32 {
        guard unit > 0 else { return 0 }
        // Half away from zero, as `rounded()`, without a call into libm (SSE2 has no rounding
        // instruction).
        let units = max(-Self.stepLimit, min(Self.stepLimit, step / unit))
        return Int32(units + (units < 0 ? -0.5 : 0.5))
    }

    /// Sets `sums[c]` (`stride` long) to the sum over the pairs of `first × row₁[c] + second ×
    /// row₂[c]`, where each pair's steps are packed in one 32-bit value (the first in the low
    /// 16 bits) and `offsets` holds the two rows' offsets of each pair.
    static func accumulate(
        rows: UnsafePointer<Int8>, offsets: UnsafePointer<Int>, packedSteps: UnsafePointer<Int32>,
        pairs: Int, stride: Int, into sums: UnsafeMutablePointer<Int32>
    ) {
        #if arch(x86_64)
        Self.accumulateSSE2(
            rows: rows, offsets: offsets, packedSteps: packedSteps, pairs: pairs,
            stride: stride, into: sums)
        #else
        Self.accumulatePortably(
            rows: rows, offsets: offsets, packedSteps: packedSteps, pairs: pairs,
            stride: stride, into: sums)
        #endif
    }

    /// ``accumulate(rows:offsets:packedSteps:pairs:stride:into:)`` in plain Swift.
    static func accumulatePortably(
        rows: UnsafePointer<Int8>, offsets: UnsafePointer<Int>, packedSteps: UnsafePointer<Int32>,
        pairs: Int, stride: Int, into sums: UnsafeMutablePointer<Int32>
    ) {
        for c in 0..<stride { sums[c] = 0 }
        for pair in 0..<pairs {
            let first = rows + offsets[2 * pair]
            let second = rows + offsets[2 * pair + 1]
            let firstStep = Int32(Int16(truncatingIfNeeded: packedSteps[pair]))
            let secondStep = packedSteps[pair] >> 16
            for c in 0..<stride {
                sums[c] &+= Int32(first[c]) &* firstStep &+ Int32(second[c]) &* secondStep
            }
        }
    }

    #if arch(x86_64)
    /// ``accumulate(rows:offsets:packedSteps:pairs:stride:into:)`` with SSE2: for 16
    /// classes at a time, the two rows' bytes are interleaved, widened to 16 bits and
    /// multiplied by the pair's steps with one multiply-add per four classes.
    static func accumulateSSE2(
        rows: UnsafePointer<Int8>, offsets: UnsafePointer<Int>,
        packedSteps: UnsafePointer<Int32>, pairs: Int, stride: Int,
        into sums: UnsafeMutablePointer<Int32>
    ) {
        var block = 0
        while block < stride {
            var sum0 = _mm_setzero_si128()
            var sum1 = _mm_setzero_si128()
            var sum2 = _mm_setzero_si128()
            var sum3 = _mm_setzero_si128()
            for pair in 0..<pairs {
                let first = UnsafeRawPointer(rows + offsets[2 * pair] + block)
                let second = UnsafeRawPointer(rows + offsets[2 * pair + 1] + block)
                let a = _mm_loadu_si128(first.assumingMemoryBound(to: __m128i.self))
                let b = _mm_loadu_si128(second.assumingMemoryBound(to: __m128i.self))
                let step = _mm_set1_epi32(packedSteps[pair])
                // Bytes a0 b0 a1 b1 …; each doubled and shifted right into a signed 16-bit
                // value, so each 32-bit lane holds (a, b) for one class.
                let low = _mm_unpacklo_epi8(a, b)
                let high = _mm_unpackhi_epi8(a, b)
                let widened0 = _mm_srai_epi16(_mm_unpacklo_epi8(low, low), 8)
                let widened1 = _mm_srai_epi16(_mm_unpackhi_epi8(low, low), 8)
                let widened2 = _mm_srai_epi16(_mm_unpacklo_epi8(high, high), 8)
                let widened3 = _mm_srai_epi16(_mm_unpackhi_epi8(high, high), 8)
                sum0 = _mm_add_epi32(sum0, _mm_madd_epi16(widened0, step))
                sum1 = _mm_add_epi32(sum1, _mm_madd_epi16(widened1, step))
                sum2 = _mm_add_epi32(sum2, _mm_madd_epi16(widened2, step))
                sum3 = _mm_add_epi32(sum3, _mm_madd_epi16(widened3, step))
            }
            let target = UnsafeMutableRawPointer(sums + block)
                .assumingMemoryBound(to: __m128i.self)
            _mm_storeu_si128(target, sum0)
            _mm_storeu_si128(target + 1, sum1)
            _mm_storeu_si128(target + 2, sum2)
            _mm_storeu_si128(target + 3, sum3)
            block += 16
        }
    }
    #endif
}
