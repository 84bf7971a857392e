import Testing

@testable import SwitchboardCore

/// Grouping unanswered questions by the significant terms they share.
@Suite struct QuestionGrouperTests {
    static let questions = [
        "Where is my parcel?", "my parcel never came", "parcels lost in the post",
        "can I pay with crypto", "do you take crypto payments", "crypto?",
        "email me at [email]", "[email]", "hmm", "hmm", "ok",
    ]

    @Test func questionsSharingATermFormOneGroup() {
        let groups = QuestionGrouper().groups(Self.questions, limit: 10)
        #expect(
            groups == [
                QuestionGroup(terms: ["crypto"], count: 3, example: "crypto?"),
                QuestionGroup(terms: ["parcel"], count: 3, example: "Where is my parcel?"),
                QuestionGroup(terms: ["hmm"], count: 2, example: "hmm"),
                QuestionGroup(terms: [], count: 1, example: "[email]"),
                QuestionGroup(terms: ["email"], count: 1, example: "email me at [email]"),
                QuestionGroup(terms: ["ok"], count: 1, example: "ok"),
            ])
    }

    @Test func theOrderOfTheQuestionsDoesNotMatter() {
        let grouper = QuestionGrouper()
        let expected = grouper.groups(Self.questions, limit: 10)
        #expect(grouper.groups(Self.questions.reversed(), limit: 10) == expected)
        var shuffled = Self.questions
        shuffled.swapAt(0, 7)
        shuffled.swapAt(3, 10)
        #expect(grouper.groups(shuffled, limit: 10) == expected)
    }

    @Test func aGroupIsLabelledByEveryTermItsQuestionsShare() {
        let groups = QuestionGrouper().groups(
            ["refund delay for order", "refund delayed again", "Refund delays", "order status"],
            limit: 2)
        #expect(groups.count == 2)
        // "delay" and "refund" are both in three questions: the first in byte order leads.
        #expect(groups[0].terms == ["delay", "refund"])
        #expect(groups[0].count == 3)
        #expect(groups[0].example == "Refund delays")
        #expect(groups[1].terms == ["order", "status"])
    }

    @Test func placeholdersAreNotTerms() {
        #expect(
            QuestionGrouper.withoutPlaceholders("mail [email] or [phone] [x1]")
                == "mail   or   [x1]")
    }
}
