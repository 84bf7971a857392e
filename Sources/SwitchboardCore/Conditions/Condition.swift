/// A parsed branch condition from a flow, such as `amount > 100 and reason in ['damaged']`.
///
/// Conditions are data: ``ConditionParser/parse(_:)`` turns the source into this tree
/// when the flow is loaded, and ``evaluate(in:)`` walks the tree against the current
/// slots and context. Nothing in an expression is ever run as code.
///
/// ## Values
///
/// - A slot is referenced by its name (`amount`), a value from the user's context by
///   `context.key` (`context.plan`). A slot or context value that is not set is *null*.
/// - Literals are numbers (`123`, `12.5`, `-3`), strings (`'single'` or `"double"`
///   quoted, with `\'`, `\"` and `\\` escapes), `true`, `false` and `null`.
/// - `filled(slot)` is true when the slot has a value, `empty(slot)` when it has none.
/// - `days_since(slot)` is the number of whole days from the slot's date to today
///   (positive when the date is in the past), or null when the slot holds no date.
///
/// ## Comparisons
///
/// - Numbers compare numerically. Money compares by its amount (minor units / 100)
///   with numbers and with other money; two amounts in different currencies (both
///   given) do not compare.
/// - Text that reads as a plain decimal number (`"42"`, `"-3.5"`) compares numerically
///   with numbers and money, since context values often arrive as strings. Two texts
///   always compare as text.
/// - Dates compare with dates and with text in `YYYY-MM-DD` form, such as the string
///   literal `'2026-01-31'`.
/// - Text compares with `==` and `!=` ignoring ASCII case, and with `<`, `<=`, `>`, `>=`
///   by its UTF-8 bytes (so case matters there: `'B' < 'a'`).
/// - `true` and `false` compare with `==` and `!=` only; text that reads `true` or `false`
///   (any ASCII case, spaces around allowed) equals that boolean, so `context.vip == true`
///   holds whether the frontend sent `"vip": true` or `"vip": "true"`, as it does for
///   `chat --context vip=true`.
/// - Values of mismatched types are never equal and never ordered: `==`, `<`, `<=`, `>`
///   and `>=` are false and `!=` is true.
/// - Null is equal only to null: `x == null` is true and `x != 'a'` is true when `x` is
///   not set, while every other comparison with null is false.
/// - `x in [a, b]` is true when `x == a` or `x == b` by the rules above; `x not in [...]`
///   is its negation. `x contains 'text'` is true when both sides are text and the left
///   contains the right, ignoring ASCII case.
///
/// ## Truthiness
///
/// A reference, call or literal used on its own as a condition (`vip and filled(order_id)`)
/// is true when it has a value that is not `false`, not zero (number or money) and not
/// empty text; text that reads as a boolean or a plain decimal number counts as that value
/// (`'false'` and `'0'` are not true). `not x` is the negation of that.
///
/// ## Precedence
///
/// `not` binds tighter than `and`, which binds tighter than `or`; parentheses group.
/// A comparison takes one operator: `a < b < c` is an error.
public indirect enum Condition: Sendable, Hashable {
    /// A literal value: a condition on its own is true when the literal is truthy.
    case literal(ConditionLiteral)
    /// The value of the named slot, or null when the slot is not filled.
    case slot(String)
    /// The value of `context.key` from the frontend, or null when it was not given.
    case context(String)
    /// `filled(slot)`: true when the slot has a value.
    case filled(String)
    /// `empty(slot)`: true when the slot has no value.
    case empty(String)
    /// `days_since(slot)`: whole days from the slot's date to today, or null when it is no date.
    case daysSince(String)
    /// `not x`, `!x`: true when the operand is false (or not truthy).
    case not(Condition)
    /// `a and b and c`, `a && b`: true when every operand is true; evaluated left to right.
    case and([Condition])
    /// `a or b or c`, `a || b`: true when any operand is true; evaluated left to right.
    case or([Condition])
    /// `left op right`: two operands compared by one ``ConditionComparator``.
    case comparison(Condition, ConditionComparator, Condition)
    /// `x in [...]`, or `x not in [...]` when `negated` is true: membership in a list literal.
    case membership(Condition, [ConditionLiteral], negated: Bool)
}
