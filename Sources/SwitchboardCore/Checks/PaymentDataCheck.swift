/// Checks that no slot asks for payment credentials (PSD2).
///
/// Card numbers, security codes, one-time codes, PINs and passwords are credentials; a bot
/// must send those cases to a person or an authenticated channel instead. A slot is flagged
/// when its id or title names a credential, or when a prompt both names one and asks for it
/// ("enter", "type", "send", "what's your", ...), so "Did the password reset email arrive?"
/// passes and "Please type your card number" does not. What a flow says just before it
/// collects a slot (a `collect` state's own `say`, or a `say` state that leads into one) is
/// part of the question, so it is checked the same way: "Please type your card number." then
/// a prompt "Go ahead." asks for a card number as much as a prompt that says it.
struct PaymentDataCheck: DefinitionCheck {
    /// Phrases that name a credential, matched on normalised text.
    ///
    /// Besides the names, the ways a prompt points at them without naming them: the digits
    /// printed on a card ("the 16 digits on the front", "the code on the back"), the code
    /// a user was just sent ("the 6-digit code we texted you", "the code from your
    /// authenticator"), and the knowledge factors of strong customer authentication (a
    /// memorable word, the answer to a security question).
    static let credentialPhrases = [
        "card number", "credit card number", "debit card number", "card no", "card num",
        "cc number", "cc num", "card details", "16 digits", "digits on the front",
        "digits on the back", "number on the front", "number on the back", "code on the back",
        "cvv", "cvc", "cvv2", "ccv", "csc", "security code", "card verification",
        "one time code", "one time password", "otp", "verification code", "sms code",
        "digit code", "login code", "auth code", "authentication code", "authenticator code",
        "code from your authenticator", "2fa code", "twofa code", "mfa code", "backup code",
        "recovery code", "code we texted", "code we sent", "code from the sms",
        "code from the text", "code in the sms", "code in the text", "pin", "pin code",
        "password", "passcode", "passphrase", "security answer", "memorable word",
        "memorable information", "maiden name", "expiry date", "expiration date",
    ]

    /// Phrases that ask the user for something, matched on normalised text.
    static let requestPhrases = [
        "enter", "type", "send", "share", "give", "tell me", "provide", "read me", "what is your",
        "whats your", "what is the", "whats the", "what are your", "what are the", "confirm your",
        "need your", "paste", "reply with", "let me know",
    ]

    func check(_ definition: BotDefinition) -> [Diagnostic] {
        let credentials = Self.paddedCredentials
        var diagnostics: [Diagnostic] = []
        for slot in definition.slots {
            let names = [slot.id.replacing("_", with: " "), slot.title].map(Self.padded)
            var found = names.lazy.compactMap { name in credentials.first { name.contains($0) } }
                .first
            for source in slot.prompts.map(\.text.source) where found == nil {
                found = Self.paddedCredential(askedIn: source)
            }
            guard let phrase = found else { continue }
            diagnostics.append(
                .error(
                    "payment-credential",
                    "slot \"\(slot.id)\" asks for a payment credential (\"\(phrase.trimmingCharacters())\"); "
                        + "a bot must never collect card numbers, codes or passwords (PSD2): hand off instead",
                    at: slot.origin))
        }
        for flow in definition.flows {
            for state in flow.states where Self.leadsIntoCollect(state, in: flow) {
                guard
                    let phrase = state.say.lazy.compactMap({
                        Self.paddedCredential(askedIn: $0.text.source)
                    }).first
                else { continue }
                diagnostics.append(
                    .error(
                        "payment-credential",
                        "state \"\(state.id)\" of flow \"\(flow.id)\" asks for a payment credential "
                            + "(\"\(phrase.trimmingCharacters())\") before collecting an answer; a bot "
                            + "must never collect card numbers, codes or passwords (PSD2): hand off "
                            + "instead",
                        at: state.origin))
            }
        }
        return diagnostics
    }

    /// Whether what `state` says is the question of a slot: it collects one, or it is a `say`
    /// state whose next state collects one.
    private static func leadsIntoCollect(_ state: FlowState, in flow: FlowDefinition) -> Bool {
        switch state.step {
        case .collect:
            return true
        case .say(let next):
            if case .collect? = flow.state(next.id)?.step { return true }
            return false
        default:
            return false
        }
    }

    /// The credential a prompt asks the user for, if any: it names one and asks for it
    /// ("Please type your card number"), or is an open question about the user's own
    /// ("And your PIN?").
    ///
    /// The dialogue engine asks this of prompts whose placeholders were filled at run time,
    /// which the load-time check cannot see.
    static func requestedCredential(in prompt: String) -> String? {
        Self.paddedCredential(askedIn: prompt).map { String($0.trimmingCharacters()) }
    }

    private static let paddedCredentials = Self.credentialPhrases.map(Self.padded)
    private static let paddedRequests = Self.requestPhrases.map(Self.padded)

    /// The credential phrase (padded with spaces) a prompt asks for.
    private static func paddedCredential(askedIn source: String) -> String? {
        let (credentials, requests) = (Self.paddedCredentials, Self.paddedRequests)
        let prompt = Self.padded(source)
        if requests.contains(where: prompt.contains) {
            return credentials.first { prompt.contains($0) }
        } else if Self.isOpenQuestion(source, prompt) {
            // "And your PIN?": a question about the user's own credential.
            return credentials.first { prompt.contains(" your" + $0) }
        }
        return nil
    }

    /// Words that open a yes/no question ("Have you reset your password?"), which mentions a
    /// credential without asking for it.
    static let yesNoOpeners: Set<String> = [
        "have", "has", "did", "do", "does", "is", "are", "was", "were", "can", "could", "would",
        "will", "should",
    ]

    /// Whether a prompt is a question that does not open like a yes/no question.
    private static func isOpenQuestion(_ source: String, _ padded: String) -> Bool {
        guard source.trimmingCharacters().hasSuffix("?") else { return false }
        let first = padded.dropFirst().prefix { $0 != " " }
        return !Self.yesNoOpeners.contains(String(first))
    }

    /// Normalised text between spaces, so phrases match whole words.
    private static func padded(_ text: String) -> String {
        " " + String(decoding: TextNormalizer().normalize(text), as: UTF8.self) + " "
    }
}
