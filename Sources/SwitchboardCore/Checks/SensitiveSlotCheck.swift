/// Checks that a sensitive slot's value is never copied into a slot that is not sensitive.
///
/// A `set` value written `"{slot}"` copies that slot's value as it is. Copied from a sensitive
/// slot into one that is not, the value would be written where only `[redacted]` belongs:
/// masked for personal data but readable in logs, explanations, `state` responses and
/// messages. The author marks the target sensitive too, or writes text that names the slot
/// (`"for {account_email}"`), which is rendered with the slot as `[redacted]`.
struct SensitiveSlotCheck: DefinitionCheck {
    func check(_ definition: BotDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for flow in definition.flows {
            for state in flow.states {
                for assignment in state.assignments {
                    guard let source = assignment.copiedSlot,
                        definition.slot(source.id)?.isSensitive == true,
                        let target = definition.slot(assignment.slot.id), !target.isSensitive
                    else { continue }
                    diagnostics.append(
                        .error(
                            "sensitive-copy",
                            "copies sensitive slot \"\(source.id)\" into slot \"\(target.id)\", "
                                + "which is not sensitive, so its value would be written "
                                + "unredacted; mark \"\(target.id)\" \"sensitive\": true too",
                            at: assignment.slot.origin))
                }
            }
        }
        return diagnostics
    }
}
