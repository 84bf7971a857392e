/// Checks that no slot asks for payment credentials (PSD2).
///
/// Card numbers, security codes, one-time codes, PINs and passwords are credentials. A bot must send those cases to a person or to an
/// authenticated channel instead.
struct PaymentDataCheck: DefinitionCheck {
    /// Phrases that ask for a credential, matched on normalised text.
    static let credentialPhrases = [
        "card number", "credit card number", "debit card number", "cvv", "cvc", "cvv2",
        "security code",
        "card verification", "one time code", "one time password", "otp", "verification code",
        "sms code", "pin", "pin code", "password", "passcode", "expiry date", "expiration date",
    ]

    func check(_ definition: BotDefinition) -> [Diagnostic] {
        let normalizer = TextNormalizer()
        let phrases = Self.credentialPhrases.map {
            " " + String(decoding: normalizer.normalize($0), as: UTF8.self) + " "
        }
        var diagnostics: [Diagnostic] = []
        for slot in definition.slots {
            let texts =
                [slot.id.replacing("_", with: " "), slot.title] + slot.prompts.map(\.text.source)
            for text in texts {
                let normalized =
                    " " + String(decoding: normalizer.normalize(text), as: UTF8.self) + " "
                if let phrase = phrases.first(where: { normalized.contains($0) }) {
                    diagnostics.append(
                        .error(
                            "payment-credential",
                            "slot \"\(slot.id)\" asks for a payment credential (\"\(phrase.trimmingCharacters())\"); "
                                + "a bot must never collect card numbers, codes or passwords (PSD2): hand off instead",
                            at: slot.origin))
                    break
                }
            }
        }
        return diagnostics
    }
}
