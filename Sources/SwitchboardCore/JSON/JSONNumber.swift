/// A JSON number: its source text and its value as a `Double` and, when exact, as an `Int`.
///
/// The text is kept so that numbers too large for either type survive a round trip
/// through the parser and writer unchanged.
public struct JSONNumber: Sendable, Equatable {
    /// The number as written: `-12`, `3.5`, `1e-7`.
    public var text: String
    /// The nearest `Double` (infinite when the text is beyond its range).
    public var double: Double
    /// The value as an `Int`, set only when the text has no fraction or exponent and fits.
    public var integer: Int?

    /// Creates a number from all of its parts; `text` should be valid JSON number syntax.
    public init(text: String, double: Double, integer: Int?) {
        self.text = text
        self.double = double
        self.integer = integer
    }

    /// Creates a number from an integer.
    public init(_ value: Int) {
        self.text = String(value)
        self.double = Double(value)
        self.integer = value
    }

    /// Creates a number from a finite `Double`, or `nil` for infinities and NaN.
    ///
    /// The text is Swift's shortest round-tripping form, so whole numbers keep a
    /// `.0` and `integer` stays `nil`, just as when parsing that text.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.text = value.description
        self.double = value
        self.integer = nil
    }

    /// Whether `text` is a number as RFC 8259 defines it: `-? int frac? exp?`.
    static func isValidSyntax(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        var next = bytes.next()
        if next == UInt8(ascii: "-") {
            next = bytes.next()
        }
        func isDigit(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
        func skipDigits() {
            while isDigit(next) {
                next = bytes.next()
            }
        }
        if next == UInt8(ascii: "0") {
            next = bytes.next()
        } else if isDigit(next) {
            skipDigits()
        } else {
            return false
        }
        if next == UInt8(ascii: ".") {
            next = bytes.next()
            guard isDigit(next) else { return false }
            skipDigits()
        }
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            next = bytes.next()
            if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") {
                next = bytes.next()
            }
            guard isDigit(next) else { return false }
            skipDigits()
        }
        return next == nil
    }
}
