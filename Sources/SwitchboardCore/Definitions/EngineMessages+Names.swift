extension EngineMessages {
    /// One of the engine's texts, by the name it has in `bot.messages`.
    ///
    /// Checks and the loader go through ``allCases``, so a text added here is loaded, checked
    /// and documented in the schema without another list to update.
    public enum Name: String, Sendable, Hashable, CaseIterable {
        /// ``EngineMessages/resume``.
        case resume
        /// ``EngineMessages/cancelled``.
        case cancelled
        /// ``EngineMessages/restarted``.
        case restarted
        /// ``EngineMessages/clarify``.
        case clarify
        /// ``EngineMessages/back``.
        case back
        /// ``EngineMessages/backUnavailable``.
        case backUnavailable
        /// ``EngineMessages/confirmRetry``.
        case confirmRetry
        /// ``EngineMessages/kbAnswer``.
        case kbAnswer
        /// ``EngineMessages/kbNotFound``.
        case kbNotFound
        /// ``EngineMessages/ended``.
        case ended
        /// ``EngineMessages/handoffFailed``.
        case handoffFailed
        /// ``EngineMessages/csatRetry``.
        case csatRetry
        /// ``EngineMessages/csatDeclined``.
        case csatDeclined
        /// ``EngineMessages/handedOff``.
        case handedOff
        /// ``EngineMessages/kbFeedback``.
        case kbFeedback
        /// ``EngineMessages/kbHelped``.
        case kbHelped
        /// ``EngineMessages/kbNext``.
        case kbNext
        /// ``EngineMessages/secretRemoved``.
        case secretRemoved
        /// ``EngineMessages/actionPending``.
        case actionPending
        /// ``EngineMessages/actionFailed``.
        case actionFailed

        /// The engine placeholders that have a value in this text, besides `{bot}` (which has
        /// one everywhere).
        public var placeholders: Set<Placeholder.BuiltinPlaceholder> {
            switch self {
            case .resume: [.flow]
            case .kbAnswer: [.title, .summary, .url]
            case .handedOff: [.ticket, .queue, .due, .priority]
            case .cancelled, .restarted, .clarify, .back, .backUnavailable, .confirmRetry,
                .kbNotFound, .ended,
                .handoffFailed, .csatRetry, .csatDeclined, .kbFeedback, .kbHelped, .kbNext,
                .secretRemoved, .actionPending, .actionFailed:
                []
            }
        }
    }

    /// The text with a name.
    public subscript(name: Name) -> MessageTemplate {
        get {
            switch name {
            case .resume: self.resume
            case .cancelled: self.cancelled
            case .restarted: self.restarted
            case .clarify: self.clarify
            case .back: self.back
            case .backUnavailable: self.backUnavailable
            case .confirmRetry: self.confirmRetry
            case .kbAnswer: self.kbAnswer
            case .kbNotFound: self.kbNotFound
            case .ended: self.ended
            case .handoffFailed: self.handoffFailed
            case .csatRetry: self.csatRetry
            case .csatDeclined: self.csatDeclined
            case .handedOff: self.handedOff
            case .kbFeedback: self.kbFeedback
            case .kbHelped: self.kbHelped
            case .kbNext: self.kbNext
            case .secretRemoved: self.secretRemoved
            case .actionPending: self.actionPending
            case .actionFailed: self.actionFailed
            }
        }
        set {
            switch name {
            case .resume: self.resume = newValue
            case .cancelled: self.cancelled = newValue
            case .restarted: self.restarted = newValue
            case .clarify: self.clarify = newValue
            case .back: self.back = newValue
            case .backUnavailable: self.backUnavailable = newValue
            case .confirmRetry: self.confirmRetry = newValue
            case .kbAnswer: self.kbAnswer = newValue
            case .kbNotFound: self.kbNotFound = newValue
            case .ended: self.ended = newValue
            case .handoffFailed: self.handoffFailed = newValue
            case .csatRetry: self.csatRetry = newValue
            case .csatDeclined: self.csatDeclined = newValue
            case .handedOff: self.handedOff = newValue
            case .kbFeedback: self.kbFeedback = newValue
            case .kbHelped: self.kbHelped = newValue
            case .kbNext: self.kbNext = newValue
            case .secretRemoved: self.secretRemoved = newValue
            case .actionPending: self.actionPending = newValue
            case .actionFailed: self.actionFailed = newValue
            }
        }
    }
}
