extension LinearClassifier {
    /// Dual coordinate descent for every class's one-vs-rest L2-loss SVM at once.
    ///
    /// Each class's classifier is its own problem, so an example's coordinates for different
    /// classes do not interact: every class's score is computed before any of the example's
    /// updates, and the updates can be made in whichever order is fastest. When many classes
    /// change at once (every class in the first pass), they are added feature by feature, one
    /// contiguous row of class weights at a time; when few do, class by class. Each weight gets
    /// the same additions in the same order either way, so the result does not depend on the
    /// choice.
    ///
    /// - Returns: the weights (feature-major, bias row last) and the passes made.
    static func train(
        vectors: [FeatureExtractor.Vector], labels: [Int], classCount classes: Int,
        featureCount: Int,
        options: Options
    ) -> (weights: [Float], passes: Int) {
        let n = vectors.count
        // The examples in compressed sparse rows, read without reference counting.
        var start = [Int](repeating: 0, count: n + 1)
        let size = vectors.reduce(0) { $0 + $1.features.count }
        let featureStore = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
        let valueStore = UnsafeMutableBufferPointer<Float>.allocate(capacity: size)
        defer {
            featureStore.deallocate()
            valueStore.deallocate()
        }
        for (i, vector) in vectors.enumerated() {
            let range = start[i]..<(start[i] + vector.features.count)
            _ = UnsafeMutableBufferPointer(rebasing: featureStore[range]).initialize(
                from: vector.features)
            _ = UnsafeMutableBufferPointer(rebasing: valueStore[range]).initialize(
                from: vector.values)
            start[i + 1] = range.upperBound
        }
        let features = UnsafeBufferPointer(featureStore)
        let values = UnsafeBufferPointer(valueStore)
        let diagonal = 1 / (2 * options.cost)
        let curvature = vectors.map { $0.squaredNorm + 1 + diagonal }
        // The dual variables, and the example's scores and weight changes by class.
        let alpha = Self.zeros(Float.self, n * classes)
        let scores = Self.zeros(Float.self, classes)
        let deltas = Self.zeros(Float.self, classes)
        // The classes that changed, and the classes visited, for the example.
        let changed = Self.zeros(Int32.self, classes)
        let candidates = Self.zeros(Int32.self, classes)
        defer {
            for buffer in [alpha, scores, deltas] { buffer.deallocate() }
            for buffer in [changed, candidates] { buffer.deallocate() }
        }
        // The classes still active for each example after the last pass, in one flat array.
        var activeClasses: [Int32] = []
        var activeStart = [Int](repeating: 0, count: n + 1)
        var nextClasses: [Int32] = []
        var nextCount = [Int](repeating: 0, count: n)
        var nextOf = [Int](repeating: 0, count: n)
        var order = Array(0..<n)
        var random = SplitMix64(seed: options.seed)
        var passes = 0
        let weightCount = (featureCount + 1) * classes
        let weights = [Float](unsafeUninitializedCapacity: weightCount) { w, initialized in
            w.initialize(repeating: 0)
            initialized = weightCount
            guard let base = w.baseAddress else { return }
            let bias = base + featureCount * classes
            var full = true
            while passes < options.maximumPasses {
                passes += 1
                order.deterministicShuffle(using: &random)
                var largest: Float = 0
                nextClasses.removeAll(keepingCapacity: true)
                for i in order {
                    let label = labels[i]
                    let range = start[i]..<start[i + 1]
                    nextOf[i] = nextClasses.count
                    var changes = 0
                    @inline(__always)
                    func visit(_ c: Int, score: Float) {
                        let y: Float = c == label ? 1 : -1
                        let index = i * classes + c
                        let old = alpha[index]
                        let gradient = y * score - 1 + diagonal * old
                        if old == 0 && gradient >= 0 { return }  // satisfied and inactive
                        nextClasses.append(Int32(c))
                        let projected = old == 0 ? min(gradient, 0) : gradient
                        largest = max(largest, abs(projected))
                        guard abs(projected) > 1e-12 else { return }
                        let new = max(old - gradient / curvature[i], 0)
                        alpha[index] = new
                        let delta = (new - old) * y
                        guard delta != 0 else { return }
                        deltas[c] = delta
                        changed[changes] = Int32(c)
                        changes += 1
                    }
                    if full {
                        Self.scoreAll(
                            features: features,
                            values: values, range: range, base,
                            classes: classes, bias: bias, into: scores)
                        for c in 0..<classes { visit(c, score: scores[c]) }
                    } else {
                        // The classes active for the example, and its own.
                        var count = 0
                        var sawLabel = false
                        for position in activeStart[i]..<activeStart[i + 1] {
                            let c = activeClasses[position]
                            if c == label { sawLabel = true }
                            candidates[count] = c
                            count += 1
                        }
                        if !sawLabel {
                            candidates[count] = Int32(label)
                            count += 1
                        }
                        let visited = UnsafeBufferPointer(rebasing: candidates[..<count])
                        Self.scoreSome(
                            visited, features: features,
                            values: values, range: range, base,
                            classes: classes, bias: bias, into: scores)
                        for c in visited { visit(Int(c), score: scores[Int(c)]) }
                    }
                    nextCount[i] = nextClasses.count - nextOf[i]
                    Self.update(
                        features: features,
                        values: values, range: range, base,
                        classes: classes, bias: bias,
                        changed: UnsafeBufferPointer(rebasing: changed[..<changes]),
                        deltas: deltas)
                }
                // Regroup the active classes by example for the next pass.
                activeClasses.removeAll(keepingCapacity: true)
                for i in 0..<n {
                    activeStart[i] = activeClasses.count
                    activeClasses.append(
                        contentsOf: nextClasses[nextOf[i]..<(nextOf[i] + nextCount[i])])
                }
                activeStart[n] = activeClasses.count
                if largest < options.tolerance {
                    if full { break }
                    full = true  // confirm with every class before stopping
                } else {
                    full = false
                }
            }
        }
        return (weights, passes)
    }

