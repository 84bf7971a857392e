/// A check of a loaded bot definition that reports problems as diagnostics.
///
/// Checks are small and independent; `switchboard check` and the loader run them all.
public protocol DefinitionCheck: Sendable {
    /// The problems this check finds in `definition`.
    func check(_ definition: BotDefinition) -> [Diagnostic]
}

/// The standard set of definition checks, in the order they run.
public enum DefinitionChecks {
    /// Every check the loader runs.
    public static let standard: [any DefinitionCheck] = [
        ReferenceCheck(),
        FlowGraphCheck(),
        IntentCheck(),
        SafetyCheck(),
        PaymentDataCheck(),
        SensitiveSlotCheck(),
        SlotValidationCheck(),
        ActionCheck(),
        UsageCheck(),
    ]
}
