/// What a suite of transcripts exercised of a bot: intents recognised, flow states entered,
/// transitions taken.
///
/// ```swift
/// var coverage = TranscriptCoverage(definition: bot.definition)
/// coverage.record(run, given: transcript.given)
/// print(coverage.states.percent)  // 93.4
/// ```
public struct TranscriptCoverage: Sendable {
    /// How much of one kind of thing was exercised.
    public struct Tally: Sendable, Equatable {
        /// Everything there is, in definition order.
        public var all: [String]
        /// What was exercised.
        public var covered: Set<String>

        /// What was never exercised, in definition order.
        public var missing: [String] { self.all.filter { !self.covered.contains($0) } }

        /// The share exercised, 0 to 100 (100 when there is nothing to exercise).
        public var percent: Double {
            self.all.isEmpty
                ? 100
                : Double(self.all.filter { self.covered.contains($0) }.count) * 100
                    / Double(self.all.count)
        }

        /// `covered/total (percent%)`.
        public var summary: String {
            let count = self.all.filter { self.covered.contains($0) }.count
            let tenths = Int((self.percent * 10).rounded())
            return "\(count)/\(self.all.count) (\(tenths / 10).\(tenths % 10)%)"
        }
    }

    /// Intents recognised.
    public private(set) var intents: Tally
    /// Flows with at least one state entered.
    public private(set) var flows: Tally
    /// States entered, as `flow.state`.
    public private(set) var states: Tally
    /// Transitions taken, as `flow.from -> to`.
    public private(set) var transitions: Tally
    private let edges: Set<String>

    /// Starts counting for a bot.
    public init(definition: BotDefinition) {
        var states: [String] = []
        var transitions: [String] = []
        for flow in definition.flows {
            for state in flow.states {
                states.append("\(flow.id).\(state.id)")
                var seen: Set<String> = []
                for successor in state.step.successors where seen.insert(successor.id).inserted {
                    transitions.append("\(flow.id).\(state.id) -> \(successor.id)")
                }
            }
        }
        self.intents = Tally(all: definition.intents.map(\.id), covered: [])
        self.flows = Tally(all: definition.flows.map(\.id), covered: [])
        self.states = Tally(all: states, covered: [])
        self.transitions = Tally(all: transitions, covered: [])
        self.edges = Set(transitions)
    }

    /// Counts what one replayed conversation exercised.
    public mutating func record(_ run: TranscriptRunner.Run, given: TranscriptGiven) {
        var last: [String: String] = [:]
        if let position = given.state {
            self.enter(position, last: &last)
        }
        for turn in run.turns {
            if let intent = turn.explanation.intent?.name { self.intents.covered.insert(intent) }
            for position in turn.explanation.visited {
                self.enter(position, last: &last)
            }
        }
    }

    private mutating func enter(_ position: String, last: inout [String: String]) {
        guard let dot = position.firstIndex(of: ".") else { return }
        let flow = String(position[..<dot])
        let state = String(position[position.index(after: dot)...])
        self.states.covered.insert(position)
        self.flows.covered.insert(flow)
        if let previous = last[flow] {
            let edge = "\(flow).\(previous) -> \(state)"
            if self.edges.contains(edge) { self.transitions.covered.insert(edge) }
        }
        last[flow] = state
    }
}
