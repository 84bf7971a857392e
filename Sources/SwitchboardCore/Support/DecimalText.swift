/// Writes numbers with a fixed number of decimals, without Foundation's formatters.
package enum DecimalText {
    /// `value` rounded to `places` decimals, such as `0.347` for places 3.
    package static func format(_ value: Double, places: Int = 3) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((value * scale).rounded())
        let negative = scaled < 0
        let magnitude = scaled.magnitude
        let unit = UInt64(scale)
        let whole = magnitude / unit
        guard places > 0 else { return (negative ? "-" : "") + String(whole) }
        let fraction = String(magnitude % unit)
        return (negative ? "-" : "") + "\(whole)."
            + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A share from 0 to 1 as a whole percentage, rounded down, such as `6%` for `0.064`: a
    /// share just under a threshold never reads as the threshold itself.
    package static func percent(_ share: Double) -> String {
        guard share.isFinite else { return String(share) }
        return "\(Int((share * 100).rounded(.down)))%"
    }
}
