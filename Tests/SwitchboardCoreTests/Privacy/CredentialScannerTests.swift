import Testing

@testable import SwitchboardCore

@Suite struct CredentialScannerTests {
    let masker = PIIMasker(kinds: .credential)

    @Test(arguments: [
        ("my PIN is 4821", "my PIN is [credential]"),
        ("PIN: 039201, thanks", "PIN: [credential], thanks"),
        ("the verification code is 193 552.", "the verification code is [credential]."),
        ("One-time code 48291302", "One-time code [credential]"),
        ("OTP=729103", "OTP=[credential]"),
        ("sms code was 4412-8821 ok", "sms code was [credential] ok"),
        ("CVV 123 and expiry 12/27", "CVV [credential] and expiry 12/27"),
        ("my password is hunter2!", "my password is [credential]!"),
        ("Password: Tr0ub4dor&3", "Password: [credential]"),
        ("pin number is 9911", "pin number is [credential]"),
        ("my code is 482913", "my code is [credential]"),
        ("My code: 4829 1302, it expires soon", "My code: [credential], it expires soon"),
        ("my backup code is 48291302", "my backup code is [credential]"),
        ("recovery code 4829-1302", "recovery code [credential]"),
        ("pwd: hunter2", "pwd: [credential]"),
        ("my pw is hunter2!", "my pw is [credential]!"),
        ("here is the code my bank sent: 482913", "here is the code my bank sent: [credential]"),
        ("the code I got by SMS is 4829 13.", "the code I got by SMS is [credential]."),
        ("Code from my bank 48291302", "Code from my bank [credential]"),
    ])
    func masksCredentialValues(text: String, masked: String) {
        #expect(self.masker.mask(text) == masked)
    }

    @Test(arguments: [
        "my password reset email never came", "the verification code expired", "pin 3 items",
        "error code 4012 on login", "my password is wrong", "I forgot my PIN, can you help?",
        "a pin 12345678901", "the code is 123456", "CVV is on the back", "password 42",
        "the passwordless login 1234 failed", "my zip code is 94107", "my discount code 1234",
        "my code doesn't work", "my backup codes are gone", "my pw is wrong",
        "the code I got was wrong, order 12345678", "error code from the app 4012",
        "the code we sent you expires in 10 minutes", "a code from my bank for 123",
    ])
    func leavesMentionsAlone(text: String) {
        #expect(self.masker.mask(text) == text)
    }

    /// German words for credentials, with "ist", "war", "lautet" or ":" before the value;
    /// words with `ä` and `ü` are found whichever way they are spelled.
    @Test(arguments: [
        ("mein Passwort ist hunter2!", "mein Passwort ist [credential]!"),
        ("die TAN lautet 482913", "die TAN lautet [credential]"),
        ("meine PIN: 4821", "meine PIN: [credential]"),
        ("Mein Kennwort lautet Sommer2024!", "Mein Kennwort lautet [credential]!"),
        ("Die mTAN war 193552.", "Die mTAN war [credential]."),
        ("pushTAN 4829 13, danke", "pushTAN [credential], danke"),
        ("meine Geheimzahl ist 0815", "meine Geheimzahl ist [credential]"),
        ("Sicherheitscode: 123", "Sicherheitscode: [credential]"),
        ("der Bestätigungscode lautet 482913", "der Bestätigungscode lautet [credential]"),
        ("Bestaetigungscode 482913", "Bestaetigungscode [credential]"),
        ("BESTÄTIGUNGSCODE: 4829", "BESTÄTIGUNGSCODE: [credential]"),
        ("die Prüfnummer ist 123", "die Prüfnummer ist [credential]"),
        ("Kartenprüfnummer 1234", "Kartenprüfnummer [credential]"),
        ("KARTENPRÜFNUMMER: 123", "KARTENPRÜFNUMMER: [credential]"),
        ("Kartenpruefnummer 123", "Kartenpruefnummer [credential]"),
        ("Einmalpasswort: 83X-9q2", "Einmalpasswort: [credential]"),
        ("die PIN-Nummer ist 4821", "die PIN-Nummer ist [credential]"),
        ("mein Code lautet 482913", "mein Code lautet [credential]"),
        ("Sicherheits-Code 912", "Sicherheits-Code [credential]"),
        ("Grüße, meine PIN ist 4821", "Grüße, meine PIN ist [credential]"),
        ("Passwort=Tr0ub4dor&3", "Passwort=[credential]"),
        (
            "mein Online-Banking-Passwort ist Sommer2024",
            "mein Online-Banking-Passwort ist [credential]"
        ),
    ])
    func masksGermanCredentialValues(text: String, masked: String) {
        #expect(self.masker.mask(text) == masked)
    }

    @Test(arguments: [
        "Ich habe mein Passwort vergessen", "Die TAN ist abgelaufen", "Die PIN hat 4 Stellen",
        "mein Passwort ändern", "die TAN-Liste von 2019", "Kennwort falsch, 3 Versuche",
        "Bestellnummer 12345678 ist da", "der Gutscheincode 1234 geht nicht",
        "Prüfnummer fehlt auf Rechnung 2026/11", "die Geheimzahl ist unterwegs",
        "Passwort zurücksetzen für Bestellung 4821", "Die PIN-Nummer ist 12345678901",
        "Rechnung vom 27.11.2026 über 1.234,56 €", "Postleitzahl 10115, Hausnummer 12",
        "Grüße aus München, Bestellung TP-48213377",
    ])
    func leavesGermanMentionsAlone(text: String) {
        #expect(self.masker.mask(text) == text)
    }

    /// What docs/operations.md gives as limits: a compound outside the list is not read, and
    /// the English colour "tan" before a number is read as a TAN.
    @Test func germanWordLimits() {
        let compound = "mein Onlinebankingpasswort ist Sommer2024"
        #expect(self.masker.mask(compound) == compound)
        #expect(self.masker.mask("the tan 1234 model") == "the tan [credential] model")
    }

    @Test func substitutionKeepsTheShapeSoReplayStillMasks() {
        var substitution = PIISubstitution(masker: PIIMasker())
        let text = substitution.substitute(in: "my PIN is 4821 and password: abc#12")
        #expect(text == "my PIN is 1111 and password: xxx#11")
        #expect(PIIMasker().mask(text) == "my PIN is [credential] and password: [credential]")
    }
}
