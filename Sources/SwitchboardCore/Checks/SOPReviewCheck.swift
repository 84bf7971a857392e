/// Checks that no procedure went longer without review than the team's policy allows: a
/// flow whose `sop.reviewed` is more than ``maximumAgeDays`` before ``today`` is a warning
/// (`sop-review-overdue`).
///
/// Not one of the standard checks: its answer depends on the day, so `switchboard check` runs
/// it only when asked (`--sop-review-days N`, judged on `--today`, default the clock's UTC
/// day), and the same files keep passing the default check on every day.
///
/// ```swift
/// let check = SOPReviewCheck(maximumAgeDays: 365, today: CalendarDate(iso: "2026-11-28")!)
/// check.check(definition)  // flows.scam_report: … last reviewed on 2025-08-18, 467 days ago …
/// ```
public struct SOPReviewCheck: DefinitionCheck {
    /// How many days after its review a procedure may still be used without a warning.
    public var maximumAgeDays: Int
    /// The day to judge by.
    public var today: CalendarDate

    /// Creates the check.
    public init(maximumAgeDays: Int, today: CalendarDate) {
        self.maximumAgeDays = maximumAgeDays
        self.today = today
    }

    /// The flows whose review is overdue, one warning each at the flow.
    public func check(_ definition: BotDefinition) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for flow in definition.flows {
            guard let text = flow.sop?.reviewed, let reviewed = CalendarDate(iso: text) else {
                continue
            }
            let age = self.today.daysSinceEpoch - reviewed.daysSinceEpoch
            guard age > self.maximumAgeDays else { continue }
            diagnostics.append(
                .warning(
                    "sop-review-overdue",
                    "flow \"\(flow.id)\" follows a procedure last reviewed on \(text), "
                        + "\(age) days before \(self.today.isoString) (more than "
                        + "\(self.maximumAgeDays)): review it with its owner"
                        + (flow.sop?.owner.map { " (\($0))" } ?? "")
                        + " and update sop.reviewed",
                    at: flow.origin))
        }
        return diagnostics
    }
}
