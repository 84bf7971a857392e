import Synchronization
import Testing

@testable import SwitchboardCore

/// A source and whether it must hold in the fixture environment.
struct ConditionEvaluationCase: Sendable, CustomTestStringConvertible {
    /// The condition source.
    var source: String
    /// The expected result.
    var expected: Bool

    var testDescription: String { "\(self.source) -> \(self.expected)" }

    init(_ source: String, _ expected: Bool) {
        self.source = source
        self.expected = expected
    }
}

/// The slots, context and date every evaluation table runs against.
enum ConditionEvaluationFixture {
    /// 2026-03-15.
    static let today = CalendarDate(daysSinceEpoch: 20_527)

    /// A date from its parts, or the epoch if the parts are invalid (they are not).
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate(daysSinceEpoch: 0)
    }

    static let slots: [String: SlotValue] = [
        "amount": .money(Money(minorUnits: 12_500, currency: "USD")),
        "price": .money(Money(minorUnits: 1999, currency: "USD")),
        "refund": .money(Money(minorUnits: 12_500, currency: "EUR")),
        "bare_amount": .money(Money(minorUnits: 12_500, currency: "")),
        "lower_amount": .money(Money(minorUnits: 12_500, currency: "usd")),
        "free": .money(Money(minorUnits: 0, currency: "USD")),
        "count": .number(3),
        "zero": .number(0),
        "limit": .number(125),
        "reason": .text("Damaged"),
        "name": .text("Alice"),
        "blank": .text(""),
        "note": .text("Order arrived DAMAGED in transit"),
        "ordered": .date(date(2026, 3, 10)),
        "delivery": .date(date(2026, 4, 1)),
        "placed_today": .date(date(2026, 3, 15)),
        "last_year": .date(date(2025, 12, 31)),
        "vip": .bool(true),
        "blocked": .bool(false),
    ]

    static let context: [String: SlotValue] = [
        "plan": .text("Pro"),
        "age": .text("42"),
        "padded": .text(" 42 "),
        "balance": .text("-12.50"),
        "hex": .text("0x10"),
        "nan": .text("nan"),
        "signup": .text("2025-12-31"),
        "score": .number(7),
        "beta": .bool(true),
        "flag_text": .text("true"),
    ]

    static let environment = ConditionEnvironment(
        today: today,
        slots: slots,
        context: context
    )
}

@Suite("Condition: evaluation")
struct ConditionEvaluationTests {
    static let nulls: [ConditionEvaluationCase] = [
        .init("missing == null", true),
        .init("null == missing", true),
        .init("missing != null", false),
        .init("reason == null", false),
        .init("reason != null", true),
        .init("context.missing == null", true),
        .init("missing == other_missing", true),
        .init("null == null", true),
        .init("missing == 'a'", false),
        .init("missing != 'a'", true),
        .init("'a' != missing", true),
        .init("missing == 0", false),
        .init("missing != 0", true),
        .init("missing == false", false),
        .init("missing < 1", false),
        .init("missing <= 1", false),
        .init("missing > 1", false),
        .init("missing >= 1", false),
        .init("1 > missing", false),
        .init("missing < missing", false),
        .init("missing <= missing", false),
        .init("missing contains 'a'", false),
        .init("reason contains missing", false),
        .init("missing in ['a', 0]", false),
        .init("missing not in ['a', 0]", true),
        .init("missing in [null]", true),
        .init("missing not in [null]", false),
        .init("missing in []", false),
        .init("missing not in []", true),
    ]

    static let numbers: [ConditionEvaluationCase] = [
        .init("count == 3", true),
        .init("count == 3.0", true),
        .init("count == 4", false),
        .init("count != 4", true),
        .init("count != 3", false),
        .init("count < 4", true),
        .init("count < 3", false),
        .init("count <= 3", true),
        .init("count <= 2.5", false),
        .init("count > 2", true),
        .init("count > 3", false),
        .init("count >= 3", true),
        .init("count >= 3.5", false),
        .init("limit > count", true),
        .init("-3 < 0", true),
        .init("-3.5 < -3", true),
        .init("count in [1, 2, 3]", true),
        .init("count in [1, 2]", false),
        .init("count not in [1, 2]", true),
        .init("count in ['3']", true),
        .init("context.score == 7", true),
    ]