    /// A buffer of `count` zeros, to deallocate after use.
    private static func zeros<Element: Numeric>(
        _: Element.Type, _ count: Int
    ) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
        buffer.initialize(repeating: 0)
        return buffer
    }

    /// Every class's score for the example in `range`: the bias row plus each feature's row of
    /// class weights scaled by its value.
    @inline(__always)
    private static func scoreAll(
        features: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Float>,
        range: Range<Int>, _ base: UnsafeMutablePointer<Float>, classes: Int,
        bias: UnsafeMutablePointer<Float>, into s: UnsafeMutableBufferPointer<Float>
    ) {
        guard let out = s.baseAddress else { return }
        for c in 0..<classes { out[c] = bias[c] }
        for position in range {
            let row = base + Int(features[position]) * classes
            let value = values[position]
            for c in 0..<classes { out[c] += value * row[c] }
        }
    }

    /// Some classes' scores for the example in `range`, feature by feature: each class's sum
    /// is the one ``score`` would make, term by term in the same order, but the classes' sums
    /// proceed side by side instead of each waiting on its own previous addition.
    @inline(__always)
    private static func scoreSome(
        _ some: UnsafeBufferPointer<Int32>, features: UnsafeBufferPointer<Int32>,
        values: UnsafeBufferPointer<Float>, range: Range<Int>, _ base: UnsafeMutablePointer<Float>,
        classes: Int, bias: UnsafeMutablePointer<Float>, into s: UnsafeMutableBufferPointer<Float>
    ) {
        for c in some { s[Int(c)] = bias[Int(c)] }
        for position in range {
            let row = base + Int(features[position]) * classes
            let value = values[position]
            for c in some { s[Int(c)] += value * row[Int(c)] }
        }
    }

    /// Adds each changed class's delta times the example to that class's weights.
    ///
    /// Row by row when a quarter of the classes or more changed, else class by class. `deltas` is zero
    /// for every class not in `changed`, and is zero again afterwards.
    @inline(__always)
    private static func update(
        features: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Float>,
        range: Range<Int>, _ base: UnsafeMutablePointer<Float>, classes: Int,
        bias: UnsafeMutablePointer<Float>, changed: UnsafeBufferPointer<Int32>,
        deltas d: UnsafeMutableBufferPointer<Float>
    ) {
        guard !changed.isEmpty else { return }
        if changed.count * 4 >= classes {
            // Classes that did not change add zero: the same sums, in contiguous rows.
            for position in range {
                let row = base + Int(features[position]) * classes
                let value = values[position]
                for c in 0..<classes { row[c] += d[c] * value }
            }
            for c in 0..<classes { bias[c] += d[c] }
        } else {
            for class32 in changed {
                let c = Int(class32)
                let delta = d[c]
                for position in range {
                    base[Int(features[position]) * classes + c] += delta * values[position]
                }
                bias[c] += delta
            }
        }
        for c in changed { d[Int(c)] = 0 }
    }
}
