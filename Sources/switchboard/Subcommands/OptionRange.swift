import ArgumentParser

/// The accepted ranges of numeric options, as help texts write them and usage errors check them.
enum OptionRange {
    /// Throws a usage error naming the option and its range when `value` is outside it (NaN is
    /// outside every range).
    static func check<Value: Comparable>(
        _ value: Value, _ name: String, in range: ClosedRange<Value>
    ) throws {
        guard range.contains(value) else {
            throw ValidationError(
                "\(name) must be from \(Self.text(of: range)), not \(Self.text(ofNumber: value))")
        }
    }

    /// A range as help and errors write it: `0.001 to 1000`.
    static func text<Value>(of range: ClosedRange<Value>) -> String {
        "\(Self.text(ofNumber: range.lowerBound)) to \(Self.text(ofNumber: range.upperBound))"
    }

    /// A number as help and errors write it: `1000`, not `1000.0`.
    static func text<Value>(ofNumber value: Value) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
