extension Condition {
    /// The slots the condition reads, each once, in order of appearance.
    ///
    /// Includes the arguments of `filled()`, `empty()` and `days_since()`, so a flow
    /// check can report conditions that name a slot the flow never fills.
    public var referencedSlots: [String] {
        var names = References()
        self.collect { condition in
            switch condition {
            case .slot(let name), .filled(let name), .empty(let name), .daysSince(let name):
                names.insert(name)
            default:
                break
            }
        }
        return names.ordered
    }

    /// The `context.key` keys the condition reads, each once, in order of appearance.
    public var referencedContextKeys: [String] {
        var keys = References()
        self.collect { condition in
            if case .context(let key) = condition {
                keys.insert(key)
            }
        }
        return keys.ordered
    }

    /// Calls `visit` on this node and every node below it, left to right, parents first.
    private func collect(_ visit: (Condition) -> Void) {
        visit(self)
        switch self {
        case .literal, .slot, .context, .filled, .empty, .daysSince:
            break
        case .not(let operand), .membership(let operand, _, _):
            operand.collect(visit)
        case .and(let operands), .or(let operands):
            for operand in operands {
                operand.collect(visit)
            }
        case .comparison(let left, _, let right):
            left.collect(visit)
            right.collect(visit)
        }
    }
}

/// Names gathered without repeats, in the order first seen.
private struct References {
    /// The names, in the order first seen.
    var ordered: [String] = []
    /// The names seen so far.
    private var seen: Set<String> = []

    /// Adds a name unless it is already there.
    mutating func insert(_ name: String) {
        if self.seen.insert(name).inserted {
            self.ordered.append(name)
        }
    }
}
