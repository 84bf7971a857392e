import Testing

@testable import SwitchboardCore

@Suite struct PIISubstitutionTests {
    @Test func replacesEmailsAndPhonesWithConsistentFakes() {
        var substitution = PIISubstitution(masker: PIIMasker())
        #expect(
            substitution.substitute(
                in: "mail jane.doe@example.com or call +44 20 7946 0958, jane.doe@example.com")
                == "mail user1@example.com or call +1 202 555 1011, user1@example.com")
        #expect(
            substitution.substitute(in: "now bob@example.org, still +44 20 7946 0958")
                == "now user2@example.com, still +1 202 555 1011")
        #expect(substitution.substitute(in: "and 020 7946 0000") == "and +1 202 555 1022")
    }

    @Test func textWithoutPersonalDataIsUnchanged() {
        var substitution = PIISubstitution(masker: PIIMasker())
        #expect(
            substitution.substitute(in: "refund TP-12345678 for $4.99")
                == "refund TP-12345678 for $4.99")
    }

    @Test func fakesAreFoundAgainAsTheSameKind() {
        var substitution = PIISubstitution(masker: PIIMasker())
        let text = substitution.substitute(in: "a@b.co +44 20 7946 0958 4111 1111 1111 1111")
        #expect(PIIMasker().findings(in: text).map(\.kind) == [.email, .phone, .paymentCard])
        #expect(PIIMasker().mask(text) == "[email] [phone] [card]")
    }

    @Test func onlyTheMaskersKindsAreReplaced() {
        var substitution = PIISubstitution(masker: PIIMasker(kinds: .email))
        #expect(
            substitution.substitute(in: "x@y.zz +44 20 7946 0958")
                == "user1@example.com +44 20 7946 0958")
    }
}
