/// The Luhn (mod 10) check that payment card numbers carry in their last digit.
enum Luhn {
    /// Whether `digits` (values 0...9, most significant first) pass the Luhn check.
    ///
    /// An empty sequence, or one holding a value above 9, does not pass.
    static func isValid(_ digits: some Collection<UInt8>) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        var doubles = false
        for digit in digits.reversed() {
            guard digit <= 9 else { return false }
            var value = Int(digit)
            if doubles {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            doubles.toggle()
        }
        return sum % 10 == 0
    }
}
