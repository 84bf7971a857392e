/// An amount of money, kept in minor units so that arithmetic is exact.
public struct Money: Sendable, Hashable, Codable {
    /// The amount in hundredths of the currency unit (cents, pence).
    public var minorUnits: Int64
    /// The ISO 4217 code, upper case (`"USD"`, `"EUR"`), or empty when the user gave none.
    public var currency: String

    /// Creates an amount from minor units and a currency code.
    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// The amount with two decimals and the currency code, such as `"19.99 USD"`.
    public var displayText: String {
        let sign = self.minorUnits < 0 ? "-" : ""
        let magnitude = self.minorUnits.magnitude
        let cents = magnitude % 100
        let amount = "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
        return self.currency.isEmpty ? amount : "\(amount) \(self.currency)"
    }
}