    static let money: [ConditionEvaluationCase] = [
        .init("amount == 125", true),
        .init("amount > 100", true),
        .init("amount < 100", false),
        .init("amount >= 125", true),
        .init("amount <= 124.99", false),
        .init("amount < 125.01", true),
        .init("amount != 125", false),
        .init("price == 19.99", true),
        .init("price < 20", true),
        .init("price > 19.98", true),
        .init("100 < amount", true),
        .init("amount == limit", true),
        .init("amount > count", true),
        .init("price < amount", true),
        .init("amount == bare_amount", true),
        .init("amount == lower_amount", true),
        .init("refund == bare_amount", true),
        .init("amount == refund", false),
        .init("amount != refund", true),
        .init("amount > refund", false),
        .init("amount < refund", false),
        .init("amount >= refund", false),
        .init("amount in [100, 125]", true),
        .init("amount not in [100, 125]", false),
        .init("amount == '125'", true),
        .init("amount == '125.00'", true),
        .init("amount == 'lots'", false),
        .init("amount != 'lots'", true),
        .init("amount == '125 USD'", false),
        .init("amount contains '125'", false),
        .init("context.balance < free", true),
    ]

    static let numericText: [ConditionEvaluationCase] = [
        .init("context.age == 42", true),
        .init("42 == context.age", true),
        .init("context.age != 42", false),
        .init("context.age > 18", true),
        .init("context.age < 18", false),
        .init("context.age >= 42.0", true),
        .init("18 < context.age", true),
        .init("context.age in [41, 42]", true),
        .init("context.age not in [41, 42]", false),
        .init("context.padded == 42", true),
        .init("context.balance == -12.5", true),
        .init("context.balance < 0", true),
        .init("context.age > context.score", true),
        .init("context.hex == 16", false),
        .init("context.hex != 16", true),
        .init("context.hex > 0", false),
        .init("context.nan == 0", false),
        .init("context.nan != 0", true),
        .init("name > 3", false),
        .init("name != 3", true),
        .init("context.age == '42'", true),
        .init("context.age == '42.0'", false),
        .init("context.age < '5'", true),
    ]

    static let text: [ConditionEvaluationCase] = [
        .init("reason == 'damaged'", true),
        .init("reason == 'DAMAGED'", true),
        .init("'damaged' == reason", true),
        .init("reason != 'damaged'", false),
        .init("reason != 'damage'", true),
        .init("reason == 'damage'", false),
        .init("reason == ' damaged'", false),
        .init("reason in ['damaged', 'never_arrived']", true),
        .init("reason in ['never_arrived']", false),
        .init("reason not in ['DAMAGED']", false),
        .init("reason not in ['late']", true),
        .init("context.plan == 'pro'", true),
        .init("name == 'alice'", true),
        .init("name < 'bob'", true),
        .init("name < 'Bob'", true),
        .init("name < 'alice'", true),
        .init("name > 'alice'", false),
        .init("name <= 'Alice'", true),
        .init("name >= 'Alice'", true),
        .init("name <= 'Al'", false),
        .init("name > 'Al'", true),
        .init("'b' > 'B'", true),
        .init("'b' <= 'B'", false),
        .init("'10' < '9'", true),
        .init("'é' > 'z'", true),
        .init("'É' == 'é'", false),
        .init("name == 'Alicé'", false),
        .init("note contains 'damaged'", true),
        .init("note contains 'ARRIVED d'", true),
        .init("note contains reason", true),
        .init("note contains 'missing'", false),
        .init("note contains ''", true),
        .init("blank contains ''", true),
        .init("blank contains 'a'", false),
        .init("'Order damaged in transit' contains reason", true),
        .init("reason contains note", false),
        .init("count contains '3'", false),
        .init("reason contains 3", false),
        .init("blank == ''", true),
        .init("blank == null", false),
    ]

    static let dates: [ConditionEvaluationCase] = [
        .init("ordered == '2026-03-10'", true),
        .init("'2026-03-10' == ordered", true),
        .init("ordered != '2026-03-10'", false),
        .init("ordered < '2026-03-11'", true),
        .init("ordered <= '2026-03-10'", true),
        .init("ordered > '2026-03-09'", true),
        .init("ordered >= '2026-03-11'", false),
        .init("ordered > '2025-12-31'", true),
        .init("ordered < delivery", true),
        .init("delivery > ordered", true),
        .init("ordered >= ordered", true),
        .init("ordered == ordered", true),
        .init("ordered in ['2026-03-09', '2026-03-10']", true),
        .init("ordered not in ['2026-03-09']", true),
        .init("ordered == ' 2026-03-10 '", true),
        .init("ordered == '2026-3-10'", false),
        .init("ordered != '2026-3-10'", true),
        .init("ordered < '2026-3-11'", false),
        .init("ordered < '2026-02-30'", false),
        .init("ordered < 'soon'", false),
        .init("ordered > context.signup", true),
        .init("last_year == context.signup", true),
        .init("ordered > 5", false),
        .init("ordered != 5", true),
        .init("ordered == true", false),
    ]

