/// A one-vs-rest linear support vector machine (L2-regularised, squared hinge loss), trained
/// in-process by dual coordinate descent, as LIBLINEAR's solver 1 and scikit-learn's
/// `LinearSVC` train it.
///
/// The classes are trained together: each pass over the examples computes an example's scores
/// for every class at once (weights are stored feature-major, so that is one contiguous row per
/// feature) and then updates the classes whose margins are violated. After the first pass only
/// the classes that were active for an example are revisited (shrinking), and a full pass at
/// the end confirms nothing was missed. Training is deterministic: examples are visited in an
/// order drawn from a seeded generator.
///
/// Scores are decision values: above 0 means "this class" to its one-vs-rest classifier.
///
/// Trained weights are kept for serving as 8-bit integers, one scale per feature (see
/// ``CompactWeights``): a quarter of the memory, and a message's scores read a quarter of the
/// bytes, which is what scoring a message waits on once a model outgrows the processor's caches.
public struct LinearClassifier: Sendable {
    /// Training settings.
    public struct Options: Sendable, Hashable {
        /// The inverse regularisation strength (scikit-learn's `C`).
        public var cost: Float
        /// The most passes over the examples.
        public var maximumPasses: Int
        /// Stop when no projected gradient is larger than this (LIBLINEAR uses 0.1; 0.3 trains
        /// in about half the passes with the same accuracy on the public intent data sets).
        public var tolerance: Float
        /// The seed of the visiting order.
        public var seed: UInt64

        /// Creates settings.
        public init(
            cost: Float = 1, maximumPasses: Int = 60, tolerance: Float = 0.3, seed: UInt64 = 1
        ) {
            self.cost = cost
            self.maximumPasses = maximumPasses
            self.tolerance = tolerance
            self.seed = seed
        }

        // The accepted ranges, for front ends that take the settings from a user (`eval
        // intents`): training takes up to `maximumPasses` passes of up to every example times
        // every class, so a setting out of range trains for hours or makes no model at all.

        /// The values of ``cost`` a front end accepts.
        ///
        /// scikit-learn's searches span 0.001 to 1000. A larger C barely regularises and
        /// converges ever more slowly (at 1e30 it never meets the tolerance); a much smaller
        /// one leaves every weight near 0, and below about 1e-38 the dual's diagonal (1 / 2C)
        /// overflows to infinity and the weights become NaN.
        public static let costRange: ClosedRange<Float> = 0.001...1000

        /// The values of ``maximumPasses`` a front end accepts.
        ///
        /// Up to the cap LIBLINEAR and scikit-learn's `LinearSVC` use by default (1,000); the
        /// public intent data sets converge in under 60 at the default tolerance.
        public static let maximumPassesRange: ClosedRange<Int> = 1...1000

        /// The values of ``tolerance`` a front end accepts.
        ///
        /// From scikit-learn's `LinearSVC` default (0.0001) to 10, beyond which training stops
        /// after its first full pass.
        public static let toleranceRange: ClosedRange<Float> = 0.0001...10
    }

    /// The number of classes.
    public let classCount: Int
    /// The number of features.
    public let featureCount: Int
    /// The weights scores are computed with.
    let weights: CompactWeights
    /// The passes training took.
    public let passes: Int

    /// Trains a classifier.
    ///
    /// Training reads the examples through unchecked buffers, so it checks them first: a label
    /// or feature id out of range is a programmer's error (``IntentModel`` makes them in range)
    /// and stops the process rather than write outside the weights.
    ///
    /// - Parameters:
    ///   - vectors: the examples' feature vectors, with feature ids in `0..<featureCount` and
    ///     one value per feature id.
    ///   - labels: each example's class, `0..<classCount`.
    public init(
        vectors: [FeatureExtractor.Vector], labels: [Int], classCount: Int, featureCount: Int,
        options: Options = Options()
    ) {
        precondition(vectors.count == labels.count, "one label per example")
        precondition(classCount >= 0 && featureCount >= 0, "counts cannot be negative")
        precondition(
            labels.allSatisfy { (0..<classCount).contains($0) }, "labels must be in 0..<classCount")
        precondition(
            vectors.allSatisfy { vector in
                vector.features.count == vector.values.count
                    && vector.features.allSatisfy { (0..<featureCount).contains(Int($0)) }
            }, "feature ids must be in 0..<featureCount, with one value each")
        let classes = classCount
        let (weights, passes) = Self.train(
            vectors: vectors, labels: labels, classCount: classes, featureCount: featureCount,
            options: options)
        self.classCount = classes
        self.featureCount = featureCount
        self.weights = CompactWeights(weights, classCount: classes, featureCount: featureCount)
        self.passes = passes
    }

    /// The decision value of every class for a vector, written into `scores` (`classCount` long).
    public func scores(_ vector: FeatureExtractor.Vector, into scores: inout [Float]) {
        precondition(scores.count >= self.classCount, "scores needs a slot per class")
        scores.withUnsafeMutableBufferPointer { s in self.weights.scoreAll(vector, into: s) }
    }

    /// The weight of a feature for a class, as scores use it.
    public func weight(feature: Int, class: Int) -> Float {
        self.weights.weight(feature: feature, class: `class`)
    }

    /// The bias of a class.
    public func bias(class: Int) -> Float {
        self.weights.bias[`class`]
    }

    /// Adds each feature's row of class weights, scaled by its value, to the bias row (the
    /// full-precision weights training works on).
    @inline(__always)
    static func scoreAll(
        _ x: FeatureExtractor.Vector, _ w: UnsafeBufferPointer<Float>, classes: Int,
        featureCount: Int,
        into s: UnsafeMutableBufferPointer<Float>
    ) {
        guard let base = w.baseAddress, let out = s.baseAddress else { return }
        let bias = base + featureCount * classes
        for c in 0..<classes { out[c] = bias[c] }
        x.features.withUnsafeBufferPointer { features in
            x.values.withUnsafeBufferPointer { values in
                for position in 0..<features.count {
                    let row = base + Int(features[position]) * classes
                    let value = values[position]
                    for c in 0..<classes { out[c] += value * row[c] }
                }
            }
        }
    }

    @inline(__always)
    static func score(
        _ x: FeatureExtractor.Vector, _ w: UnsafeMutableBufferPointer<Float>, classes: Int,
        featureCount: Int,
        class c: Int
    ) -> Float {
        var sum = w[featureCount * classes + c]
        for (position, feature) in x.features.enumerated() {
            sum += x.values[position] * w[Int(feature) * classes + c]
        }
        return sum
    }
}
