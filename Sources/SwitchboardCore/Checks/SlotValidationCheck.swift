/// Checks that each `validate` key of a slot can apply to the values its entity gives.
///
/// `min` and `max` compare numbers and money amounts, and the date checks compare dates: on a
/// slot of another kind they are skipped at run time, so the author's rule would silently
/// check nothing. `minLength`, `maxLength` and `pattern` read text: on a number, an amount or
/// a date they read it written out (`12.50 USD`), which a pattern written for the bare figure
/// never matches whole. A `oneOf` value that a list entity cannot give is never chosen. Each
/// is a warning at the key.
struct SlotValidationCheck: DefinitionCheck {
    /// What a slot holds, as its validation sees it.
    private enum ValueKind: String {
        case number, money, date, text
        case yesNo = "yes/no"
    }

    func check(_ definition: BotDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for slot in definition.slots {
            guard let validation = slot.validation,
                let entity = definition.entities.first(where: { $0.id == slot.entity.id })
            else { continue }
            let kind = Self.valueKind(of: entity.kind)
            let holds = "slot \"\(slot.id)\" holds \(Self.describe(kind)) (entity \"\(entity.id)\")"
            func warn(_ key: String, _ message: String, suggestion: String? = nil) {
                diagnostics.append(
                    .warning(
                        "inapplicable-validation", message,
                        at: validation.origins[key] ?? slot.origin, suggestion: suggestion))
            }
            if kind != .number, kind != .money {
                for key in ["min", "max"] where validation.origins[key] != nil {
                    warn(
                        key,
                        "\"\(key)\" compares numbers and amounts, but \(holds), so it never applies"
                    )
                }
            }
            if kind != .date {
                let written = [
                    ("notFuture", validation.notFuture), ("notPast", validation.notPast),
                    ("maxDaysAgo", validation.maxDaysAgo != nil),
                ]
                for (key, isSet) in written where isSet {
                    warn(key, "\"\(key)\" compares dates, but \(holds), so it never applies")
                }
            }
            if kind != .text {
                let textKeys = ["minLength", "maxLength", "pattern"]
                for key in textKeys where validation.origins[key] != nil {
                    warn(
                        key,
                        "\"\(key)\" reads text, but \(holds): it reads the value written out "
                            + "(such as \"\(Self.example(kind))\")")
                }
            }
            if case .list(let values) = entity.kind, let allowed = validation.oneOf {
                let canonical = values.map(\.canonical)
                for value in allowed
                where !canonical.contains(where: { $0.lowercased() == value.lowercased() }) {
                    warn(
                        "oneOf",
                        "\"\(value)\" is not a value of list entity \"\(entity.id)\", so no "
                            + "answer can give it",
                        suggestion: Suggestion.closest(to: value, among: canonical))
                }
            }
        }
        return diagnostics
    }

    private static func valueKind(of kind: EntityKind) -> ValueKind {
        switch kind {
        case .number: .number
        case .money: .money
        case .date: .date
        case .yesNo: .yesNo
        case .email, .phone, .text, .reference, .list, .regex: .text
        }
    }

    private static func describe(_ kind: ValueKind) -> String {
        switch kind {
        case .number: "numbers"
        case .money: "amounts of money"
        case .date: "dates"
        case .text: "text"
        case .yesNo: "yes or no"
        }
    }

    private static func example(_ kind: ValueKind) -> String {
        switch kind {
        case .number: "42"
        case .money: "12.50 USD"
        case .date: "2026-11-27"
        case .text: "text"
        case .yesNo: "yes"
        }
    }
}