    static let daysSince: [ConditionEvaluationCase] = [
        .init("days_since(ordered) == 5", true),
        .init("days_since(ordered) > 3", true),
        .init("days_since(ordered) <= 4", false),
        .init("days_since(placed_today) == 0", true),
        .init("days_since(last_year) == 74", true),
        .init("days_since(delivery) == -17", true),
        .init("days_since(delivery) < 0", true),
        .init("days_since(ordered) in [5, 6]", true),
        .init("days_since(ordered)", true),
        .init("days_since(placed_today)", false),
        .init("days_since(reason) == null", true),
        .init("days_since(amount) == null", true),
        .init("days_since(missing) == null", true),
        .init("days_since(missing) > 0", false),
        .init("days_since(missing) < 0", false),
        .init("days_since(missing)", false),
        .init("days_since(ordered) == '5'", true),
    ]

    static let booleans: [ConditionEvaluationCase] = [
        .init("vip == true", true),
        .init("vip != false", true),
        .init("vip == false", false),
        .init("blocked == false", true),
        .init("blocked != true", true),
        .init("vip == blocked", false),
        // Text that reads as a boolean is that boolean (a frontend may send "true").
        .init("vip == 'true'", true),
        .init("vip != 'true'", false),
        .init("vip == ' TRUE '", true),
        .init("blocked == 'False'", true),
        .init("vip == 'yes'", false),
        .init("vip in ['true']", true),
        .init("vip == 1", false),
        .init("vip > false", false),
        .init("vip >= true", false),
        .init("vip < true", false),
        .init("vip in [true]", true),
        .init("vip in [false, null]", false),
        .init("context.beta == true", true),
        .init("context.flag_text == true", true),
        .init("context.flag_text != true", false),
        .init("context.flag_text == false", false),
        .init("context.flag_text == 'TRUE'", true),
        .init("context.flag_text > false", false),
        .init("true == true", true),
        .init("false != true", true),
    ]

    static let truthiness: [ConditionEvaluationCase] = [
        .init("vip", true),
        .init("blocked", false),
        .init("count", true),
        .init("zero", false),
        .init("amount", true),
        .init("free", false),
        .init("reason", true),
        .init("blank", false),
        .init("ordered", true),
        .init("missing", false),
        .init("context.plan", true),
        .init("context.beta", true),
        .init("context.missing", false),
        .init("context.flag_text", true),
        .init("'text'", true),
        .init("''", false),
        // Text counts as the boolean or number it reads as, as the JSON value would.
        .init("'0'", false),
        .init("'0.0'", false),
        .init("'-2'", true),
        .init("'false'", false),
        .init("' False '", false),
        .init("'true'", true),
        .init("'falsey'", true),
        .init("0", false),
        .init("1", true),
        .init("-1", true),
        .init("true", true),
        .init("false", false),
        .init("null", false),
        .init("not zero", true),
        .init("not reason", false),
        .init("not missing", true),
        .init("!blank", true),
        .init("filled(reason)", true),
        .init("filled(blank)", true),
        .init("filled(blocked)", true),
        .init("filled(missing)", false),
        .init("empty(missing)", true),
        .init("empty(reason)", false),
        .init("empty(blank)", false),
        .init("vip and filled(reason)", true),
        .init("vip and filled(missing)", false),
    ]

    static let logic: [ConditionEvaluationCase] = [
        .init("vip and blocked", false),
        .init("vip or blocked", true),
        .init("blocked or vip", true),
        .init("blocked and vip", false),
        .init("vip and count > 2 and reason == 'damaged'", true),
        .init("vip and count > 2 and reason == 'late'", false),
        .init("blocked or zero or missing", false),
        .init("blocked || zero || vip", true),
        .init("vip && !blocked", true),
        .init("not vip or blocked", false),
        .init("not (vip and blocked)", true),
        .init("not vip and blocked or vip", true),
        .init("not (vip or blocked)", false),
        .init("not not vip", true),
        .init("(count > 2) == true", true),
        .init("(count > 5) == false", true),
        .init("(count > 5) != false", false),
        .init("filled(reason) == true", true),
        .init("filled(reason) != filled(missing)", true),
        .init("(vip and blocked) in [false]", true),
        .init("amount > 100 and reason in ['damaged', 'never_arrived']", true),
        .init("amount > 200 or reason in ['damaged', 'never_arrived']", true),
        .init("amount > 200 or reason in ['never_arrived']", false),
    ]

