extension JSONScanner {
    // MARK: - Numbers

    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at the cursor.
    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = self.index
        let isNegative = self.input[start] == ASCII.minus
        if isNegative {
            self.index += 1
        }
        // Accumulate the integer part negatively so that Int.min fits.
        var accumulator = 0
        var overflowed = false
        let first = self.byte(at: self.index)
        if first == ASCII.zero {
            self.index += 1
            if ASCII.isDigit(self.byte(at: self.index)) {
                throw self.error("leading zeros are not allowed in numbers", at: self.index - 1)
            }
        } else if ASCII.isDigit(first) {
            while self.index < self.end {
                let digit = self.input[self.index] &- ASCII.zero
                guard digit < 10 else { break }
                let (times10, overflow1) = accumulator.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times10.subtractingReportingOverflow(Int(digit))
                overflowed = overflowed || overflow1 || overflow2
                accumulator = next
                self.index += 1
            }
        } else {
            throw self.unexpected("expected digit after '-'", at: self.index)
        }
        var isInteger = true
        if self.byte(at: self.index) == ASCII.dot {
            isInteger = false
            self.index += 1
            try self.skipDigits(after: "'.'")
        }
        let exponent = self.byte(at: self.index)
        if exponent == ASCII.letterE || exponent == ASCII.capitalE {
            isInteger = false
            self.index += 1
            let sign = self.byte(at: self.index)
            if sign == ASCII.plus || sign == ASCII.minus {
                self.index += 1
            }
            try self.skipDigits(after: "exponent")
        }
        let text = self.string(from: start, to: self.index)
        if isInteger && !overflowed {
            if isNegative {
                return JSONNumber(
                    text: text, double: Self.double(accumulator, text), integer: accumulator)
            }
            let (value, overflow) = (0).subtractingReportingOverflow(accumulator)
            if !overflow {
                return JSONNumber(text: text, double: Self.double(value, text), integer: value)
            }
        }
        return JSONNumber(text: text, double: Double(text) ?? .nan, integer: nil)
    }

    /// Consumes one or more digits, or throws `expected digit after <what>`.
    mutating func skipDigits(after what: String) throws(JSONParseError) {
        guard ASCII.isDigit(self.byte(at: self.index)) else {
            throw self.unexpected("expected digit after \(what)", at: self.index)
        }
        self.index += 1
        while self.index < self.end, ASCII.isDigit(self.input[self.index]) {
            self.index += 1
        }
    }

    /// The `Double` for an integer literal: exact conversion when possible, else the stdlib parser.
    static func double(_ value: Int, _ text: String) -> Double {
        if value == 0 {
            return text.utf8.first == ASCII.minus ? -0.0 : 0.0
        }
        if value.magnitude <= 1 << 53 {
            return Double(value)
        }
        return Double(text) ?? Double(value)
    }
}
