/// What a condition is evaluated against: the slots, the user's context and today's date.
///
/// A lookup that returns `nil` means the value is not set; conditions treat it as null.
///
/// ```swift
/// let environment = ConditionEnvironment(
///     today: today,
///     slots: ["amount": .money(Money(minorUnits: 12_500, currency: "USD"))],
///     context: ["plan": .text("pro")]
/// )
/// condition.evaluate(in: environment)
/// ```
public struct ConditionEnvironment: Sendable {
    /// Looks up a slot by name; `nil` when the slot is not filled.
    public var slot: @Sendable (String) -> SlotValue?
    /// Looks up a `context.key` value from the frontend; `nil` when it was not given.
    public var context: @Sendable (String) -> SlotValue?
    /// The current date, which `days_since(slot)` counts up to.
    public var today: CalendarDate

    /// Creates an environment that looks values up through closures.
    public init(
        today: CalendarDate,
        slot: @escaping @Sendable (String) -> SlotValue?,
        context: @escaping @Sendable (String) -> SlotValue?
    ) {
        self.today = today
        self.slot = slot
        self.context = context
    }

    /// Creates an environment over fixed slot and context values.
    public init(
        today: CalendarDate,
        slots: [String: SlotValue],
        context: [String: SlotValue] = [:]
    ) {
        self.init(today: today, slot: { slots[$0] }, context: { context[$0] })
    }
}
