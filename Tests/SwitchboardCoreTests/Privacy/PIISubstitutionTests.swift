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

    /// An address written in another case is the same address: it got a fake of its own, so
    /// a transcript meant to repeat one email replayed as two.
    @Test func anEmailInAnotherCaseGetsTheSameFake() {
        var substitution = PIISubstitution(masker: PIIMasker())
        #expect(
            substitution.substitute(in: "Ana@Example.org, I mean ana@example.org")
                == "user1@example.com, I mean user1@example.com")
        #expect(
            substitution.substitute(in: "JÜRGEN@MÜLLER.DE or jürgen@müller.de, not ana@example.net")
                == "user2@example.com or user2@example.com, not user3@example.com")
        #expect(substitution.substitute(in: "ＡＮＡ＠ｅｘａｍｐｌｅ．ｏｒｇ") == "user1@example.com")
    }

    /// An IBAN or a phone number written with other spaces, separators or case is the same
    /// value too.
    @Test func ibansAndPhonesWrittenAnotherWayGetTheSameFake() {
        var substitution = PIISubstitution(masker: PIIMasker())
        let iban = "GB82 WEST 1234 5698 7654 32"
        #expect(substitution.substitute(in: "iban \(iban)") == "iban \(iban)")
        #expect(
            substitution.substitute(in: "(555) 123-4567 and 555.123.4567, not 555-123-9999")
                == "+1 202 555 1011 and +1 202 555 1011, not +1 202 555 1022")
        var abroad = PIISubstitution(masker: PIIMasker())
        #expect(
            abroad.substitute(in: "+44 20 7946 0958, at home 020 7946 0958, or 020 7946 0959")
                == "+1 202 555 1011, at home +1 202 555 1011, or +1 202 555 1022")
        #expect(
            abroad.substitute(in: "+1 415 555 0134 is (415) 555-0134")
                == "+1 202 555 1033 is +1 202 555 1033")
        var other = PIISubstitution(masker: PIIMasker())
        let first = other.substitute(in: "DE89 3704 0044 0532 0130 00")
        #expect(other.substitute(in: "de89370400440532013000") == first)
        #expect(other.substitute(in: "DE89-3704-0044-0532-0130-00") == first)
    }

    @Test func identitiesKeepKindsApart() {
        #expect(
            PIISubstitution.identity(of: "Ana@Example.org", kind: .email)
                == PIISubstitution.identity(of: "ana@example.ORG", kind: .email))
        #expect(
            PIISubstitution.identity(of: "PIN 4821", kind: .credential)
                != PIISubstitution.identity(of: "pin 4821", kind: .credential))
        #expect(
            PIISubstitution.identity(of: "5551234567", kind: .phone)
                != PIISubstitution.identity(of: "5551234567", kind: .paymentCard))
    }
}