    @Test(arguments: Self.nulls)
    func nullValues(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.numbers)
    func numberComparisons(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.money)
    func moneyComparisons(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.numericText)
    func numericTextCoercion(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.text)
    func textComparisons(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.dates)
    func dateComparisons(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.daysSince)
    func daysSinceCalls(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.booleans)
    func booleanComparisons(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.truthiness)
    func truthyOperands(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test(arguments: Self.logic)
    func logicalOperators(_ testCase: ConditionEvaluationCase) throws {
        try Self.check(testCase)
    }

    @Test("the fixture's today is 2026-03-15")
    func fixtureToday() {
        #expect(ConditionEvaluationFixture.today.isoString == "2026-03-15")
    }

    @Test("days_since counts across a leap day and a year")
    func daysSinceAcrossLeapDay() throws {
        let today = try #require(CalendarDate(year: 2024, month: 3, day: 1))
        let environment = ConditionEnvironment(
            today: today,
            slots: [
                "d": .date(try #require(CalendarDate(year: 2024, month: 2, day: 28))),
                "y": .date(try #require(CalendarDate(year: 2023, month: 3, day: 1))),
            ]
        )
        #expect(try ConditionParser.parse("days_since(d) == 2").evaluate(in: environment))
        #expect(try ConditionParser.parse("days_since(y) == 366").evaluate(in: environment))
    }

    @Test("a closure environment is asked for values, and and/or stop early")
    func closureEnvironmentShortCircuits() throws {
        let asked = Mutex<[String]>([])
        let environment = ConditionEnvironment(
            today: ConditionEvaluationFixture.today,
            slot: { name in
                asked.withLock { $0.append(name) }
                return name == "yes" ? .bool(true) : nil
            },
            context: { key in
                asked.withLock { $0.append("context.\(key)") }
                return .text("pro")
            }
        )
        #expect(try ConditionParser.parse("no and yes").evaluate(in: environment) == false)
        #expect(asked.withLock { $0 } == ["no"])
        asked.withLock { $0.removeAll() }
        #expect(try ConditionParser.parse("yes or no").evaluate(in: environment))
        #expect(asked.withLock { $0 } == ["yes"])
        asked.withLock { $0.removeAll() }
        #expect(try ConditionParser.parse("no or context.plan == 'PRO'").evaluate(in: environment))
        #expect(asked.withLock { $0 } == ["no", "context.plan"])
    }

    @Test("an empty environment makes every slot null")
    func emptyEnvironment() throws {
        let environment = ConditionEnvironment(today: ConditionEvaluationFixture.today, slots: [:])
        #expect(
            try ConditionParser.parse("empty(a) and a == null and not context.b").evaluate(
                in: environment))
        #expect(
            try ConditionParser.parse("a != 'x' and context.b != 'y'").evaluate(in: environment))
        #expect(try !ConditionParser.parse("a == 'x' or a < 1 or a > 1").evaluate(in: environment))
    }

    /// A context value sent as text ("true", "0") means to a condition what the boolean or
    /// number would.
    ///
    /// `chat --context k=true` and `given context` give the boolean or the number; a frontend
    /// may send the same value as a JSON string.
    @Test(arguments: [
        "context.k", "not context.k", "context.k == true", "context.k == false",
        "context.k != true", "context.k in [true]", "context.k == 0", "context.k == 1",
        "context.k and true",
    ])
    func aValueSentAsTextMeansWhatTheJSONValueWould(_ source: String) throws {
        let condition = try ConditionParser.parse(source)
        let pairs: [(SlotValue, SlotValue)] = [
            (.bool(true), .text("true")), (.bool(false), .text("false")),
            (.bool(false), .text("False")), (.number(0), .text("0")),
            (.number(1), .text("1")),
        ]
        for (typed, text) in pairs {
            let asTyped = ConditionEnvironment(
                today: ConditionEvaluationFixture.today, slots: [:], context: ["k": typed])
            let asText = ConditionEnvironment(
                today: ConditionEvaluationFixture.today, slots: [:], context: ["k": text])
            #expect(
                condition.evaluate(in: asTyped) == condition.evaluate(in: asText),
                "\(source) with \(typed) and \(text)")
        }
    }

    /// Parses and evaluates a case against the fixture.
    private static func check(_ testCase: ConditionEvaluationCase) throws {
        let condition = try ConditionParser.parse(testCase.source)
        #expect(condition.evaluate(in: ConditionEvaluationFixture.environment) == testCase.expected)
    }
}
