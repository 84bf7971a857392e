extension LinearClassifier {
    /// Dual coordinate descent for every class's one-vs-rest L2-loss SVM at once.
    ///
    /// - Returns: the weights (feature-major, bias row last) and the passes made.
    static func train(
        vectors: [FeatureExtractor.Vector], labels: [Int], classCount classes: Int,
        featureCount: Int,
        options: Options
    ) -> (weights: [Float], passes: Int) {
        let n = vectors.count
        var weights = [Float](repeating: 0, count: (featureCount + 1) * classes)
        let diagonal = 1 / (2 * options.cost)
        var alpha = [Float](repeating: 0, count: n * classes)
        let curvature = vectors.map { $0.squaredNorm + 1 + diagonal }
        // The classes still active for each example after the last pass, in one flat array.
        var activeClasses: [Int32] = []
        var activeStart = [Int](repeating: 0, count: n + 1)
        var nextClasses: [Int32] = []
        var nextCount = [Int](repeating: 0, count: n)
        var order = Array(0..<n)
        var random = SplitMix64(seed: options.seed)
        var scores = [Float](repeating: 0, count: classes)
        var passes = 0
        var full = true
        while passes < options.maximumPasses {
            passes += 1
            order.deterministicShuffle(using: &random)
            var largest: Float = 0
            nextClasses.removeAll(keepingCapacity: true)
            var nextOf = [Int](repeating: 0, count: n)
            weights.withUnsafeMutableBufferPointer { w in
                alpha.withUnsafeMutableBufferPointer { a in
                    scores.withUnsafeMutableBufferPointer { s in
                        for i in order {
                            let x = vectors[i]
                            let label = labels[i]
                            nextOf[i] = nextClasses.count
                            let first = nextClasses.count
                            @inline(__always)
                            func visit(_ c: Int, score: Float) {
                                let y: Float = c == label ? 1 : -1
                                let index = i * classes + c
                                let old = a[index]
                                let gradient = y * score - 1 + diagonal * old
                                if old == 0 && gradient >= 0 { return }  // satisfied and inactive
                                nextClasses.append(Int32(c))
                                let projected = old == 0 ? min(gradient, 0) : gradient
                                largest = max(largest, abs(projected))
                                guard abs(projected) > 1e-12 else { return }
                                let new = max(old - gradient / curvature[i], 0)
                                a[index] = new
                                let delta = (new - old) * y
                                guard delta != 0 else { return }
                                x.features.withUnsafeBufferPointer { features in
                                    x.values.withUnsafeBufferPointer { values in
                                        for position in 0..<features.count {
                                            w[Int(features[position]) * classes + c] +=
                                                delta * values[position]
                                        }
                                    }
                                }
                                w[featureCount * classes + c] += delta
                            }
                            if full {
                                Self.scoreAll(
                                    x, UnsafeBufferPointer(w), classes: classes,
                                    featureCount: featureCount, into: s)
                                for c in 0..<classes { visit(c, score: s[c]) }
                            } else {
                                var sawLabel = false
                                for position in activeStart[i]..<activeStart[i + 1] {
                                    let c = Int(activeClasses[position])
                                    if c == label { sawLabel = true }
                                    visit(
                                        c,
                                        score: Self.score(
                                            x, w, classes: classes, featureCount: featureCount,
                                            class: c))
                                }
                                if !sawLabel {
                                    visit(
                                        label,
                                        score: Self.score(
                                            x, w, classes: classes, featureCount: featureCount,
                                            class: label))
                                }
                            }
                            nextCount[i] = nextClasses.count - first
                        }
                    }
                }
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
        return (weights, passes)
    }
}
